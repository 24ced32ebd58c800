package org.peelrules.evidence;

import java.time.LocalDate;

/** The dates an inspection covers, both inclusive. */
public record Period(LocalDate from, LocalDate to) {
}
