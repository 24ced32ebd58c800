package org.peelrules;

import org.peelrules.errors.Problem;
import org.peelrules.errors.RuleSetFaultException;
import org.peelrules.internal.engine.Engine;
import org.peelrules.judgment.Assessment;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.peelrules.errors.RuleSetFaultException.Fault;
import org.peelrules.evidence.Submission;

/**
 * Every folder under src/test/resources/budget-rules adds a rule to a copy of the bundled rule set that the
 * rule language allows but that misbehaves when it runs: it fires without end, inserts without end, spins in
 * plain Java, recurses, throws, or asks for more memory than there is. Each evaluation fails with a
 * {@link RuleSetFaultException} that says which budget or failure it was and names the rule at its file and
 * line, and the host goes on evaluating with a sane rule set.
 */
class RuleSetBudgetTest {
    static final Path BUDGET_RULES = Path.of("src/test/resources/budget-rules");
    static final Path WEST_MERCIA = Path.of("examples/west-mercia-2021-22/evidence.json");
    /**
     * Small enough that a test meets it quickly, yet seven times the firings and fourteen times the facts the
     * largest example uses. The wall time is long: a loaded machine can take seconds to refuse an allocation
     * larger than the heap, and only the rule that never returns is meant to meet it.
     */
    static final Budget SMALL = new Budget(Duration.ofSeconds(30), 5_000, 20_000);

    static Stream<Arguments> fixtures() {
        return Stream.of(
                Arguments.of("endless-firings", SMALL, Fault.FIRINGS,
                        "the evaluation passed its budget of 5,000 rule firings", "Echo every signal"),
                Arguments.of("endless-insert", SMALL, Fault.FACTS,
                        "the evaluation passed its budget of 20,000 facts", "Flood the session"),
                // Long enough for a cold JVM on a loaded machine to reach the rule, which then never returns.
                Arguments.of("endless-loop", SMALL.withWallTime(Duration.ofSeconds(10)), Fault.WALL_TIME,
                        "the evaluation passed its budget of 10 s of wall time", "Spin for ever"),
                Arguments.of("deep-recursion", SMALL, Fault.STACK_OVERFLOW,
                        "the stack overflowed in rule \"Recurse without end\" (hostile.drl:", "Recurse without end"),
                Arguments.of("throwing-consequence", SMALL, Fault.EXCEPTION,
                        "NumberFormatException thrown in rule \"Read a number that is not one\" (hostile.drl:",
                        "Read a number that is not one"),
                Arguments.of("huge-allocation", SMALL, Fault.OUT_OF_MEMORY,
                        "memory ran out in rule \"Ask for all the memory\" (hostile.drl:", "Ask for all the memory"));
    }

    @ParameterizedTest(name = "{0}: {2}")
    @MethodSource("fixtures")
    void aMisbehavingRuleFailsTheEvaluationWithAFaultNamingIt(String kind, Budget budget, Fault fault, String says,
                                                              String rule, @TempDir Path tmp) throws Exception {
        Path folder = RuleFolders.copy(TestRules.FOLDER, tmp.resolve("rules"), BUDGET_RULES.resolve(kind));
        RuleSet ruleSet = RuleSet.load(folder);
        Evaluator evaluator = Evaluator.of(ruleSet).withBudget(budget);
        Submission submission = SubmissionReader.read(WEST_MERCIA);

        RuleSetFaultException e = catchThrowableOfType(() -> evaluator.evaluate(submission),
                RuleSetFaultException.class);

        assertThat(e).as(kind).isNotNull();
        assertThat(e.fault()).isEqualTo(fault);
        assertThat(e.getMessage()).startsWith("rule set " + ruleSet.name() + " faulted: ").contains(says);
        int line = lineOf(folder.resolve("hostile.drl"), "rule \"" + rule + "\"");
        assertThat(e.problems().get(0)).satisfies(p -> {
            assertThat(p.where()).isEqualTo("hostile.drl:" + line);
            assertThat(p.message()).startsWith("rule \"" + rule + "\" ");
        });
        assertThat(e.problems()).hasSizeLessThanOrEqualTo(1 + Engine.MOST_FIRED);
        // No stack trace in what a person reads.
        assertThat(e.getMessage()).doesNotContain("\tat ").doesNotContain("java.lang.");
        // The host survives: a sane rule set still evaluates, on a fresh worker.
        assertThat(TestRules.evaluator().evaluate(submission).judgments()).isNotEmpty();
        // And no thread is left running the rule: one that never returns is stopped once abandoned (Java 17 to
        // 19 can stop a thread; later versions leave it running as a daemon).
        // The session is let go once no thread is inside it.
        if (Runtime.version().feature() < 20 || fault != Fault.WALL_TIME) {
            assertThat(threadsInsideRule(rule, TimeUnit.MINUTES.toNanos(1))).as("threads inside %s", rule).isEmpty();
            long until = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
            while (ruleSet.sessionsInUse() > 0 && System.nanoTime() < until) {
                Thread.sleep(50);
            }
            assertThat(ruleSet.sessionsInUse()).as("sessions not let go").isZero();
        }
    }

