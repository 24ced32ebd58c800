package org.peelrules.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.peelrules.rules.RuleFixtures.allAssessments;
import static org.peelrules.rules.RuleFixtures.auditRate;
import static org.peelrules.rules.RuleFixtures.characteristic;
import static org.peelrules.rules.RuleFixtures.characteristicsOf;
import static org.peelrules.rules.RuleFixtures.fired;
import static org.peelrules.rules.RuleFixtures.headline;
import static org.peelrules.rules.RuleFixtures.judgment;
import static org.peelrules.rules.RuleFixtures.observation;
import static org.peelrules.rules.RuleFixtures.practice;
import static org.peelrules.rules.RuleFixtures.prior;
import static org.peelrules.rules.RuleFixtures.rules;
import static org.peelrules.rules.RuleFixtures.run;
import static org.peelrules.rules.RuleFixtures.standard;
import static org.peelrules.rules.RuleFixtures.tally;
import static org.peelrules.rules.RuleFixtures.topicTitle;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.peelrules.RuleHarness;
import org.peelrules.evidence.Practice;
import org.peelrules.evidence.PriorItem;
import org.peelrules.evidence.Rating;
import org.peelrules.judgment.AreaForImprovement;
import org.peelrules.judgment.AreaJudgment;
import org.peelrules.judgment.AreaTally;
import org.peelrules.judgment.CharacteristicAssessment;
import org.peelrules.judgment.InnovativePractice;
import org.peelrules.judgment.NationalRecommendationNotMet;
import org.peelrules.judgment.Outcome;
import org.peelrules.judgment.Recommendation;
import org.peelrules.judgment.ShortfallNoted;
import org.peelrules.judgment.Status;

/**
 * findings.drl: areas for improvement, new and restated (FI-10, FI-11); shortfalls noted on characteristics
 * mostly met, not published (FI-12); national recommendations not complied with (FI-20); innovative practice
 * (FI-30); causes of concern by topic (FI-01); and the victim service assessment, whose characteristics raise no
 * findings of their own but count towards the area they feed.
 */
class FindingsRulesTest {
    /** Every rule of the file is one this class tests. */
    @Test
    void theFileHoldsTheRulesTestedHere() {
        assertThat(RuleFixtures.rulesIn("findings.drl")).containsExactly("FI-01", "FI-10", "FI-11", "FI-12", "FI-20",
                "FI-30");
    }

    @Nested
    class AreasForImprovement {
        static final String CHARACTERISTIC = "4.1.3";
        static final String AREA = "responding-to-the-public";

        @Test
        void aShortfallIsANewAreaForImprovementWordedFromTheCatalogue() {
            RuleHarness.Run run = run(observation("o", CHARACTERISTIC, Rating.PARTLY_MEETS));
            assertThat(fired(run, "FI-")).containsExactly("FI-10");
            assertThat(judgment(run, AREA).areasForImprovement()).containsExactly(new AreaForImprovement(AREA,
                    CHARACTERISTIC, characteristic(CHARACTERISTIC).improvement(), null, List.of("o")));
        }

        @Test
        void aCharacteristicNotMetAtAllIsAlsoAnAreaForImprovement() {
            RuleHarness.Run run = run(observation("o", CHARACTERISTIC, Rating.DOES_NOT_MEET));
            assertThat(fired(run, "FI-")).containsExactly("FI-10");
            assertThat(judgment(run, AREA).areasForImprovement()).extracting(AreaForImprovement::characteristic)
                    .containsExactly(CHARACTERISTIC);
        }

        @Test
        void aCharacteristicDemonstratedWithoutEvidenceOfAShortfallRaisesNoFinding() {
            RuleHarness.Run run = run(observation("a", CHARACTERISTIC, Rating.MOSTLY_MEETS),
                    observation("b", "4.1.2", Rating.EXCEEDS), observation("c", "4.1.4", Rating.MEETS));
            assertThat(fired(run, "FI-")).isEmpty();
            assertThat(judgment(run, AREA).findings()).isEmpty();
            assertThat(judgment(run, AREA).otherShortfalls()).isEmpty();
        }

