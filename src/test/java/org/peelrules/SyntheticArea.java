package org.peelrules;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.peelrules.evidence.CaseAudit;
import org.peelrules.evidence.Observation;
import org.peelrules.evidence.Practice;
import org.peelrules.evidence.PriorItem;
import org.peelrules.evidence.Rating;
import org.peelrules.evidence.Submission;

/**
 * A rule set made of the real common rules, standards and grading policy, with a catalogue of one graded
 * area of ten characteristics in two topics ("9.1.1".."9.1.5", "9.2.1".."9.2.5"), so that tests can set
 * each characteristic's status exactly and watch what the policy makes of it.
 */
final class SyntheticArea {
    static final String AREA = "test-area";
    static final List<String> CHARACTERISTICS = Stream.of(1, 2).flatMap(t -> Stream.of(1, 2, 3, 4, 5)
            .map(c -> "9." + t + "." + c)).toList();
    private static final List<String> COMMON = List.of("ruleset.yaml", "standards.yaml", "evidence.drl",
            "assessment.drl", "findings.drl", "grading-policy.drl");

    private SyntheticArea() {
    }

    static RuleSet ruleSet(Path dir) {
        return ruleSet(dir, d -> {
        });
    }

    /** The same rule set, with {@code edit} applied to its folder before it is loaded (a policy team's change). */
    static RuleSet ruleSet(Path dir, java.util.function.Consumer<Path> edit) {
        try {
            Files.createDirectories(dir);
            for (String f : COMMON) {
                Files.copy(TestRules.FOLDER.resolve(f), dir.resolve(f));
            }
            Files.createDirectories(dir.resolve("catalogue"));
            StringBuilder yaml = new StringBuilder("""
                    area: { id: test-area, number: 9, title: Test area, kind: graded }
                    topics:
                    """);
            for (int t = 1; t <= 2; t++) {
                yaml.append("  - id: \"9.").append(t).append("\"\n    title: Topic ").append(t)
                        .append("\n    characteristics:\n");
                for (int c = 1; c <= 5; c++) {
                    yaml.append("      - { id: \"9.").append(t).append('.').append(c)
                            .append("\", text: t, source: test, improvement: i, recommendation: r }\n");
                }
            }
            yaml.append("measures:\n");
            for (String c : CHARACTERISTICS) {
                yaml.append("  - { id: audit-").append(c.replace('.', '-')).append(", characteristic: \"").append(c)
                        .append("\", kind: failure-rate, unit: percent, description: d }\n");
            }
            Files.writeString(dir.resolve("catalogue/test-area.yaml"), yaml);
            edit.accept(dir);
            return RuleSet.load(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A submission rating each characteristic in turn: ratings[i] for CHARACTERISTICS.get(i); null = no evidence. */
    static Builder ratings(Rating... ratings) {
        Builder b = new Builder();
        for (int i = 0; i < ratings.length; i++) {
            if (ratings[i] != null) {
                b.observations.add(new Observation("o" + i, CHARACTERISTICS.get(i), ratings[i], "text", "test"));
            }
        }
        return b;
    }

    static final class Builder {
        final List<Observation> observations = new ArrayList<>();
        final List<CaseAudit> audits = new ArrayList<>();
        final List<Practice> practices = new ArrayList<>();
        final List<PriorItem> prior = new ArrayList<>();

        /** An earlier inspection's item on a characteristic, still outstanding. */
        Builder outstanding(PriorItem.Kind kind, String characteristic) {
            prior.add(new PriorItem("p" + prior.size(), kind, 2019, characteristic, "earlier finding",
                    PriorItem.Progress.NOT_RESOLVED, "test"));
            return this;
        }

        /** Two case audits each failing one case in four of 40, on one characteristic: a systemic shortfall. */
        Builder systemic(String characteristic) {
            String measure = "audit-" + characteristic.replace('.', '-');
            for (int i = 0; i < 2; i++) {
                audits.add(new CaseAudit("a" + audits.size(), measure, 10, 40, null, null, null,
                        "test audit " + audits.size()));
            }
            return this;
        }

        Builder innovative(String characteristic) {
            practices.add(new Practice("p" + practices.size(), characteristic, "practice", "text",
                    Practice.Novelty.NEW_TO_POLICING, Practice.Reach.FORCE_WIDE, "test"));
            return this;
        }

        Submission submission() {
            return new Submission("peel-2021-22", "Test force", null, List.of(), audits, List.of(), observations,
                    prior, practices);
        }
    }

    /** {@code n} copies of a rating. */
    static Rating[] times(int n, Rating r) {
        Rating[] a = new Rating[n];
        java.util.Arrays.fill(a, r);
        return a;
    }

    static Rating[] concat(Rating[]... parts) {
        return Stream.of(parts).flatMap(Stream::of).toArray(Rating[]::new);
    }
}
