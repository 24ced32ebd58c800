package org.peelrules.internal.ruleset;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.peelrules.evidence.Submission;
import org.peelrules.internal.engine.Engine;
import org.peelrules.internal.run.Limits;
import org.peelrules.internal.run.Tracing;
import org.peelrules.rules.Area;
import org.peelrules.rules.Characteristic;
import org.peelrules.rules.Measure;
import org.peelrules.rules.Standard;

/**
 * What loading a rule set folder gives: its manifest, catalogue, compiled rules and rule index, immutable and safe to
 * share between threads. {@link org.peelrules.LoadedRules} is the API's view of it; the library's internals work on
 * this, so that they never depend on the API package.
 */
public final class LoadedRules {
    private final String name;
    private final String framework;
    private final String title;
    private final String version;
    private final String hash;
    private final Catalogue catalogue;
    private final Engine engine;
    private final Map<String, RuleInfo> rulesByName;
    private final CheckedSubmissions checked = new CheckedSubmissions();

    /**
     * The stages the rules run in and the sentences a judgment opens with, from ruleset.yaml.
     *
     * @return the rule set's declared wording
     */
    public Wording wording() {
        return wording;
    }

    /** A digest of the rule files alone, or null: a reload whose rule files have the same one reuses the rule base. */
    private final String rulesDigest;
    /** The stages and the sentences a judgment opens with, as ruleset.yaml declares them. */
    private final Wording wording;

    /**
     * The rule set the loader built.
     *
     * @param name        the rule set's name, from its {@code ruleset.yaml}
     * @param framework   the framework version it encodes, such as {@code peel-2021-22}
     * @param title       its title, as a person would name it
     * @param version     its own version, such as {@code 2021.22.1}
     * @param hash        a SHA-256 over every file of the rule set
     * @param catalogue   the areas, topics, characteristics, measures and standards it was loaded with
     * @param engine      its compiled rules
     * @param rulesByName every rule by its plain-English name; copied
     * @param rulesDigest a digest of the rule files alone, or null when unknown (a reload then recompiles)
     * @param wording     the stages its rules run in and the sentences a judgment opens with, from {@code ruleset.yaml}
     */
    public LoadedRules(String name, String framework, String title, String version, String hash, Catalogue catalogue,
            Engine engine, Map<String, RuleInfo> rulesByName, String rulesDigest, Wording wording) {
        this.rulesDigest = rulesDigest;
        this.wording = wording;
        this.name = name;
        this.framework = framework;
        this.title = title;
        this.version = version;
        this.hash = hash;
        this.catalogue = catalogue;
        this.engine = engine;
        this.rulesByName = Map.copyOf(rulesByName);
    }

    /**
     * The rule set's name, from its {@code ruleset.yaml} (such as {@code peel-2021-22}); messages and outputs
     * name the rule set by it.
     *
     * @return the name
     */
    public String name() {
        return name;
    }

    /**
     * The framework version this rule set encodes; a submission must name the same one.
     *
     * @return the framework version, such as {@code peel-2021-22}
     */
    public String framework() {
        return framework;
    }

    /**
     * The rule set's title, from its {@code ruleset.yaml}.
     *
     * @return the title as a person would name the rule set, such as {@code PEEL assessment framework 2021/22}
     */
    public String title() {
        return title;
    }

    /**
     * The rule set's own version, from its {@code ruleset.yaml} (such as {@code 2021.22.1}): what its changelog
     * and every output name. The {@link #hash} says whether two copies are the same; the version says which
     * edition of the rules a reader is looking at.
     *
     * @return the version, such as {@code 2021.22.1}
     */
    public String version() {
        return version;
    }

    /**
     * Which rule set this is, for the foot of an output.
     *
     * @return the name, version and hash, such as {@code peel-2021-22 version 2021.22.1 (sha256:…)}
     */
    public String stamp() {
        return name + " version " + version + " (" + hash + ")";
    }

    /**
     * A SHA-256 over every file of the rule set: two rule sets with the same hash decide alike.
     *
     * @return the hash, as {@code sha256:} and hex digits
     */
    public String hash() {
        return hash;
    }

    /**
     * The areas the framework grades, from the rule set's catalogue.
     *
     * @return an unmodifiable list of the areas, by their number in the framework
     */
    public List<Area> areas() {
        return catalogue.areas();
    }

    /**
     * The characteristics the rules assess, from the rule set's catalogue.
     *
     * @return an unmodifiable list of the characteristics, in framework numbering order (4.2.1 before 4.10.1)
     */
    public List<Characteristic> characteristics() {
        return catalogue.characteristics();
    }

    /**
     * The measures a submission may report values for, from the rule set's catalogue.
     *
     * @return an unmodifiable list of the measures, by id
     */
    public List<Measure> measures() {
        return catalogue.measures();
    }

    /**
     * The standards measures are held to, from the rule set's {@code standards.yaml}.
     *
     * @return an unmodifiable list of the standards, by id
     */
    public List<Standard> standards() {
        return catalogue.standards();
    }

    /**
     * Every rule of the rule set.
     *
     * @return the rules with their ids, names, files and lines, by id order
     */
    public List<RuleInfo> rules() {
        return rulesByName.values().stream().sorted(java.util.Comparator.comparing(RuleInfo::id)).toList();
    }

    /**
     * The rule with this plain-English name, as traces and faults name rules.
     *
     * @param name the rule's name, as its {@code rule "..."} line gives it
     * @return the rule, or empty if the rule set has no rule of that name
     */
    public Optional<RuleInfo> rule(String name) {
        return Optional.ofNullable(rulesByName.get(name));
    }

    /**
     * Every rule by its name, as the trace looks rules up.
     *
     * @return an unmodifiable map of every rule by its plain-English name
     */
    public Map<String, RuleInfo> rulesByName() {
        return rulesByName;
    }

    /**
     * The rule set loader's reload compares it to reuse
     * compiled rules.
     *
     * @return a digest of the rule files alone, or null when unknown
     */
    public String rulesDigest() {
        return rulesDigest;
    }

    /**
     * @return the areas, topics, characteristics, measures and standards the rule set was loaded with
     */
    public Catalogue catalogue() {
        return catalogue;
    }

    /**
     * @return the compiled rules and their pool of sessions
     */
    public Engine engine() {
        return engine;
    }

    /** Sessions taken and not yet given back. */
    public int sessionsInUse() {
        return engine.sessionsInUse();
    }

    /**
     * How a fault names this rule set and places its rules.
     *
     * @return the rule set's name, and each rule's file and line
     */
    public Engine.Places places() {
        return new Engine.Places(name, rule -> rule(rule).map(RuleInfo::location));
    }

    /**
     * Runs the rules over a submission: the catalogue and the evidence go in, and the rules fire stage by stage in
     * the order the rule set declares.
     *
     * @param limits     what the run may spend
     * @param submission the submission, already checked against the rule set
     * @param tracing    what to record of which rule derived which fact
     * @return every fact the session ended with, and which rule derived which
     * @throws org.peelrules.errors.RuleSetFaultException if the rules passed the limits or failed in a rule
     */
    public Engine.Run evaluate(Limits limits, Submission submission, Tracing tracing) {
        return engine.evaluate(limits, places(), Stream.concat(catalogue.facts().stream(), submission.items()),
                wording.stages(), tracing);
    }

    /**
     * @return the submissions already found sound against this rule set, so they are not checked again
     */
    public CheckedSubmissions checked() {
        return checked;
    }

    @Override
    public String toString() {
        return name + " " + version + " (" + hash.substring(0, Math.min(hash.length(), 19)) + ")";
    }
}
