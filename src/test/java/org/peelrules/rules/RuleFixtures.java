package org.peelrules.rules;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.StreamSupport;
import org.peelrules.RuleHarness;
import org.peelrules.RuleSet;
import org.peelrules.TestRules;
import org.peelrules.evidence.CaseAudit;
import org.peelrules.evidence.Emphasis;
import org.peelrules.evidence.Metric;
import org.peelrules.evidence.Observation;
import org.peelrules.evidence.Practice;
import org.peelrules.evidence.PriorItem;
import org.peelrules.evidence.Rating;
import org.peelrules.evidence.SurveyResult;
import org.peelrules.internal.json.Json;
import org.peelrules.internal.ruleset.RuleInfo;
import org.peelrules.judgment.AreaJudgment;
import org.peelrules.judgment.AreaTally;
import org.peelrules.judgment.CharacteristicAssessment;
import org.peelrules.judgment.Status;

/**
 * What the rule file tests share: one-line evidence items, the rule set's own standards and catalogue (so a
 * test's boundary follows a threshold when a policy team changes it), and short ways to read a run.
 */
final class RuleFixtures {
    static final String SOURCE = "rule file test";

    /**
     * Each figure's own source: two figures a test gives under different ids are two tests, as two audits by
     * different hands are (the same figure from the same source is one; see {@code Signal.test}).
     */
    static String sourceOf(String id) {
        return SOURCE + ", " + id;
    }

    private RuleFixtures() {
    }

    static RuleSet rules() {
        return TestRules.ruleSet();
    }

    /** Runs the shared rule set over a submission holding just these items. */
    static RuleHarness.Run run(Object... items) {
        return RuleHarness.run(rules(), RuleHarness.submission(items));
    }

    // --- The rule set's data ------------------------------------------------------------------------------

    /** The value of a standard in standards.yaml. */
    static double standard(String id) {
        return rules().standards().stream().filter(s -> s.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("standards.yaml has no standard " + id)).value();
    }

    static Characteristic characteristic(String id) {
        return rules().characteristics().stream().filter(c -> c.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("the catalogue has no characteristic " + id));
    }

    /** An area's own characteristics, in framework order. */
    static List<Characteristic> characteristicsOf(String area) {
        return rules().characteristics().stream().filter(c -> c.area().equals(area)).toList();
    }

    static Area area(String id) {
        return rules().areas().stream().filter(a -> a.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("the catalogue has no area " + id));
    }

    /** The measures of one kind that inform an area's characteristics. */
    static List<Measure> measuresOf(String area, Measure.Kind kind) {
        return rules().measures().stream()
                .filter(m -> m.kind() == kind && characteristic(m.characteristic()).area().equals(area)).toList();
    }

