package org.peelrules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.peelrules.evidence.CaseAudit;
import org.peelrules.evidence.Metric;
import org.peelrules.evidence.Observation;
import org.peelrules.evidence.Period;
import org.peelrules.evidence.Practice;
import org.peelrules.evidence.PriorItem;
import org.peelrules.evidence.Rating;
import org.peelrules.evidence.Submission;
import org.peelrules.evidence.SurveyResult;
import org.peelrules.rules.Characteristic;
import org.peelrules.rules.Measure;

/**
 * Random but valid submissions drawn from the real catalogue: every characteristic and measure they name is one
 * the rule set knows, so they exercise the rules rather than the validation. The same seed gives the same
 * submission, so a failure found with one can be replayed.
 */
public final class SyntheticSubmissions {
    static final String SOURCE = "synthetic";
    static final Period PERIOD = new Period(LocalDate.of(2021, 9, 1), LocalDate.of(2022, 3, 31));

    private SyntheticSubmissions() {
    }

    /**
     * A submission about as full as {@code density} says: 0 holds almost nothing, 10 gives most characteristics
     * an observation and most measures a value, so that most areas have enough evidence to be graded.
     */
    public static Submission random(RuleSet rules, long seed, int density) {
        Random r = new Random(seed);
        double share = Math.max(0, Math.min(10, density)) / 10.0;
        List<Observation> observations = new ArrayList<>();
        for (Characteristic c : rules.characteristics()) {
            if (r.nextDouble() < share) {
                observations.add(new Observation("obs-" + observations.size(), c.id(), rating(r),
                        "Synthetic observation on " + c.id(), SOURCE));
            }
        }
        List<CaseAudit> audits = new ArrayList<>();
        List<Metric> metrics = new ArrayList<>();
        List<SurveyResult> surveys = new ArrayList<>();
        for (Measure m : rules.measures()) {
            if (r.nextDouble() >= share) {
                continue;
            }
            switch (m.kind()) {
                case FAILURE_RATE -> {
                    if (r.nextBoolean()) {
                        audits.add(audit("audit-" + audits.size(), m.id(), r));
                    } else {
                        metrics.add(metric("metric-" + metrics.size(), m, r));
                    }
                }
                case METRIC -> metrics.add(metric("metric-" + metrics.size(), m, r));
                case SURVEY -> surveys.add(new SurveyResult("survey-" + surveys.size(), m.id(),
                        r.nextInt(1001) / 10.0, "workforce", r.nextBoolean() ? 1 + r.nextInt(2000) : null, null, SOURCE));
            }
        }
        List<PriorItem> prior = new ArrayList<>();
        for (int i = 0, n = r.nextInt(1 + 2 * density); i < n; i++) {
            // One in ten without a year, which the source need not give.
            prior.add(new PriorItem("prior-" + i, pick(PriorItem.Kind.values(), r),
                    r.nextInt(10) == 0 ? null : 2014 + r.nextInt(8),
                    pick(rules.characteristics(), r).id(), "Synthetic earlier finding", pick(PriorItem.Progress.values(), r),
                    SOURCE));
        }
        List<Practice> practices = new ArrayList<>();
        for (int i = 0, n = r.nextInt(1 + density); i < n; i++) {
            practices.add(new Practice("practice-" + i, pick(rules.characteristics(), r).id(), "Synthetic practice " + i,
                    null, pick(Practice.Novelty.values(), r), pick(Practice.Reach.values(), r), SOURCE));
        }
        return new Submission(rules.framework(), "Synthetic Constabulary " + seed, PERIOD, metrics, audits, surveys,
                observations, prior, practices);
    }

    /** Ratings weighted as inspection reports use them: mostly meets, a fair share of shortfalls. */
    private static Rating rating(Random r) {
        int roll = r.nextInt(100);
        if (roll < 15) {
            return Rating.EXCEEDS;
        }
        if (roll < 50) {
            return Rating.MEETS;
        }
        if (roll < 65) {
            return Rating.MOSTLY_MEETS;
        }
        return roll < 90 ? Rating.PARTLY_MEETS : Rating.DOES_NOT_MEET;
    }

    private static CaseAudit audit(String id, String measure, Random r) {
        if (r.nextBoolean()) {
            int sampled = 1 + r.nextInt(120);
            int failing = (int) Math.round(sampled * Math.pow(r.nextDouble(), 2) * 0.6);
            return new CaseAudit(id, measure, failing, sampled, null, null, null, SOURCE);
        }
        return new CaseAudit(id, measure, null, r.nextBoolean() ? 1 + r.nextInt(120) : null, r.nextInt(601) / 10.0,
                null, null, SOURCE);
    }

    private static Metric metric(String id, Measure m, Random r) {
        String unit = m.unit() == null ? "count" : m.unit();
        double value;
        Double margin = null;
        if ("percent".equals(unit)) {
            value = r.nextInt(1001) / 10.0;
            if (r.nextInt(4) == 0) {
                double room = Math.min(value, 100 - value);
                margin = Math.floor(r.nextDouble() * Math.min(room, 10) * 10) / 10.0;
            }
        } else {
            value = r.nextInt(500);
        }
        return new Metric(id, m.id(), value, unit, null, margin, null, null, SOURCE);
    }

    private static <T> T pick(T[] values, Random r) {
        return values[r.nextInt(values.length)];
    }

    private static <T> T pick(List<T> values, Random r) {
        return values.get(r.nextInt(values.size()));
    }
}
