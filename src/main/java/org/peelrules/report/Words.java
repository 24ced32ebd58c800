package org.peelrules.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.peelrules.judgment.AreaJudgment;
import org.peelrules.judgment.AreaTally;
import org.peelrules.judgment.Assessment;
import org.peelrules.judgment.CauseOfConcern;
import org.peelrules.judgment.Grade;
import org.peelrules.judgment.ProvisionalGrade;
import org.peelrules.judgment.RuleRef;
import org.peelrules.judgment.StandardValue;
import org.peelrules.judgment.Status;
import org.peelrules.judgment.Trace;
import org.peelrules.judgment.WhyNotHigher;

/** The sentences every report shares, so that text, Markdown, HTML and explanations say the same thing. */
final class Words {
    private Words() {
    }

    /** Which rules and library produced an assessment. */
    static String stamp(Assessment a) {
        return "Framework " + a.framework() + "; rule set " + a.producedBy().ruleSet() + " version "
                + a.producedBy().ruleSetVersion() + " (" + a.producedBy().ruleSetHash() + "); "
                + a.producedBy().library() + " "
                + a.producedBy().libraryVersion();
    }

    /** {@code not-met} → {@code not met}. */
    static String status(Status s) {
        return s == null ? "" : s.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }

    static String words(String kebab) {
        return kebab.replace('-', ' ');
    }

    /** {@code GP-11 (grading-policy.drl:54)}. */
    static String rule(RuleRef r) {
        if (r == null) {
            return "no rule";
        }
        return (r.id().isEmpty() ? "\"" + r.name() + "\"" : r.id()) + " (" + r.location() + ")";
    }

    static String number(double v) {
        return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }

    /** {@code good-minimum-demonstrated-share = 0.75 share: Good needs ...}. */
    static String standard(StandardValue s) {
        String note = s.note() == null ? "" : s.note().strip().replaceAll("\\s+", " ");
        return s.id() + " = " + number(s.value()) + " " + s.unit() + (note.isEmpty() ? "" : ": " + note);
    }

    /** The heading of a why-not-higher: what the area is kept from. */
    static String whyNotHeading(WhyNotHigher w) {
        return "Why not " + (w.target() == null ? "a grade" : w.target().label());
    }

    /** The smallest change, in one sentence without the heading. */
    static String whyNotSentence(WhyNotHigher w, AreaJudgment j) {
        if (!w.reachable()) {
            return "no change to its findings or characteristics would reach "
                    + (w.target() == null ? "a grade" : w.target().label()) + " under this rule set.";
        }
        return String.join("; ", changes(w, j)) + ".";
    }

    /** Each part of the smallest change, as an instruction. */
    static List<String> changes(WhyNotHigher w, AreaJudgment j) {
        Map<String, String> titles = j.causesOfConcern().stream()
                .collect(Collectors.toMap(CauseOfConcern::topic, CauseOfConcern::title, (a, b) -> a));
        List<String> out = new ArrayList<>();
        for (WhyNotHigher.Change c : w.changes()) {
            out.add(change(c, t -> titles.containsKey(t) ? titles.get(t) + " (" + t + ")" : t));
        }
        return out;
    }

    static String change(WhyNotHigher.Change c, Function<String, String> topic) {
        switch (c.subject()) {
            case "cause-of-concern":
                if (c.among().size() == 1) {
                    return "resolve the cause of concern " + topic.apply(c.among().get(0));
                }
                return "resolve " + (c.all() ? "all " + c.among().size() : c.count() + " of the " + c.among().size())
                        + " causes of concern: " + c.among().stream().map(topic).collect(Collectors.joining(", "));
            case "national-recommendation":
                return c.all() && c.among().size() == 1
                        ? "comply with the national recommendation on " + c.among().get(0)
                        : "comply with " + c.count() + " of the " + c.among().size()
                                + " national recommendations on " + String.join(", ", c.among());
            default:
                String ids = String.join(", ", c.among());
                if ("assessed".equals(c.to())) {
                    return (c.among().size() == 1 ? "assess characteristic " + ids
                            : "assess " + (c.all() ? "all " + c.among().size() : c.count() + " of the "
                                    + c.among().size()) + " characteristics without evidence: " + ids)
                            + (c.among().size() == 1 ? ", which lacks evidence" : "");
                }
                String move = "from " + words(c.from()) + " to " + words(c.to());
                if (c.among().size() == 1) {
                    return "raise characteristic " + ids + " " + move;
                }
                return "raise " + (c.all() ? "all " + c.among().size() : c.count() + " of the " + c.among().size())
                        + " characteristics " + move + ": " + ids;
        }
    }

