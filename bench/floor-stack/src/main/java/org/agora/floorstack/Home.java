package org.agora.floorstack;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The one endpoint: GET / renders a Qute page with a count read through Hibernate ORM, the first
 *  answer bench/startup.sh waits for (as Agora's `/` does: a template and a query). */
@Path("/")
public class Home {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance home(long items);
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance home() {
        return Templates.home(Item.count());
    }
}
