package org.peelrules.rules;

import java.io.Serializable;

/** A topic within an area (framework numbering n.m); a cause of concern is named after its topic. */
public record Topic(String id, String area, String title) implements Serializable {
}
