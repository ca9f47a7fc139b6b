package org.agora.web;

import jakarta.ws.rs.core.Response;
import org.agora.language.Text;

/** 403 saying why this account may not (a class that shows each student only their own row). */
public class Forbidden extends Refusal {

    public Forbidden(Text text) {
        super(Response.Status.FORBIDDEN, text);
    }
}
