package org.agora.operations;

import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;

/**
 * The OpenAPI document describes the JSON API only: the HTML pages share its resources' style but
 * are not a contract for other clients, so every path outside {@code /api/v1} is dropped.
 */
public class ApiOnlyOpenApi implements OASFilter {

    static final String PREFIX = "/api/v1/";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().keySet().stream().filter(p -> !p.startsWith(PREFIX)).toList()
                .forEach(openAPI.getPaths()::removePathItem);
    }
}
