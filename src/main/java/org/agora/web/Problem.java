package org.agora.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Map;

/** An RFC 9457 problem body: every API error has this shape; {@code errors} names bad fields. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(int status, String title, String detail, Map<String, String> errors) {

    public Problem(int status, String title, String detail) {
        this(status, title, detail, null);
    }
}
