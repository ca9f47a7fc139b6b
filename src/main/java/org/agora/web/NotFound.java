package org.agora.web;

import jakarta.ws.rs.core.Response;
import org.agora.language.Text;

/** 404 saying what is not there (no quiz with that id, no such attempt). */
public class NotFound extends Refusal {

    public NotFound(Text text) {
        super(Response.Status.NOT_FOUND, text);
    }
}
