package org.peelrules.judgment;

/**
 * What the force should do about a cause of concern, and within how many months.
 *
 * @param characteristic the id of the characteristic it is about
 * @param text           what the force should do, as a report words it
 * @param withinMonths   the months the force has to act, from the rule set's standard
 *                       {@code cause-of-concern-deadline-months}
 */
public record Recommendation(String characteristic, String text, int withinMonths) {
}
