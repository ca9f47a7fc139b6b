package org.agora.web;

import jakarta.ws.rs.core.Response;
import org.agora.language.Text;

/** 409: the request is well formed but the state does not allow it (taken name, no attempts left, deadline passed). */
public class Conflict extends Refusal {

    public Conflict(Text text) {
        super(Response.Status.CONFLICT, text);
    }
}
