package org.peelrules.internal.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.drools.core.impl.RuleBaseFactory;
import org.drools.io.ByteArrayResource;
import org.kie.api.io.ResourceType;
import org.kie.api.runtime.KieSession;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.peelrules.errors.Problem;
import org.peelrules.internal.language.DrlText;
import org.peelrules.internal.run.Derivations;
import org.peelrules.internal.run.Limits;

/**
 * A rule set's compiled rules, and the only door to the rules engine (Drools): nothing outside this package
 * names an engine type. An engine is compiled from rule files or restored from its precompiled bytes; it runs
 * sessions within {@link Limits}, stage by stage in the order the rule set declares, and records which rule
 * derived which fact. Everything it takes and gives is plain: facts, problems with file and line, the rules'
 * metadata, derivations. Immutable and safe to share between threads; each run has a session of its own.
 */
public final class Engine {
    /** How many rules a fault lists, those that fired most first. */
    public static final int MOST_FIRED = GuardedSession.MOST_FIRED;

    private final CompiledRules compiled;

    private Engine(CompiledRules compiled) {
        this.compiled = compiled;
    }

    /** The compiled rules and their pool of sessions, for this package. */
    CompiledRules compiled() {
        return compiled;
    }

    // --- What an engine takes and gives -------------------------------------------------------------------------

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
     * (and the judgment stage, when asked) fires within the limits, and what it derived is read back. Close it
     * when done.
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
         * Runs the grading stage, and the judgment stage too when the question is whether a grade is awarded.
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

    // --- Compiling -------------------------------------------------------------------------------------------

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
        KnowledgeBuilder builder = KnowledgeBuilderFactory.newKnowledgeBuilder();
        ruleFiles.forEach((name, bytes) -> {
            ByteArrayResource resource = new ByteArrayResource(bytes, StandardCharsets.UTF_8.name());
            resource.setSourcePath(name);
            builder.add(resource, ResourceType.DRL);
        });
        if (builder.hasErrors()) {
            problems.addAll(DrlProblems.of(builder.getErrors(), texts, label));
            return Optional.empty();
        }
        // What the compiled code really calls decides, whatever the text check let through.
        List<Problem> refused = new ArrayList<>();
        RuleBytecode.check(builder.getKnowledgePackages(), texts, refused);
        if (!refused.isEmpty()) {
            problems.addAll(refused);
            return Optional.empty();
        }
        return Optional.of(new Engine(new CompiledRules(builder.newKieBase())));
    }

    /**
     * The same compiled rules with a pool of sessions of their own: what a reload whose rule files did not change
     * reuses.
     *
     * @return an engine sharing these compiled rules
     */
    public Engine reuse() {
        return new Engine(new CompiledRules(compiled.kieBase()));
    }

    /**
     * Every rule, package by package in the engine's order.
     *
     * @return the rules with their metadata
     */
    public List<Rule> rules() {
        return compiled.kieBase().getKiePackages().stream().flatMap(p -> p.getRules().stream())
                .map(r -> new Rule(r.getName(), text(r.getMetaData().get("id")),
                        text(r.getMetaData().get("characteristics"))))
                .toList();
    }

    private static String text(Object metadata) {
        return metadata == null ? null : metadata.toString();
    }

    // --- Precompiled -----------------------------------------------------------------------------------------

    /**
     * Writes {@code stored}, then the compiled rules, each object written passing through {@code replace}.
     *
     * @param out     where to write
     * @param stored  what to store beside the rules
     * @param replace the stored form of each object written
     * @throws IOException if writing fails
     */
    public void store(OutputStream out, Object stored, UnaryOperator<Object> replace) throws IOException {
        StoredPackages.write(out, stored, compiled.kieBase(), replace);
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
        StoredPackages.Read read = StoredPackages.read(in, resolve);
        return new Restored(read.stored(), new Engine(new CompiledRules(read.kieBase())));
    }

    /**
     * The version of the engine: precompiled rules are read only by the version that wrote them.
     *
     * @return the Drools version, or {@code unknown}
     */
    public static String version() {
        String version = RuleBaseFactory.class.getPackage().getImplementationVersion();
        return version == null ? "unknown" : version;
    }

    // --- Running ---------------------------------------------------------------------------------------------

    /**
     * Runs an evaluation on a pooled session: the facts go in, the rules without a stage fire, then each stage in
     * order.
     *
     * @param limits what the run may spend
     * @param places how a fault names the rule set and its rules
     * @param facts  the facts to put in, in order (the catalogue, then the evidence)
     * @param stages the stages in the order they run
     * @return the facts and derivations
     * @throws org.peelrules.errors.RuleSetFaultException if the rules passed the limits or failed in a rule
     */
    public Run evaluate(Limits limits, Places places, Stream<?> facts, List<String> stages) {
        try (GuardedSession guarded = GuardedSession.pooled(compiled, limits, places.ruleSet(), places.rules())) {
            KieSession session = guarded.session();
            // Which rule inserted each fact, and what it matched: the trace every judgment carries.
            DerivationRecorder derivations = DerivationRecorder.watch(session);
            List<Object> all = guarded.run(() -> {
                facts.forEach(session::insert);
                guarded.fireAllRules();
                return fireStages(guarded, stages);
            });
            // Not reached when the session faulted: a worker may still be inside it.
            derivations.unwatch(session);
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
        try (GuardedSession guarded = GuardedSession.own(compiled, limits, places.ruleSet(), places.rules())) {
            KieSession session = guarded.session();
            DerivationRecorder derivations = DerivationRecorder.watch(session);
            List<Object> all = guarded.run(() -> {
                facts.forEach(session::insert);
                return fireStages(guarded, stages);
            });
            return new Run(all, derivations);
        }
    }

    private static List<Object> fireStages(GuardedSession guarded, List<String> stages) {
        KieSession session = guarded.session();
        for (String stage : stages) {
            session.getAgenda().getAgendaGroup(stage).setFocus();
            guarded.fireAllRules();
        }
        return new ArrayList<>(session.getObjects());
    }

    /**
     * Opens a pooled session for the grading policy alone, with the standards in it.
     *
     * @param limits    what the questions may spend, all together
     * @param places    how a fault names the rule set and its rules
     * @param standards the rule set's standards, which the policy reads
     * @return the session; close it when done
     */
    public Policy policy(Limits limits, Places places, List<?> standards) {
        return new Policy(new PolicySession(compiled, limits, places.ruleSet(), places.rules(), standards));
    }

    /**
     * Sessions taken and not yet given back.
     *
     * @return how many
     */
    public int sessionsInUse() {
        return compiled.sessionsInUse();
    }
}