        @Test
        void anOutstandingEarlierItemIsRestatedFromTheEarliestYear() {
            RuleHarness.Run run = run(
                    prior("afi-2019", PriorItem.Kind.AREA_FOR_IMPROVEMENT, 2019, CHARACTERISTIC,
                            PriorItem.Progress.NOT_RESOLVED),
                    prior("rec-2017", PriorItem.Kind.RECOMMENDATION, 2017, CHARACTERISTIC,
                            PriorItem.Progress.PARTLY_RESOLVED),
                    prior("afi-2015", PriorItem.Kind.AREA_FOR_IMPROVEMENT, 2015, CHARACTERISTIC,
                            PriorItem.Progress.RESOLVED),
                    // The resolved item weighs as much as the outstanding ones: a headline finding that the
                    // characteristic is not met keeps the shortfall one a report publishes (partly met).
                    headline("o", CHARACTERISTIC, Rating.DOES_NOT_MEET));
            assertThat(RuleFixtures.status(run, CHARACTERISTIC)).isEqualTo(Status.PARTLY_MET);
            assertThat(fired(run, "FI-")).containsExactly("FI-11");
            assertThat(run.fired().get("FI-11")).isEqualTo(1);
            assertThat(judgment(run, AREA).areasForImprovement()).singleElement().satisfies(afi -> {
                assertThat(afi.restated()).isTrue();
                assertThat(afi.restatedFrom()).as("the earliest outstanding item, not the resolved one")
                        .isEqualTo(2017);
                assertThat(afi.text()).isEqualTo(characteristic(CHARACTERISTIC).improvement());
                assertThat(afi.evidence()).contains("o", "rec-2017", "afi-2019");
            });
        }

        @Test
        void twoOutstandingItemsOfOneYearAreRestatedOnce() {
            RuleHarness.Run run = run(
                    prior("b", PriorItem.Kind.AREA_FOR_IMPROVEMENT, 2019, CHARACTERISTIC,
                            PriorItem.Progress.NOT_RESOLVED),
                    prior("a", PriorItem.Kind.RECOMMENDATION, 2019, CHARACTERISTIC,
                            PriorItem.Progress.NOT_RESOLVED));
            assertThat(run.fired().get("FI-11")).isEqualTo(1);
            assertThat(judgment(run, AREA).areasForImprovement()).singleElement()
                    .satisfies(afi -> assertThat(afi.restatedFrom()).isEqualTo(2019));
        }

        @Test
        void anItemWithoutAYearComesAfterEveryDatedOne() {
            RuleHarness.Run run = run(
                    prior("a-undated", PriorItem.Kind.AREA_FOR_IMPROVEMENT, null, CHARACTERISTIC,
                            PriorItem.Progress.NOT_RESOLVED),
                    prior("b-2019", PriorItem.Kind.RECOMMENDATION, 2019, CHARACTERISTIC,
                            PriorItem.Progress.PARTLY_RESOLVED),
                    observation("o", CHARACTERISTIC, Rating.PARTLY_MEETS));
            assertThat(run.fired().get("FI-11")).isEqualTo(1);
            assertThat(judgment(run, AREA).areasForImprovement()).singleElement()
                    .satisfies(afi -> assertThat(afi.restatedFrom()).isEqualTo(2019));
            assertThat(restatedFrom(run)).containsExactly("b-2019");
        }

