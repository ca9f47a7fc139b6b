package org.agora.web;

import org.agora.language.Text;

/**
 * A refusal that says why in a message of {@link org.agora.language.Api}, so that the API's problem,
 * the error page and the form that shows it write it in the request's language.
 */
public interface Worded {

    Text text();
}
