package org.peelrules.internal.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.drools.core.common.InternalWorkingMemory;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.kie.api.KieBase;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionsPool;
import org.peelrules.errors.Problem;
import org.peelrules.internal.language.DrlText;
import org.peelrules.internal.run.Derivations;
import org.peelrules.internal.run.Tracing;
import org.peelrules.internal.run.Limits;

/**
 * A rule set's compiled rules, and the one door to the rules engine (Drools): nothing outside this package names
 * an engine type, and inside it only Engine and the three Drools adapters beside it do ({@link DroolsCompiler},
 * {@link DroolsStore}, {@link DroolsSession}). An engine is compiled from rule files or restored from its
 * precompiled bytes; it runs sessions within {@link Limits}, stage by stage in the order the rule set declares,
 * and records which rule derived which fact. Everything it takes and gives is plain: facts, problems with file
 * and line, the rules' metadata, derivations. The helpers beside it are given plain values too: a
 * {@link RulesSession} to guard and watch, the compiler's errors and compiled classes as records. Immutable and
 * safe to share between threads; each run has a session of its own.
 */
public final class Engine {
    /** How many rules a fault lists, those that fired most first. */
    public static final int MOST_FIRED = GuardedSession.MOST_FIRED;
    /**
     * The stage whose rules tally each area and say which grade's descriptor it meets: one of the two stages the
     * library asks by name, to explain why an area got no higher grade. Their names are the contract between the
     * rule files and the library; the order every stage fires in is the rule set's, declared in its
     * {@code ruleset.yaml}.
     */
    public static final String GRADING = "grading";
    /** The stage whose rules award each area its grade or ungraded outcome: the other stage asked by name. */
    public static final String JUDGMENT = "judgment";

    private final KieBase kieBase;
    /** Sessions are reset and reused rather than made afresh: their network memory costs more to build than to clear. */
    private final KieSessionsPool sessions;
    private final AtomicInteger inUse = new AtomicInteger();

    private Engine(KieBase kieBase) {
        this.kieBase = kieBase;
        this.sessions = kieBase.newKieSessionsPool(1);
    }

    /** The compiled rule base, for the tests that look behind the engine; the library never hands it out. */
    KieBase kieBase() {
        return kieBase;
    }

    /**
     * A rule as compiled, with the metadata its header declares.
     *
     * @param name            its plain-English name
     * @param id              its {@code @id}, or null when it has none
     * @param characteristics its {@code @characteristics} as written, or null when it has none
     */
    public record Rule(String name, String id, String characteristics) {
    }

    /**
     * How a fault names what it is about.
     *
     * @param ruleSet the rule set's name
     * @param rules   a rule's {@code file:line} by its name, empty for a rule the rule set does not list
     */
    public record Places(String ruleSet, Function<String, Optional<String>> rules) {
    }

    /**
     * What one run left: every fact in the session, and the derivations recorded as the rules fired.
     *
     * @param facts       every fact the session held at the end, those put in among them
     * @param derivations which rule inserted each fact, and what it matched
     */
    public record Run(List<Object> facts, Derivations derivations) {
        /**
         * Copies the facts, so that a run cannot change after it is made.
         *
         * @param facts       every fact the session held at the end
         * @param derivations which rule inserted each fact, and what it matched
         */
        public Run {
            facts = List.copyOf(facts);
        }
    }

    /**
     * A session the grading policy alone is asked in: facts go in from the calling thread, the grading stage
     * (and the judgment stage, when asked, in the order the rule set declares them) fires within the limits, and
     * what it derived is read back. Close it when done.
     */
    public static final class Policy implements AutoCloseable {
        private final PolicySession session;

        private Policy(PolicySession session) {
            this.session = session;
        }

        /**
         * Puts a fact in, counted against the limits; the rules fire in {@link #fire}.
         *
         * @param fact the fact
         */
        public void insert(Object fact) {
            session.insert(fact);
        }