        @Test
        void itemsWithoutAYearAreRestatedOnceFromTheFirstById() {
            RuleHarness.Run run = run(
                    prior("b", PriorItem.Kind.AREA_FOR_IMPROVEMENT, null, CHARACTERISTIC,
                            PriorItem.Progress.NOT_RESOLVED),
                    prior("a", PriorItem.Kind.RECOMMENDATION, null, CHARACTERISTIC,
                            PriorItem.Progress.NOT_RESOLVED));
            assertThat(run.fired().get("FI-11")).isEqualTo(1);
            assertThat(judgment(run, AREA).areasForImprovement()).singleElement().satisfies(afi -> {
                assertThat(afi.restatedFrom()).as("no year to give").isNull();
                assertThat(afi.evidence()).contains("a", "b");
            });
            assertThat(restatedFrom(run)).containsExactly("a");
        }

        @Test
        void anEarlierItemWhoseProgressIsNotStatedIsNeitherRestatedNorResolved() {
            RuleHarness.Run run = run(
                    prior("afi-2019", PriorItem.Kind.AREA_FOR_IMPROVEMENT, 2019, CHARACTERISTIC,
                            PriorItem.Progress.NOT_STATED),
                    observation("o", CHARACTERISTIC, Rating.PARTLY_MEETS));
            assertThat(fired(run, "FI-")).containsExactly("FI-10");
            assertThat(judgment(run, AREA).areasForImprovement()).singleElement().satisfies(afi -> {
                assertThat(afi.restated()).isFalse();
                assertThat(afi.evidence()).containsExactly("o");
            });
        }

        /** The earlier items FI-11 restated the area for improvement from, as its trace cites them. */
        private static List<String> restatedFrom(RuleHarness.Run run) {
            return judgment(run, AREA).trace().findings().stream()
                    .filter(f -> f.kind().equals("area-for-improvement")).flatMap(f -> f.evidence().stream())
                    .map(e -> e.id()).toList();
        }

        @Test
        void anOutstandingEarlierItemIsRestatedEvenWhenNewEvidenceSaysMet() {
            // The force has not resolved it: the earlier finding still stands against the new observation.
            RuleHarness.Run run = run(
                    prior("afi-2019", PriorItem.Kind.AREA_FOR_IMPROVEMENT, 2019, CHARACTERISTIC,
                            PriorItem.Progress.PARTLY_RESOLVED),
                    observation("o", CHARACTERISTIC, Rating.MEETS));
            assertThat(judgment(run, AREA).areasForImprovement()).singleElement()
                    .satisfies(afi -> assertThat(afi.restatedFrom()).isEqualTo(2019));
        }

        @Test
        void aResolvedEarlierItemLeavesANewShortfallNew() {
            // A new headline finding that it is not met weighs as much as the resolved item: partly met.
            RuleHarness.Run run = run(
                    prior("afi-2019", PriorItem.Kind.AREA_FOR_IMPROVEMENT, 2019, CHARACTERISTIC,
                            PriorItem.Progress.RESOLVED),
                    headline("o", CHARACTERISTIC, Rating.DOES_NOT_MEET));
            assertThat(fired(run, "FI-")).containsExactly("FI-10");
            assertThat(judgment(run, AREA).areasForImprovement()).singleElement().satisfies(afi -> {
                assertThat(afi.restated()).isFalse();
                assertThat(afi.evidence()).containsExactly("afi-2019", "o");
            });
        }
    }

    @Nested
    class ShortfallsNoted {
        static final String CHARACTERISTIC = "4.1.3";
        static final String AREA = "responding-to-the-public";

        @Test
        void aShortfallBesideHeavierEvidenceOfSuccessIsNotedNotPublished() {
            RuleHarness.Run run = run(headline("meets", CHARACTERISTIC, Rating.MEETS),
                    observation("partly", CHARACTERISTIC, Rating.PARTLY_MEETS));
            assertThat(RuleFixtures.status(run, CHARACTERISTIC)).isEqualTo(Status.MOSTLY_MET);
            assertThat(fired(run, "FI-")).containsExactly("FI-12");
            AreaJudgment j = judgment(run, AREA);
            assertThat(j.otherShortfalls()).containsExactly(new ShortfallNoted(AREA, CHARACTERISTIC,
                    characteristic(CHARACTERISTIC).improvement(), List.of("meets", "partly")));
            assertThat(j.areasForImprovement()).isEmpty();
            assertThat(j.findings()).as("what a report publishes").isEmpty();
        }

