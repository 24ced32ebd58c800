package org.peelrules.rules;

import java.util.List;

/** A characteristic whose failures are systemic: the ground for a cause of concern in its topic. */
public record SystemicShortfall(String characteristic, String area, String topic, List<String> evidence) {
}