    /** What the policy read: the tally as people count. */
    static String tally(AreaTally t) {
        String concerns = t.causesOfConcern() == 0 ? "no cause of concern"
                : t.causesOfConcern() + (t.causesOfConcern() == 1 ? " cause of concern" : " causes of concern")
                        + " in " + t.topicsOfConcern() + (t.topicsOfConcern() == 1 ? " topic" : " topics");
        return t.demonstrated() + " of " + t.counting() + " characteristics demonstrated (" + t.exceeded()
                + " exceeded, " + t.met() + " met, " + t.mostlyMet() + " mostly met), " + t.partlyMet()
                + " partly met, " + t.notMet() + " not met, " + (t.counting() - t.assessed()) + " not assessed; "
                + t.covered() + " of the area's " + t.catalogued()
                + " own characteristics assessed; " + concerns
                + (t.nationalRecommendationsNotMet() == 0 ? "" : "; " + t.nationalRecommendationsNotMet()
                        + " national recommendation" + (t.nationalRecommendationsNotMet() == 1 ? "" : "s")
                        + " not complied with");
    }

    /** The trace's step for a characteristic. */
    static Optional<Trace.CharacteristicStep> step(AreaJudgment j, String characteristic) {
        return j.trace() == null ? Optional.empty() : j.trace().characteristics().stream()
                .filter(c -> c.characteristic().equals(characteristic)).findFirst();
    }

    /** The grade label, or the outcome when there is no grade. */
    static String outcome(AreaJudgment j) {
        return j.grade() != null ? j.grade().label() : capitalise(j.outcome().label());
    }

    /**
     * For an area with too little evidence to grade, the grade its evidence points to and what would settle it:
     * "provisionally Requires improvement: 2 of 8 characteristics assessed, 3 needed; evidence on 5.2.1, 5.3.1
     * would settle it"; empty when there is none.
     */
    static String provisional(AreaJudgment j) {
        ProvisionalGrade p = j.provisional();
        if (p == null) {
            return "";
        }
        return "provisionally " + p.grade().label() + ": " + p.assessed() + " of " + p.catalogued()
                + " characteristics assessed, " + p.needed() + " needed to grade; evidence on "
                + String.join(", ", p.unassessed()) + " would settle it";
    }

    /** The outcome, with the provisional grade after it when there is one. */
    static String outcomeInFull(AreaJudgment j) {
        String p = provisional(j);
        return capitalise(j.outcome().label()) + (p.isEmpty() ? "" : " (" + p + ")");
    }

    /** Whether an area's findings are shown in full: graded, or given a provisional grade. */
    static boolean detailed(AreaJudgment j) {
        return j.grade() != null || j.provisional() != null;
    }

    static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** The five tiers, best first, as the judgments table's columns. */
    static List<Grade> tiers() {
        return List.of(Grade.values());
    }

    /** Text cut to about {@code max} characters at a word boundary. */
    static String shorten(String text, int max) {
        String t = text.strip().replaceAll("\\s+", " ");
        if (t.length() <= max) {
            return t;
        }
        int cut = t.lastIndexOf(' ', max - 1);
        return t.substring(0, cut > max / 2 ? cut : max - 1) + "…";
    }
}