        @Test
        void aPartialShortfallWeighingAsMuchAsTheSuccessIsNotedToo() {
            RuleHarness.Run run = run(observation("meets", CHARACTERISTIC, Rating.MEETS),
                    observation("partly", CHARACTERISTIC, Rating.PARTLY_MEETS));
            assertThat(fired(run, "FI-")).containsExactly("FI-12");
            assertThat(judgment(run, AREA).otherShortfalls()).extracting(ShortfallNoted::characteristic)
                    .containsExactly(CHARACTERISTIC);
        }

        @Test
        void aResolvedEarlierItemOutweighsAPassingNewShortfall() {
            RuleHarness.Run run = run(
                    prior("afi-2019", PriorItem.Kind.AREA_FOR_IMPROVEMENT, 2019, CHARACTERISTIC,
                            PriorItem.Progress.RESOLVED),
                    observation("o", CHARACTERISTIC, Rating.PARTLY_MEETS));
            assertThat(fired(run, "FI-")).containsExactly("FI-12");
            assertThat(judgment(run, AREA).areasForImprovement()).isEmpty();
            assertThat(judgment(run, AREA).otherShortfalls()).singleElement()
                    .satisfies(n -> assertThat(n.evidence()).containsExactly("afi-2019", "o"));
        }

        @Test
        void anOutstandingEarlierItemBesideAHeadlineSuccessIsStillRestatedNotNoted() {
            // The characteristic is mostly met (success weighs as much as the earlier item), but the inspectorate
            // returned to the earlier area for improvement on purpose and found it unresolved: it remains one.
            RuleHarness.Run run = run(
                    prior("afi-2019", PriorItem.Kind.AREA_FOR_IMPROVEMENT, 2019, CHARACTERISTIC,
                            PriorItem.Progress.NOT_RESOLVED),
                    headline("meets", CHARACTERISTIC, Rating.MEETS));
            assertThat(RuleFixtures.status(run, CHARACTERISTIC)).isEqualTo(Status.MOSTLY_MET);
            assertThat(fired(run, "FI-")).containsExactly("FI-11");
            assertThat(judgment(run, AREA).areasForImprovement()).singleElement()
                    .satisfies(a -> assertThat(a.restatedFrom()).isEqualTo(2019));
            assertThat(judgment(run, AREA).otherShortfalls()).isEmpty();
        }

        @Test
        void mostlyMetWithoutEvidenceOfAShortfallNotesNothing() {
            RuleHarness.Run run = run(headline("mostly", CHARACTERISTIC, Rating.MOSTLY_MEETS));
            assertThat(RuleFixtures.status(run, CHARACTERISTIC)).isEqualTo(Status.MOSTLY_MET);
            assertThat(fired(run, "FI-")).isEmpty();
            assertThat(judgment(run, AREA).otherShortfalls()).isEmpty();
        }

        @Test
        void notOnACharacteristicThatRaisesNoFindingsOfItsOwn() {
            List<Characteristic> silent = rules().characteristics().stream()
                    .filter(c -> !RuleFixtures.area(c.area()).graded() || c.feeds() != null).toList();
            assertThat(silent).as("a characteristic fed to another area and one of an area not graded")
                    .anyMatch(c -> c.feeds() != null)
                    .anyMatch(c -> c.feeds() == null && !RuleFixtures.area(c.area()).graded());
            for (Characteristic c : silent) {
                RuleHarness.Run run = run(headline("meets", c.id(), Rating.MEETS),
                        observation("partly", c.id(), Rating.PARTLY_MEETS));
                assertThat(RuleFixtures.status(run, c.id())).as(c.id()).isEqualTo(Status.MOSTLY_MET);
                assertThat(run.fired("FI-12")).as(c.id()).isFalse();
                assertThat(run.assessment().judgments()).as(c.id())
                        .allSatisfy(j -> assertThat(j.otherShortfalls()).isEmpty());
            }
        }
    }

