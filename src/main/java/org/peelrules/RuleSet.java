package org.peelrules;

import java.io.IOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.jar.JarFile;
import org.peelrules.internal.read.CheckedSubmissions;
import org.peelrules.internal.ruleset.Catalogue;
import org.peelrules.internal.ruleset.CompiledRules;
import org.peelrules.internal.ruleset.RuleInfo;
import org.peelrules.internal.ruleset.RuleSetLoader;
import org.peelrules.internal.ruleset.Wording;
import org.peelrules.rules.Area;
import org.peelrules.rules.Characteristic;
import org.peelrules.rules.Measure;
import org.peelrules.rules.Standard;

/**
 * A loaded, checked and compiled rule set for one framework version: immutable and safe to share between
 * threads. Build it once; evaluate many submissions with an {@link Evaluator}.
 */
public final class RuleSet {
    /** The framework version of the rule set packaged in the jar. */
    public static final String BUNDLED = "peel-2021-22";
    private static final String BUNDLED_ROOT = "/org/peelrules/rules/";

    private final String name;
    private final String framework;
    private final String title;
    private final String version;
    private final String hash;
    private final Catalogue catalogue;
    private final CompiledRules compiled;
    private final Map<String, RuleInfo> rulesByName;
    private final CheckedSubmissions checked = new CheckedSubmissions();

    /**
     * The stages the rules run in and the sentences a judgment opens with, from ruleset.yaml. For the library's
     * internals; not part of the API.
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
     * For the library's internals; not part of the API. The rule set loader builds every rule set with this;
     * users load one with {@link #load}, {@link #reload} or {@link #bundled}.
     *
     * @param name        the rule set's name, from its {@code ruleset.yaml}
     * @param framework   the framework version it encodes, such as {@code peel-2021-22}
     * @param title       its title, as a person would name it
     * @param version     its own version, such as {@code 2021.22.1}
     * @param hash        a SHA-256 over every file of the rule set
     * @param catalogue   the areas, topics, characteristics, measures and standards it was loaded with
     * @param compiled    its compiled rules
     * @param rulesByName every rule by its plain-English name; copied
     * @param rulesDigest a digest of the rule files alone, or null when unknown (a reload then recompiles)
     * @param wording     the stages its rules run in and the sentences a judgment opens with, from {@code ruleset.yaml}
     */
    public RuleSet(String name, String framework, String title, String version, String hash, Catalogue catalogue,
            CompiledRules compiled, Map<String, RuleInfo> rulesByName, String rulesDigest, Wording wording) {
        this.rulesDigest = rulesDigest;
        this.wording = wording;
        this.name = name;
        this.framework = framework;
        this.title = title;
        this.version = version;
        this.hash = hash;
        this.catalogue = catalogue;
        this.compiled = compiled;
        this.rulesByName = Map.copyOf(rulesByName);
    }

    /**
     * Loads a rule set from a folder: {@code ruleset.yaml}, {@code standards.yaml}, {@code catalogue/*.yaml}
     * and any {@code *.drl} below it.
     *
     * @param folder the rule set's folder, holding its {@code ruleset.yaml}
     * @return the rule set, checked and compiled
     * @throws RuleSetException listing every problem, each with its file and line
     */
    public static RuleSet load(Path folder) {
        return RuleSetLoader.load(folder, folder.toString());
    }

    /**
     * Loads a rule set from a folder again, after an edit, as {@link #load(Path)} does and with the same checks,
     * but reusing the compiled rules of {@code earlier} when the folder's rule files ({@code *.drl}) are byte for
     * byte those it was built from. A policy team's edit to {@code standards.yaml} or the catalogue then loads in a
     * small fraction of the time a compilation takes. {@code earlier} may be null, or a rule set from anywhere:
     * it is reused only if its rule files match.
     *
     * @param folder  the rule set's folder, holding its {@code ruleset.yaml}
     * @param earlier a rule set loaded before whose compiled rules may be reused, or null to compile afresh
     * @return the rule set, checked and compiled (or with {@code earlier}'s compiled rules)
     * @throws RuleSetException listing every problem, each with its file and line
     */
    public static RuleSet reload(Path folder, RuleSet earlier) {
        return RuleSetLoader.load(folder, folder.toString(), earlier);
    }

    /**
     * Loads the rule set packaged in the jar ({@value #BUNDLED}).
     *
     * @return the bundled rule set, checked and compiled
     * @throws IllegalStateException if the bundled rule set is missing from the classpath or cannot be read
     */
    public static RuleSet bundled() {
        URL url = RuleSet.class.getResource(BUNDLED_ROOT + BUNDLED);
        if (url == null) {
            throw new IllegalStateException("the bundled rule set is missing from the classpath");
        }
        try {
            if (url.openConnection() instanceof JarURLConnection inJar) {
                inJar.setUseCaches(false);
                try (JarFile jar = inJar.getJarFile()) {
                    return RuleSetLoader.load(RuleSetLoader.files(jar, inJar.getEntryName()), BUNDLED);
                }
            }
            return RuleSetLoader.load(Path.of(url.toURI()), BUNDLED);
        } catch (URISyntaxException | IOException e) {
            throw new IllegalStateException("cannot open the bundled rule set", e);
        }
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
     * For the library's internals; not part of the API. Every rule by its name, as the trace looks rules up.
     *
     * @return an unmodifiable map of every rule by its plain-English name
     */
    public Map<String, RuleInfo> rulesByName() {
        return rulesByName;
    }

    /**
     * For the library's internals; not part of the API. The rule set loader's reload compares it to reuse
     * compiled rules.
     *
     * @return a digest of the rule files alone, or null when unknown
     */
    public String rulesDigest() {
        return rulesDigest;
    }

    /**
     * For the library's internals; not part of the API.
     *
     * @return the areas, topics, characteristics, measures and standards the rule set was loaded with
     */
    public Catalogue catalogue() {
        return catalogue;
    }

    /**
     * For the library's internals; not part of the API.
     *
     * @return the compiled rules and their pool of sessions
     */
    public CompiledRules compiled() {
        return compiled;
    }

    /** Sessions taken and not yet given back. */
    int sessionsInUse() {
        return compiled.sessionsInUse();
    }

    /**
     * For the library's internals; not part of the API.
     *
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