    /** A topic's title as its catalogue file gives it (the rule set exposes no topic list of its own). */
    static String topicTitle(String area, String topic) {
        try {
            JsonNode yaml = Json.yaml().readTree(TestRules.FOLDER.resolve("catalogue/" + area + ".yaml").toFile());
            return StreamSupport.stream(yaml.get("topics").spliterator(), false)
                    .filter(t -> t.get("id").asText().equals(topic)).findFirst()
                    .orElseThrow(() -> new AssertionError(area + " has no topic " + topic)).get("title").asText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // --- Evidence -----------------------------------------------------------------------------------------

    /** A measured value, in the unit the measure register gives its measure. */
    static Metric metric(String id, String measure, double value) {
        return new Metric(id, measure, value, unitOf(measure), null, null, null, null, sourceOf(id));
    }

    /** A sampled estimate with the half-width of its confidence interval. */
    static Metric estimate(String id, String measure, double value, double marginOfError) {
        return new Metric(id, measure, value, unitOf(measure), null, marginOfError, null, null, sourceOf(id));
    }

    private static String unitOf(String measure) {
        return rules().measures().stream().filter(m -> m.id().equals(measure)).findFirst()
                .orElseThrow(() -> new AssertionError("the measure register has no measure " + measure)).unit();
    }

    /** The share of a surveyed population giving an answer. */
    static SurveyResult survey(String id, String measure, double proportion) {
        return new SurveyResult(id, measure, proportion, "workforce", null, null, sourceOf(id));
    }

    /** {@code failing} of {@code sampled} cases fail the test. */
    static CaseAudit audit(String id, String measure, int failing, int sampled) {
        return new CaseAudit(id, measure, failing, sampled, null, null, null, sourceOf(id));
    }

    /** A failure rate given as a share, with the sample size if known ({@code null} when the source omits it). */
    static CaseAudit auditRate(String id, String measure, double failurePercent, Integer sampled) {
        return new CaseAudit(id, measure, null, sampled, failurePercent, null, null, sourceOf(id));
    }

    static Observation observation(String id, String characteristic, Rating rating) {
        return new Observation(id, characteristic, rating, "what the inspectors found", SOURCE);
    }

    /** An observation the source gives as its overall finding on the characteristic (emphasis: headline). */
    static Observation headline(String id, String characteristic, Rating rating) {
        return new Observation(id, characteristic, rating, Emphasis.HEADLINE, "what the report found", SOURCE);
    }

    /** An earlier inspection's item; {@code year} is {@code null} when the source does not give it. */
    static PriorItem prior(String id, PriorItem.Kind kind, Integer year, String characteristic,
                           PriorItem.Progress progress) {
        return new PriorItem(id, kind, year, characteristic, "what the earlier inspection said", progress, SOURCE);
    }

    static Practice practice(String id, String characteristic, Practice.Novelty novelty, Practice.Reach reach) {
        return new Practice(id, characteristic, "Practice " + id, "what the force does", novelty, reach, SOURCE);
    }

    // --- Reading a run ------------------------------------------------------------------------------------

    /** The ids of the rules a rule file holds, such as "areas/crime-data-integrity.drl". */
    static Set<String> rulesIn(String file) {
        return new TreeSet<>(rules().rules().stream().filter(r -> r.file().equals(file)).map(RuleInfo::id).toList());
    }

    /** The ids of the rules that fired whose id starts with {@code prefix} (such as "RP-"). */
    static Set<String> fired(RuleHarness.Run run, String prefix) {
        return new TreeSet<>(run.fired().keySet().stream().filter(id -> id.startsWith(prefix)).toList());
    }

    static AreaJudgment judgment(RuleHarness.Run run, String area) {
        return run.assessment().judgment(area).orElseThrow(() -> new AssertionError("no judgment on " + area));
    }

    /** The assessment of one characteristic, from the judgment on the area it belongs to. */
    static CharacteristicAssessment assessed(RuleHarness.Run run, String characteristic) {
        String area = characteristic(characteristic).area();
        return judgment(run, area).characteristics().stream().filter(a -> a.characteristic().equals(characteristic))
                .findFirst().orElseThrow(() -> new AssertionError(characteristic + " was not assessed"));
    }

    static Status status(RuleHarness.Run run, String characteristic) {
        return assessed(run, characteristic).status();
    }

    /** Every characteristic assessment in the run, whichever area's judgment reports it. */
    static List<CharacteristicAssessment> allAssessments(RuleHarness.Run run) {
        return run.assessment().judgments().stream().flatMap(j -> j.characteristics().stream()).toList();
    }

    /**
     * The tally the grading policy reads for a graded area, rebuilt from the run's public output with the
     * same {@link AreaTally#of} the policy uses: the area's own characteristics catalogued, every assessment
     * that counts towards it, its causes of concern and national recommendations not complied with.
     */
    static AreaTally tally(RuleHarness.Run run, String area) {
        AreaJudgment judgment = judgment(run, area);
        int counting = (int) rules().characteristics().stream()
                .filter(c -> c.area().equals(area) || area.equals(c.feeds())).count();
        return AreaTally.of(area, characteristicsOf(area).size(), counting,
                allAssessments(run).stream().filter(a -> a.countsTowards().equals(area)).toList(),
                judgment.causesOfConcern(), judgment.nationalRecommendationsNotMet());
    }
}