        /**
         * Runs the grading stage, and the judgment stage too when the question is whether a grade is awarded, in
         * the order the rule set declares.
         *
         * @param judge whether the judgment stage runs as well
         */
        public void fire(boolean judge) {
            session.fire(judge);
        }

        /**
         * The session's facts of a type.
         *
         * @param type the type
         * @param <T>  the type
         * @return the facts
         */
        public <T> Stream<T> facts(Class<T> type) {
            return session.facts(type);
        }

        /**
         * Which rule inserted each fact.
         *
         * @return the derivations recorded so far
         */
        public Derivations derivations() {
            return session.derivations();
        }

        @Override
        public void close() {
            session.close();
        }
    }

    /**
     * An engine restored from its precompiled bytes, with what was stored beside it.
     *
     * @param stored what {@link #store} was given to store beside the rules
     * @param engine the engine
     */
    public record Restored(Object stored, Engine engine) {
    }

    /**
     * Compiles rule files, and checks what their compiled code calls against the rule language's allowlist.
     *
     * @param ruleFiles every rule file's bytes, by its path in the rule set
     * @param texts     the same files read as text, where problems are placed
     * @param label     where a problem no file owns is placed
     * @param problems  where every compiler error and refused call is added, each at its file and line
     * @return the engine, or empty when a problem was added
     */
    public static Optional<Engine> compile(Map<String, byte[]> ruleFiles, Map<String, DrlText> texts, String label,
                                           List<Problem> problems) {
        return DroolsCompiler.compile(ruleFiles, texts, label, problems).map(Engine::new);
    }

    /**
     * The same compiled rules with a pool of sessions of their own: what a reload whose rule files did not change
     * reuses.
     *
     * @return an engine sharing these compiled rules
     */
    public Engine reuse() {
        return new Engine(kieBase);
    }

    /**
     * Every rule, package by package in the engine's order.
     *
     * @return the rules with their metadata
     */
    public List<Rule> rules() {
        return kieBase.getKiePackages().stream().flatMap(p -> p.getRules().stream())
                .map(r -> new Rule(r.getName(), text(r.getMetaData().get("id")),
                        text(r.getMetaData().get("characteristics"))))
                .toList();
    }

    private static String text(Object metadata) {
        return metadata == null ? null : metadata.toString();
    }

    /**
     * Writes {@code stored}, then the compiled rules, each object written passing through {@code replace}.
     *
     * @param out     where to write
     * @param stored  what to store beside the rules
     * @param replace the stored form of each object written
     * @throws IOException if writing fails
     */
    public void store(OutputStream out, Object stored, UnaryOperator<Object> replace) throws IOException {
        DroolsStore.write(kieBase, out, stored, replace);
    }

    /**
     * Reads what {@link #store} wrote, each object read passing through {@code resolve}.
     *
     * @param in      where to read
     * @param resolve the object each stored form stands for
     * @return the engine and what was stored beside it
     * @throws IOException            if reading fails
     * @throws ClassNotFoundException if a stored class is not on the class path
     */
    public static Restored restore(InputStream in, UnaryOperator<Object> resolve)
            throws IOException, ClassNotFoundException {
        DroolsStore.Read read = DroolsStore.read(in, resolve);
        return new Restored(read.stored(), new Engine(read.rules()));
    }

    /**
     * The version of the engine: precompiled rules are read only by the version that wrote them.
     *
     * @return the Drools version, or {@code unknown}
     */
    public static String version() {
        return DroolsStore.version();
    }

    /**
     * Runs an evaluation on a pooled session: the facts go in, the rules without a stage fire, then each stage in
     * order.
     *
     * @param limits what the run may spend
     * @param places how a fault names the rule set and its rules
     * @param facts  the facts to put in, in order (the catalogue, then the evidence)
     * @param stages the stages in the order they run
     * @param tracing what to record of which rule derived which fact
     * @return the facts and derivations
     * @throws org.peelrules.errors.RuleSetFaultException if the rules passed the limits or failed in a rule
     */
    public Run evaluate(Limits limits, Places places, Stream<?> facts, List<String> stages, Tracing tracing) {
        try (GuardedSession guarded = pooled(limits, places)) {
            RulesSession session = guarded.session();
            DerivationRecorder derivations = DerivationRecorder.watch(session, tracing);
            List<Object> all = guarded.run(() -> {
                facts.forEach(session::insert);
                guarded.fireAllRules();
                return fireStages(guarded, stages);
            });
            // Not reached when the session faulted: a worker may still be inside it.
            derivations.unwatch();
            return new Run(all, derivations);
        }
    }