    @Nested
    class NationalRecommendations {
        static final String CHARACTERISTIC = "2.2.2";
        static final String AREA = "treatment-of-the-public";

        @Test
        void aNationalRecommendationNotCompliedWithIsReportedUnderItsArea() {
            PriorItem national = prior("n", PriorItem.Kind.NATIONAL_RECOMMENDATION, 2017, CHARACTERISTIC,
                    PriorItem.Progress.NOT_RESOLVED);
            RuleHarness.Run run = run(national);
            assertThat(run.fired("FI-20")).isTrue();
            assertThat(judgment(run, AREA).nationalRecommendationsNotMet()).containsExactly(
                    new NationalRecommendationNotMet(AREA, CHARACTERISTIC, 2017, national.text(), List.of("n")));
        }

        @Test
        void itIsNotAnEarlierAreaForImprovementToRestate() {
            // The shortfall it shows is a new area for improvement beside the national recommendation.
            RuleHarness.Run run = run(prior("n", PriorItem.Kind.NATIONAL_RECOMMENDATION, 2017, CHARACTERISTIC,
                    PriorItem.Progress.NOT_RESOLVED));
            assertThat(fired(run, "FI-")).containsExactly("FI-10", "FI-20");
            assertThat(judgment(run, AREA).areasForImprovement()).singleElement()
                    .satisfies(afi -> assertThat(afi.restated()).isFalse());
        }

        @Test
        void oneWithoutAYearIsReportedWithoutOne() {
            PriorItem national = prior("n", PriorItem.Kind.NATIONAL_RECOMMENDATION, null, CHARACTERISTIC,
                    PriorItem.Progress.NOT_RESOLVED);
            RuleHarness.Run run = run(national);
            assertThat(judgment(run, AREA).nationalRecommendationsNotMet()).containsExactly(
                    new NationalRecommendationNotMet(AREA, CHARACTERISTIC, null, national.text(), List.of("n")));
        }

        @Test
        void oneWhoseProgressIsNotStatedIsNotReported() {
            RuleHarness.Run run = run(prior("n", PriorItem.Kind.NATIONAL_RECOMMENDATION, 2017, CHARACTERISTIC,
                    PriorItem.Progress.NOT_STATED));
            assertThat(fired(run, "FI-")).isEmpty();
            assertThat(judgment(run, AREA).findings()).isEmpty();
        }

        @Test
        void oneCompliedWithIsNotReported() {
            RuleHarness.Run run = run(prior("n", PriorItem.Kind.NATIONAL_RECOMMENDATION, 2017, CHARACTERISTIC,
                    PriorItem.Progress.RESOLVED));
            assertThat(fired(run, "FI-")).isEmpty();
            assertThat(judgment(run, AREA).findings()).isEmpty();
        }
    }

    @Nested
    class Innovation {
        static final String CHARACTERISTIC = "3.1.3";
        static final String AREA = "preventing-crime";

        @Test
        void practiceNewToPolicingAcrossTheForceOnACharacteristicExceededIsInnovative() {
            RuleHarness.Run run = run(practice("p", CHARACTERISTIC, Practice.Novelty.NEW_TO_POLICING,
                    Practice.Reach.FORCE_WIDE));
            assertThat(fired(run, "FI-")).containsExactly("FI-30");
            assertThat(judgment(run, AREA).innovativePractice()).containsExactly(
                    new InnovativePractice(AREA, CHARACTERISTIC, "Practice p", List.of("p")));
        }

