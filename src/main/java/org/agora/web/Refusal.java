package org.agora.web;

import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.core.Response;
import org.agora.language.Text;

/**
 * A client error that says why in a message of {@link org.agora.language.Api} ({@link Conflict},
 * {@link NotFound}, {@link Forbidden}): the API's problem, the error page and a form that shows it
 * write it in the request's language.
 */
public abstract class Refusal extends ClientErrorException implements Worded {

    private final transient Text text;

    protected Refusal(Response.Status status, Text text) {
        super(status);
        this.text = text;
    }

    @Override
    public Text text() {
        return text;
    }

    /** In English, for logs; the answer writes {@link #text()} in the request's language. */
    @Override
    public String getMessage() {
        return text.english();
    }
}
