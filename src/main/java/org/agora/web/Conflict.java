package org.agora.web;

import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.core.Response;

/** 409: the request is well formed but the state does not allow it (taken name, no attempts left, deadline passed). */
public class Conflict extends ClientErrorException {

    public Conflict(String message) {
        super(message, Response.Status.CONFLICT);
    }
}