        @Test
        void notWhenTheCharacteristicAlsoFallsShort() {
            RuleHarness.Run run = run(
                    practice("p", CHARACTERISTIC, Practice.Novelty.NEW_TO_POLICING, Practice.Reach.FORCE_WIDE),
                    observation("o", CHARACTERISTIC, Rating.PARTLY_MEETS));
            assertThat(run.fired("FI-30")).isFalse();
            assertThat(judgment(run, AREA).innovativePractice()).isEmpty();
        }

        @Test
        void notWhenThePracticeIsEstablishedElsewhereThoughTheCharacteristicIsExceeded() {
            RuleHarness.Run run = run(
                    practice("p", CHARACTERISTIC, Practice.Novelty.ESTABLISHED_ELSEWHERE, Practice.Reach.FORCE_WIDE),
                    observation("o", CHARACTERISTIC, Rating.EXCEEDS));
            assertThat(RuleFixtures.status(run, CHARACTERISTIC)).isEqualTo(Status.EXCEEDED);
            assertThat(run.fired("FI-30")).isFalse();
            assertThat(judgment(run, AREA).innovativePractice()).isEmpty();
        }

        @Test
        void notOnACharacteristicThatRaisesNoFindingsOfItsOwn() {
            Characteristic ungraded = rules().characteristics().stream()
                    .filter(c -> !RuleFixtures.area(c.area()).graded() || c.feeds() != null).findFirst().orElseThrow();
            RuleHarness.Run run = run(practice("p", ungraded.id(), Practice.Novelty.NEW_TO_POLICING,
                    Practice.Reach.FORCE_WIDE));
            assertThat(RuleFixtures.status(run, ungraded.id())).isEqualTo(Status.EXCEEDED);
            assertThat(run.assessment().judgments()).allSatisfy(j -> assertThat(j.innovativePractice()).isEmpty());
        }

        @Test
        void notWhenThePracticeIsOnlyLocalOrAPilot() {
            for (Practice.Reach reach : new Practice.Reach[] {Practice.Reach.LOCAL, Practice.Reach.PILOT}) {
                RuleHarness.Run run = run(practice("p", CHARACTERISTIC, Practice.Novelty.NEW_TO_POLICING, reach),
                        observation("o", CHARACTERISTIC, Rating.EXCEEDS));
                assertThat(run.fired("FI-30")).as(reach.name()).isFalse();
                assertThat(judgment(run, AREA).innovativePractice()).as(reach.name()).isEmpty();
            }
        }
    }

    @Nested
    class CausesOfConcern {
        static final String AREA = "investigating-crime";

        /** Enough audits of a measure at the systemic rate, in large samples, to make its characteristic systemic. */
        static List<Object> systemic(String measure) {
            List<Object> audits = new ArrayList<>();
            for (int i = 1; i <= (int) standard("systemic-corroborating-tests"); i++) {
                audits.add(auditRate(measure + "-" + i, measure, standard("audit-systemic-failure-rate"),
                        (int) standard("audit-minimum-sample")));
            }
            return audits;
        }

        static String characteristicOf(String measure) {
            return rules().measures().stream().filter(m -> m.id().equals(measure)).findFirst().orElseThrow()
                    .characteristic();
        }

