package org.peelrules.rules;

import org.peelrules.Grade;

/** The grading policy's finding that an area meets the descriptor of a grade; the highest one met is awarded. */
public record DescriptorMet(String area, Grade grade) {
}
