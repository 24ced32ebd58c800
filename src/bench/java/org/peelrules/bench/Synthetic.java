package org.peelrules.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.peelrules.RuleSet;
import org.peelrules.SubmissionReader;
import org.peelrules.evidence.Submission;
import org.peelrules.rules.Characteristic;
import org.peelrules.rules.Measure;

/**
 * Synthetic submissions of a given number of evidence items, drawn from the rule set's own catalogue so every
 * item is valid: three in five are observations spread over every characteristic with every rating, one in
 * five a case audit on a failure-rate measure (failure rates from 0 to 39%, so every threshold is crossed),
 * one in five a metric on a measure of the register. Deterministic: the same size gives the same submission.
 * They go through {@link SubmissionReader}, as a user's file would.
 */
public final class Synthetic {
    private static final String[] RATINGS = {"exceeds", "meets", "mostly-meets", "partly-meets", "does-not-meet"};

    private Synthetic() {
    }

    public static Submission submission(RuleSet rules, int items) {
        List<Characteristic> characteristics = rules.characteristics();
        List<Measure> failureRates = rules.measures().stream().filter(m -> m.kind() == Measure.Kind.FAILURE_RATE)
                .toList();
        List<Measure> metrics = rules.measures().stream().filter(m -> m.kind() != Measure.Kind.SURVEY).toList();
        ObjectMapper json = new ObjectMapper();
        ObjectNode s = json.createObjectNode();
        s.put("framework", rules.framework());
        s.put("force", "Synthetic force, " + items + " items");
        ArrayNode observations = s.putArray("observations");
        ArrayNode audits = s.putArray("caseAudits");
        ArrayNode measured = s.putArray("metrics");
        for (int i = 0; i < items; i++) {
            String id = "syn-" + i;
            switch (i % 5) {
                case 0, 1, 2 -> {
                    ObjectNode o = observations.addObject();
                    o.put("id", id);
                    o.put("characteristic", characteristics.get((i * 7) % characteristics.size()).id());
                    o.put("rating", RATINGS[(i / 5) % RATINGS.length]);
                    o.put("text", "Synthetic observation " + i + ".");
                    o.put("source", "synthetic");
                }
                case 3 -> {
                    ObjectNode a = audits.addObject();
                    a.put("id", id);
                    a.put("measure", failureRates.get((i / 5) % failureRates.size()).id());
                    a.put("failing", (i * 13) % 40);
                    a.put("sampled", 100);
                    a.put("source", "synthetic");
                }
                default -> {
                    Measure m = metrics.get((i / 5) % metrics.size());
                    ObjectNode v = measured.addObject();
                    v.put("id", id);
                    v.put("measure", m.id());
                    v.put("value", (i * 37) % 101);
                    v.put("unit", m.unit() == null ? "count" : m.unit());
                    v.put("source", "synthetic");
                }
            }
        }
        try {
            Path file = Files.createTempFile("peel-synthetic-" + items + "-", ".json");
            try {
                Files.writeString(file, json.writeValueAsString(s));
                return SubmissionReader.read(file);
            } finally {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
