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

    /** A digest of the rule files alone, or null: a reload whose rule files have the same one reuses the rule base. */
    private final String rulesDigest;

    /**
     * For the rule set loader, which builds every rule set; users load one with {@link #load} or {@link #bundled}.
     */
    public RuleSet(String name, String framework, String title, String version, String hash, Catalogue catalogue,
            CompiledRules compiled, Map<String, RuleInfo> rulesByName, String rulesDigest) {
        this.rulesDigest = rulesDigest;
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
     * @throws RuleSetException listing every problem, each with its file and line
     */
    public static RuleSet reload(Path folder, RuleSet earlier) {
        return RuleSetLoader.load(folder, folder.toString(), earlier);
    }

    /** Loads the rule set packaged in the jar ({@value #BUNDLED}). */
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

    public String name() {
        return name;
    }

    /** The framework version this rule set encodes, such as {@code peel-2021-22}. */
    public String framework() {
        return framework;
    }

    public String title() {
        return title;
    }

    /**
     * The rule set's own version, from its {@code ruleset.yaml} (such as {@code 2021.22.1}): what its changelog
     * and every output name. The {@link #hash} says whether two copies are the same; the version says which
     * edition of the rules a reader is looking at.
     */
    public String version() {
        return version;
    }

    /**
     * Which rule set this is, for the foot of an output: {@code peel-2021-22 version 2021.22.1 (sha256:…)}.
     */
    public String stamp() {
        return name + " version " + version + " (" + hash + ")";
    }

    /** A SHA-256 over every file of the rule set: two rule sets with the same hash decide alike. */
    public String hash() {
        return hash;
    }

    public List<Area> areas() {
        return catalogue.areas();
    }

    public List<Characteristic> characteristics() {
        return catalogue.characteristics();
    }

    public List<Measure> measures() {
        return catalogue.measures();
    }

    public List<Standard> standards() {
        return catalogue.standards();
    }

    /** Every rule, by id order. */
    public List<RuleInfo> rules() {
        return rulesByName.values().stream().sorted(java.util.Comparator.comparing(RuleInfo::id)).toList();
    }

    /** The rule with this plain-English name. */
    public Optional<RuleInfo> rule(String name) {
        return Optional.ofNullable(rulesByName.get(name));
    }

    /** Every rule by its name, as the trace looks rules up. For the library's internals. */
    public Map<String, RuleInfo> rulesByName() {
        return rulesByName;
    }

    /** A digest of the rule files alone, or null when unknown. For the rule set loader's reload. */
    public String rulesDigest() {
        return rulesDigest;
    }

    /** The areas, topics, characteristics, measures and standards. For the library's internals. */
    public Catalogue catalogue() {
        return catalogue;
    }

    /** The compiled rules and their sessions. For the library's internals. */
    public CompiledRules compiled() {
        return compiled;
    }

    /** Sessions taken and not yet given back. */
    int sessionsInUse() {
        return compiled.sessionsInUse();
    }

    /** Submissions already found sound against this rule set. For the library's internals. */
    public CheckedSubmissions checked() {
        return checked;
    }

    @Override
    public String toString() {
        return name + " " + version + " (" + hash.substring(0, Math.min(hash.length(), 19)) + ")";
    }
}
