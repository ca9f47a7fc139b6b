package org.agora.operations;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * The OpenAPI document describes the JSON API only: the HTML pages share its resources' style but
 * are not a contract for other clients, so every path outside {@code /api/v1} is dropped, and with
 * them the tags and schemas (templates, Qute's types) that only they used.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD) // once, when the app is built: nothing of it at start-up
public class ApiOnlyOpenApi implements OASFilter {

    static final String PREFIX = "/api/v1/";
    private static final String SCHEMAS = "#/components/schemas/";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().keySet().stream().filter(p -> !p.startsWith(PREFIX)).toList()
                .forEach(openAPI.getPaths()::removePathItem);
        List<Operation> operations = openAPI.getPaths().getPathItems().values().stream()
                .flatMap(item -> item.getOperations().values().stream()).toList();

        Set<String> tags = new HashSet<>();
        operations.forEach(o -> tags.addAll(o.getTags() == null ? List.of() : o.getTags()));
        if (openAPI.getTags() != null) {
            openAPI.getTags().stream().filter(t -> !tags.contains(t.getName())).toList().forEach(openAPI::removeTag);
        }

        Map<String, Schema> all = openAPI.getComponents() == null ? null : openAPI.getComponents().getSchemas();
        if (all != null) {
            Set<String> used = reachable(operations, all);
            all.keySet().stream().filter(name -> !used.contains(name)).toList()
                    .forEach(openAPI.getComponents()::removeSchema);
        }
    }

    /** The names of the component schemas that the operations refer to, directly or through other schemas. */
    private static Set<String> reachable(List<Operation> operations, Map<String, Schema> all) {
        Deque<Schema> todo = new ArrayDeque<>();
        for (Operation o : operations) {
            if (o.getRequestBody() != null) {
                schemas(o.getRequestBody().getContent()).forEach(todo::add);
            }
            if (o.getResponses() != null && o.getResponses().getAPIResponses() != null) {
                o.getResponses().getAPIResponses().values().forEach(r -> schemas(r.getContent()).forEach(todo::add));
            }
            if (o.getParameters() != null) {
                o.getParameters().stream().map(p -> p.getSchema()).filter(Objects::nonNull).forEach(todo::add);
            }
        }
        Set<String> used = new HashSet<>();
        while (!todo.isEmpty()) {
            Schema s = todo.pop();
            if (s.getRef() != null && s.getRef().startsWith(SCHEMAS)) {
                String name = s.getRef().substring(SCHEMAS.length());
                if (used.add(name) && all.get(name) != null) {
                    todo.add(all.get(name));
                }
            }
            Stream.of(s.getProperties() == null ? List.<Schema>of() : s.getProperties().values(),
                    s.getAllOf(), s.getAnyOf(), s.getOneOf(),
                    s.getItems() == null ? List.<Schema>of() : List.of(s.getItems()),
                    s.getAdditionalPropertiesSchema() == null ? List.<Schema>of() : List.of(s.getAdditionalPropertiesSchema()))
                    .filter(Objects::nonNull).flatMap(java.util.Collection::stream).forEach(todo::add);
        }
        return used;
    }

    private static Stream<Schema> schemas(Content content) {
        if (content == null || content.getMediaTypes() == null) {
            return Stream.empty();
        }
        return content.getMediaTypes().values().stream().map(MediaType::getSchema).filter(Objects::nonNull);
    }
}
