package org.agora.content;

/** An {@code = ...} line for the type that reads it: its file line, its text (credit cut off) and its credit (null when none or malformed). */
public record AcceptedLine(int line, String text, Credit credit) {
}
