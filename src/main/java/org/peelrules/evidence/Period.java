package org.peelrules.evidence;

import java.time.LocalDate;

/**
 * The dates an inspection covers, both inclusive.
 *
 * @param from the first day covered
 * @param to   the last day covered, not before {@code from}
 */
public record Period(LocalDate from, LocalDate to) {
}
