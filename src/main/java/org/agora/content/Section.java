package org.agora.content;

/** A {@code ## } section of a lesson: its anchor id and its title as plain text. */
public record Section(String id, String title) {
}
