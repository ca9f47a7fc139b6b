package org.agora.web;

/** An RFC 9457 problem body: every API error has this shape. */
public record Problem(int status, String title, String detail) {
}