    /** The threads still running a rule's consequence, once none is or when {@code patience} runs out. */
    private static List<String> threadsInsideRule(String rule, long patience) throws InterruptedException {
        String prefix = "org.peelrules.ruleset.Rule_" + rule.replace(' ', '_');
        long until = System.nanoTime() + patience;
        List<String> inside;
        do {
            inside = Thread.getAllStackTraces().entrySet().stream()
                    .filter(t -> Arrays.stream(t.getValue()).anyMatch(f -> f.getClassName().startsWith(prefix)))
                    .map(t -> t.getKey().getName()).toList();
            if (!inside.isEmpty()) {
                Thread.sleep(100);
            }
        } while (!inside.isEmpty() && System.nanoTime() < until);
        return inside;
    }

    @Test
    void aBudgetFaultListsTheRulesThatFiredMostWithTheirCounts(@TempDir Path tmp) {
        Path folder = RuleFolders.copy(TestRules.FOLDER, tmp.resolve("rules"),
                BUDGET_RULES.resolve("endless-firings"));
        Evaluator evaluator = Evaluator.of(RuleSet.load(folder)).withBudget(SMALL);

        RuleSetFaultException e = catchThrowableOfType(() -> evaluator.evaluate(SubmissionReader.read(WEST_MERCIA)),
                RuleSetFaultException.class);

        // Halted between firings, no rule was firing: the problems are the rules that fired most, most first.
        List<String> listed = e.problems().stream().map(Problem::message).toList();
        assertThat(listed).hasSize(Engine.MOST_FIRED);
        assertThat(listed.get(0)).matches("rule \"Echo every signal\" fired [0-9],[0-9]{3} times");
        assertThat(listed.get(1)).isEqualTo("rule \"Seed a signal\" fired 151 times");
        assertThat(e.getMessage()).contains("hostile.drl:16: rule \"Echo every signal\" fired ");
    }

    @Test
    void everyExampleEvaluatesWithinAHundredthOfTheDefaultBudget() throws Exception {
        // What docs/authoring-rules.md says of the defaults: a sane rule set never comes near them.
        Budget hundredth = new Budget(Budget.DEFAULT.wallTime(), Budget.DEFAULT.firings() / 100,
                Budget.DEFAULT.facts() / 100);
        Evaluator evaluator = TestRules.evaluator().withBudget(hundredth);
        try (Stream<Path> files = Files.walk(TestRules.EXAMPLES)) {
            List<Path> examples = files.filter(f -> f.getFileName().toString().equals("evidence.json")).sorted()
                    .toList();
            assertThat(examples).hasSizeGreaterThan(10);
            for (Path example : examples) {
                Assessment a = evaluator.evaluate(SubmissionReader.read(example));
                assertThat(a).as(example.toString()).isEqualTo(TestRules.evaluator().evaluate(
                        SubmissionReader.read(example)));
            }
        }
    }

    @Test
    void aBudgetMustBePositive() {
        assertThat(catchThrowableOfType(() -> Budget.DEFAULT.withFirings(0), IllegalArgumentException.class))
                .hasMessage("a budget's rule firings must be at least 1, not 0");
        assertThat(catchThrowableOfType(() -> Budget.DEFAULT.withWallTime(Duration.ZERO),
                IllegalArgumentException.class)).hasMessageContaining("wall time must be positive");
        assertThat(Budget.DEFAULT).hasToString("60 s, 1,000,000 rule firings, 500,000 facts");
        assertThat(Evaluator.of(TestRules.ruleSet()).budget()).isEqualTo(Budget.DEFAULT);
    }

    private static int lineOf(Path file, String text) {
        List<String> lines = RuleFolders.read(file).lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(text)) {
                return i + 1;
            }
        }
        throw new AssertionError(text + " not in " + file);
    }
}
