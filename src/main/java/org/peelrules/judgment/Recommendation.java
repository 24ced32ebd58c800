package org.peelrules.judgment;

/** What the force should do about a cause of concern, and within how many months. */
public record Recommendation(String characteristic, String text, int withinMonths) {
}