        @Test
        void oneCauseOfConcernPerTopicWithOneRecommendationPerSystemicCharacteristic() {
            String supervision = "serious-investigations-ineffectively-supervised";
            String needs = "victim-needs-assessment-not-done";
            List<Object> items = new ArrayList<>(systemic(supervision));
            items.addAll(systemic(needs));
            items.add(observation("o", "5.3.1", Rating.PARTLY_MEETS));
            RuleHarness.Run run = run(items.toArray());

            String first = characteristicOf(supervision);
            String second = characteristicOf(needs);
            int months = (int) standard("cause-of-concern-deadline-months");
            AreaJudgment j = judgment(run, AREA);
            assertThat(run.fired().get("FI-01")).isEqualTo(1);
            assertThat(j.causesOfConcern()).singleElement().satisfies(c -> {
                assertThat(c.topic()).isEqualTo(characteristic(first).topic())
                        .isEqualTo(characteristic(second).topic());
                assertThat(c.title()).isEqualTo(topicTitle(AREA, c.topic()));
                assertThat(c.recommendations()).containsExactly(
                        new Recommendation(first, characteristic(first).recommendation(), months),
                        new Recommendation(second, characteristic(second).recommendation(), months));
                assertThat(c.evidence()).hasSize(items.size() - 1);
            });
            // A systemic characteristic is answered by its recommendation, not also by an area for improvement.
            assertThat(j.areasForImprovement()).extracting(AreaForImprovement::characteristic).containsExactly("5.3.1");
        }

        @Test
        void systemicShortfallsInTwoTopicsAreTwoCausesOfConcern() {
            String supervision = "serious-investigations-ineffectively-supervised";
            String outcomes = "incorrect-crime-outcome-code";
            List<Object> items = new ArrayList<>(systemic(supervision));
            items.addAll(systemic(outcomes));
            RuleHarness.Run run = run(items.toArray());
            assertThat(run.fired().get("FI-01")).isEqualTo(2);
            assertThat(judgment(run, AREA).causesOfConcern()).hasSize(2).satisfiesExactly(
                    c -> assertThat(c.recommendations()).extracting(Recommendation::characteristic)
                            .containsExactly(characteristicOf(supervision)),
                    c -> assertThat(c.recommendations()).extracting(Recommendation::characteristic)
                            .containsExactly(characteristicOf(outcomes)));
        }

        @Test
        void aShortfallBelowTheSystemicLevelInTheSameTopicIsARecommendationUnderTheCauseNotAnAreaForImprovement() {
            String supervision = "serious-investigations-ineffectively-supervised";
            List<Object> items = new ArrayList<>(systemic(supervision));
            items.add(observation("o", "5.1.2", Rating.PARTLY_MEETS));
            AreaJudgment j = judgment(run(items.toArray()), AREA);
            assertThat(characteristic("5.1.2").topic())
                    .isEqualTo(characteristic(characteristicOf(supervision)).topic());
            // The systemic characteristic first, then the topic's other shortfalls in catalogue order.
            assertThat(j.causesOfConcern()).singleElement().satisfies(c -> assertThat(c.recommendations())
                    .extracting(Recommendation::characteristic).containsExactly(characteristicOf(supervision), "5.1.2"));
            assertThat(j.causesOfConcern().get(0).evidence()).contains("o");
            assertThat(j.areasForImprovement()).extracting(AreaForImprovement::characteristic)
                    .doesNotContain("5.1.2");
        }
    }

    @Nested
    class VictimServiceAssessment {
        static final String VSA = "victim-service-assessment";

        static List<Characteristic> feeding(String area) {
            return characteristicsOf(VSA).stream().filter(c -> area.equals(c.feeds())).toList();
        }

        static List<Object> rate(List<Characteristic> characteristics, Rating rating, String prefix) {
            return characteristics.stream().map(c -> (Object) observation(prefix + c.id(), c.id(), rating)).toList();
        }

        @Test
        void everyVictimServiceCharacteristicFeedsAGradedArea() {
            assertThat(characteristicsOf(VSA)).isNotEmpty().allSatisfy(c -> {
                assertThat(c.feeds()).isNotNull();
                assertThat(RuleFixtures.area(c.feeds()).graded()).isTrue();
            });
        }

