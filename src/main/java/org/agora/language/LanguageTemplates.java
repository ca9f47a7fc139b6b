package org.agora.language;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.qute.EngineBuilder;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Gives every template instance the request's language, in one place: the {@code locale}
 * attribute picks the message bundle's file ({@code {msg:...}}) and the date and number formats of
 * {@code ViewExtensions}. Set before the template filter runs, it wins over that filter's own
 * choice from Accept-Language (which knows nothing of the switcher's cookie). Outside a request
 * (a template rendered by a timer) the bundle's default, English, applies.
 */
@ApplicationScoped
class LanguageTemplates {

    void install(@Observes EngineBuilder engine) {
        engine.addTemplateInstanceInitializer(LanguageTemplates::localise);
    }

    private static void localise(TemplateInstance instance) {
        ManagedContext request = Arc.container().requestContext();
        if (request.isActive() && instance.getAttribute(TemplateInstance.LOCALE) == null) {
            instance.setAttribute(TemplateInstance.LOCALE, Arc.container().instance(Language.class).get().locale());
        }
    }
}