    /**
     * Runs only the given stages, in order, on a session of its own (one left too full to reuse): how the grading
     * policy is asked about made-up areas.
     *
     * @param limits what the run may spend
     * @param places how a fault names the rule set and its rules
     * @param facts  the facts to put in, in order
     * @param stages the stages to run, in order
     * @return the facts and derivations
     * @throws org.peelrules.errors.RuleSetFaultException if the rules passed the limits or failed in a rule
     */
    public Run runStages(Limits limits, Places places, Stream<?> facts, List<String> stages) {
        try (GuardedSession guarded = own(limits, places)) {
            RulesSession session = guarded.session();
            DerivationRecorder derivations = DerivationRecorder.watch(session, Tracing.EVERY_FACT);
            List<Object> all = guarded.run(() -> {
                facts.forEach(session::insert);
                return fireStages(guarded, stages);
            });
            return new Run(all, derivations);
        }
    }

    private static List<Object> fireStages(GuardedSession guarded, List<String> stages) {
        RulesSession session = guarded.session();
        for (String stage : stages) {
            session.focus(stage);
            guarded.fireAllRules();
        }
        return session.facts();
    }

    /**
     * Opens a pooled session for the grading policy alone, with the standards in it.
     *
     * @param limits    what the questions may spend, all together
     * @param places    how a fault names the rule set and its rules
     * @param standards the rule set's standards, which the policy reads
     * @param stages    every stage, in the order the rule set declares; of them, the policy runs
     *                  {@value #GRADING} and {@value #JUDGMENT}, in the order declared
     * @return the session; close it when done
     */
    public Policy policy(Limits limits, Places places, List<?> standards, List<String> stages) {
        List<String> grading = stages.stream().filter(GRADING::equals).toList();
        List<String> judging = stages.stream().filter(s -> s.equals(GRADING) || s.equals(JUDGMENT)).toList();
        return new Policy(new PolicySession(pooled(limits, places), standards, grading, judging));
    }

    /**
     * Sessions taken and not yet given back.
     *
     * @return how many
     */
    public int sessionsInUse() {
        return inUse.get();
    }

    /** A session from the pool, for an evaluation: given back to the pool when it ends well. */
    private GuardedSession pooled(Limits limits, Places places) {
        KieSession session = sessions.newKieSession();
        inUse.incrementAndGet();
        return new GuardedSession(places.ruleSet(), places.rules(), new DroolsSession(session), limits,
                () -> release(session), () -> abandon(session));
    }

    /** A session of its own, disposed when done, for work that leaves a session too full to reuse. */
    private GuardedSession own(Limits limits, Places places) {
        KieSession session = kieBase.newKieSession();
        return new GuardedSession(places.ruleSet(), places.rules(), new DroolsSession(session), limits, session::dispose,
                () -> { });
    }

    /** Gives a pooled session back, every watcher removed from it: the pool clears it and hands it out again. */
    private void release(KieSession session) {
        try {
            session.dispose();
        } finally {
            inUse.decrementAndGet();
        }
    }

    /**
     * Forgets a session that faulted, once no worker is inside it: it is not given back to the pool, whose reset
     * was never meant for a session halted mid-way or left by a stack overflow, only let go by the rule base so
     * that it can be collected.
     */
    private void abandon(KieSession session) {
        try {
            if (kieBase instanceof InternalKnowledgeBase internal && session instanceof InternalWorkingMemory memory) {
                internal.disposeStatefulSession(memory);
            }
        } finally {
            inUse.decrementAndGet();
        }
    }
}