        @Test
        void itsShortfallsRaiseNoFindingOfTheirOwnAnywhere() {
            RuleHarness.Run run = run(rate(characteristicsOf(VSA), Rating.PARTLY_MEETS, "o-").toArray());
            assertThat(fired(run, "FI-")).isEmpty();
            assertThat(run.assessment().judgments()).allSatisfy(j -> assertThat(j.findings()).isEmpty());
            AreaJudgment vsa = judgment(run, VSA);
            assertThat(vsa.outcome()).isEqualTo(Outcome.NOT_GRADED);
            assertThat(vsa.characteristics()).hasSize(characteristicsOf(VSA).size())
                    .allSatisfy(a -> assertThat(a.status()).isEqualTo(Status.PARTLY_MET))
                    .allSatisfy(a -> assertThat(a.countsTowards())
                            .isEqualTo(characteristic(a.characteristic()).feeds()));
        }

        @Test
        void evenASystemicShortfallIsNoCauseOfConcernOfItsOwn() {
            Characteristic c = characteristicsOf(VSA).get(0);
            RuleHarness.Run run = run(prior("p", PriorItem.Kind.CAUSE_OF_CONCERN, 2019, c.id(),
                    PriorItem.Progress.NOT_RESOLVED));
            assertThat(run.fired("AS-11")).isTrue();
            assertThat(run.fired("FI-01")).isFalse();
            assertThat(judgment(run, VSA).causesOfConcern()).isEmpty();
            assertThat(judgment(run, c.feeds()).causesOfConcern()).isEmpty();
        }

        @Test
        void itsShortfallsLowerTheDemonstratedShareAndGradeOfTheAreaTheyFeed() {
            // Shares are of every characteristic counting towards the area, so the victim service characteristics
            // weigh on it once they are assessed: met, they add to what it demonstrates; not met, they fall short.
            String fed = "responding-to-the-public";
            List<Characteristic> vsa = feeding(fed);
            assertThat(vsa).isNotEmpty();
            List<Object> own = rate(characteristicsOf(fed), Rating.MEETS, "own-");
            List<Object> withMet = new ArrayList<>(own);
            withMet.addAll(rate(vsa, Rating.MEETS, "vsa-"));
            List<Object> withShortfalls = new ArrayList<>(own);
            withShortfalls.addAll(rate(vsa, Rating.DOES_NOT_MEET, "vsa-"));

            RuleHarness.Run alone = run(withMet.toArray());
            RuleHarness.Run fedToo = run(withShortfalls.toArray());

            AreaTally before = tally(alone, fed);
            AreaTally after = tally(fedToo, fed);
            assertThat(after.assessed()).isEqualTo(before.assessed());
            assertThat(after.notMet()).isEqualTo(before.notMet() + vsa.size());
            assertThat(after.demonstratedShare()).isLessThan(before.demonstratedShare());
            assertThat(after.shortfallShare()).isGreaterThan(before.shortfallShare());
            assertThat(judgment(alone, fed).grade()).isNotNull();
            assertThat(judgment(alone, fed).grade().isBetterThan(judgment(fedToo, fed).grade())).isTrue();
            // The fed area's own findings are unchanged: the shortfalls are reported with the assessment.
            assertThat(judgment(fedToo, fed).findings()).isEqualTo(judgment(alone, fed).findings());
            assertThat(allAssessments(fedToo)).filteredOn(a -> a.area().equals(VSA) && a.status() == Status.NOT_MET)
                    .hasSize(vsa.size()).extracting(CharacteristicAssessment::countsTowards).containsOnly(fed);
        }

        @Test
        void itsCharacteristicsMetRaiseTheDemonstratedShareOfTheAreaTheyFeed() {
            String fed = "investigating-crime";
            List<Characteristic> vsa = feeding(fed);
            List<Object> own = new ArrayList<>(rate(characteristicsOf(fed), Rating.PARTLY_MEETS, "own-"));
            List<Object> withMet = new ArrayList<>(own);
            withMet.addAll(rate(vsa, Rating.MEETS, "vsa-"));
            assertThat(tally(run(withMet.toArray()), fed).demonstratedShare())
                    .isGreaterThan(tally(run(own.toArray()), fed).demonstratedShare());
        }
    }
}
