package org.peelrules.replay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.AssertionFailedError;
import org.peelrules.RuleFolders;
import org.peelrules.TestRules;

/** The JUnit 5 harness other projects use: one container per case, one test per area, and no empty pass. */
class ReplayHarnessTest {

    @Test
    void aCorpusGivesAContainerPerCaseAndATestPerArea() throws Throwable {
        List<DynamicNode> nodes = ReplayTests.of(RuleFolders.CORPUS.resolve("agreeing"), TestRules.evaluator()).toList();
        assertThat(nodes).extracting(DynamicNode::getDisplayName).containsExactly("rp-good", "rp-requires-improvement");
        for (DynamicNode node : nodes) {
            List<? extends DynamicNode> areas = ((DynamicContainer) node).getChildren().toList();
            assertThat(areas).extracting(DynamicNode::getDisplayName).containsExactly("responding-to-the-public");
            ((DynamicTest) areas.get(0)).getExecutable().execute();
        }
    }

    @Test
    void aDisagreeingAreaFailsItsTestWithWhatDiffers() {
        DynamicContainer c = (DynamicContainer) ReplayTests.of(RuleFolders.CORPUS.resolve("disagreeing"),
                TestRules.evaluator()).toList().get(0);
        DynamicTest area = (DynamicTest) c.getChildren().toList().get(0);
        assertThatThrownBy(() -> area.getExecutable().execute()).isInstanceOf(AssertionFailedError.class)
                .hasMessageContaining("published Outstanding, derived Good; missing area for improvement 4.1.1")
                .satisfies(e -> {
                    // Expected and actual values an IDE can compare side by side.
                    AssertionFailedError failure = (AssertionFailedError) e;
                    assertThat(failure.isExpectedDefined() && failure.isActualDefined()).isTrue();
                    assertThat(failure.getExpected().getStringRepresentation())
                            .isEqualTo("Outstanding\narea for improvement 4.1.1");
                    assertThat(failure.getActual().getStringRepresentation())
                            .isEqualTo("Good\narea for improvement 4.3.2");
                });
    }

    @Test
    void eachCaseIsEvaluatedWhenItsTestRunsNotWhenTheTestsAreListed(@TempDir Path corpus) throws Exception {
        Path good = RuleFolders.copy(RuleFolders.CORPUS.resolve("agreeing/rp-good"), corpus.resolve("rp-good"));
        List<DynamicNode> nodes = ReplayTests.of(corpus, TestRules.evaluator()).toList();
        // The evidence is taken away after the tests are listed: a case evaluated up front would still pass.
        Files.delete(good.resolve(Replay.EVIDENCE));
        DynamicTest area = (DynamicTest) ((DynamicContainer) nodes.get(0)).getChildren().toList().get(0);
        assertThatThrownBy(() -> area.getExecutable().execute()).hasMessageContaining("missing");
    }

    @Test
    void anEmptyCorpusIsAFailingTestNotAPass(@TempDir Path empty) {
        List<DynamicNode> nodes = ReplayTests.of(empty, TestRules.evaluator()).toList();
        assertThat(nodes).hasSize(1);
        assertThatThrownBy(() -> ((DynamicTest) nodes.get(0)).getExecutable().execute())
                .hasMessageContaining("no replay cases");
    }

    @Test
    void casesNestedOneLevelAreFoundAndNamedByTheirPath(@TempDir Path corpus) throws Throwable {
        Path good = RuleFolders.CORPUS.resolve("agreeing/rp-good");
        RuleFolders.copy(good, corpus.resolve("a-synthetic"));
        RuleFolders.copy(good, corpus.resolve("real/west"));
        RuleFolders.copy(good, corpus.resolve("real/east"));
        RuleFolders.copy(good, corpus.resolve("real/east/ignored-below-a-case"));

        assertThat(Replay.cases(corpus)).containsExactly(corpus.resolve("a-synthetic"),
                corpus.resolve("real/east"), corpus.resolve("real/west"));
        assertThat(new Replay(TestRules.evaluator()).replayAll(List.of(corpus))).extracting(CaseResult::name)
                .containsExactly("a-synthetic", "real/east", "real/west");
        List<DynamicNode> nodes = ReplayTests.of(corpus, TestRules.evaluator()).toList();
        assertThat(nodes).extracting(DynamicNode::getDisplayName)
                .containsExactly("a-synthetic", "real/east", "real/west");
        for (DynamicNode node : nodes) {
            ((DynamicTest) ((DynamicContainer) node).getChildren().toList().get(0)).getExecutable().execute();
        }
    }

    @Test
    void aSingleCaseFolderIsACorpusOfOne() {
        List<DynamicNode> nodes = ReplayTests.of(RuleFolders.CORPUS.resolve("agreeing/rp-good"), TestRules.evaluator())
                .toList();
        assertThat(nodes).extracting(DynamicNode::getDisplayName).containsExactly("rp-good");
        assertThatCode(() -> ((DynamicTest) ((DynamicContainer) nodes.get(0)).getChildren().toList().get(0))
                .getExecutable().execute()).doesNotThrowAnyException();
    }
}
