package org.peelrules.rules;

/** A topic within an area (framework numbering n.m); a cause of concern is named after its topic. */
public record Topic(String id, String area, String title) {
}
