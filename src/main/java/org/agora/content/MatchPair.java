package org.agora.content;

/**
 * One left-hand item of a matching question and the index, in {@link Question#rights()}, of the
 * right-hand choice that belongs to it.
 */
public record MatchPair(int index, String leftHtml, String leftText, int rightIndex) {
}
