package org.peelrules;

import org.peelrules.internal.ruleset.RuleSetFiles;
import java.io.IOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.jar.JarFile;
import org.peelrules.internal.ruleset.CheckedSubmissions;
import org.peelrules.internal.ruleset.Catalogue;
import org.peelrules.internal.ruleset.LoadedRules;
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
    public static final String BUNDLED = RuleSetLoader.BUNDLED;
    private static final String BUNDLED_ROOT = "/org/peelrules/rules/";

    private final LoadedRules loaded;

    /** The API's view of what the loader built. */
    private RuleSet(LoadedRules loaded) {
        this.loaded = loaded;
    }

    /**
     * For the library's own packages; not part of the API: the loaded rule set the internals work on.
     *
     * @return what the loader built
     */
    public LoadedRules loaded() {
        return loaded;
    }

    /**
     * The stages the rules run in and the sentences a judgment opens with, from ruleset.yaml. For the library's
     * internals; not part of the API.
     *
     * @return the rule set's declared wording
     */
    public Wording wording() {
        return loaded.wording();
    }

    /**
     * Loads a rule set from a folder: {@code ruleset.yaml}, {@code standards.yaml}, {@code catalogue/*.yaml}
     * and any {@code *.drl} below it.
     *
     * @param folder the rule set's folder, holding its {@code ruleset.yaml}
     * @return the rule set, checked and compiled
     * @throws org.peelrules.errors.RuleSetException listing every problem, each with its file and line
     */
    public static RuleSet load(Path folder) {
        return new RuleSet(RuleSetLoader.load(folder, folder.toString()));
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
     * @throws org.peelrules.errors.RuleSetException listing every problem, each with its file and line
     */
    public static RuleSet reload(Path folder, RuleSet earlier) {
        return new RuleSet(RuleSetLoader.load(folder, folder.toString(), earlier == null ? null : earlier.loaded));
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
                    return new RuleSet(RuleSetLoader.load(RuleSetFiles.files(jar, inJar.getEntryName()), BUNDLED));
                }
            }
            return new RuleSet(RuleSetLoader.load(Path.of(url.toURI()), BUNDLED));
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
        return loaded.name();
    }

    /**
     * The framework version this rule set encodes; a submission must name the same one.
     *
     * @return the framework version, such as {@code peel-2021-22}
     */
    public String framework() {
        return loaded.framework();
    }

    /**
     * The rule set's title, from its {@code ruleset.yaml}.
     *
     * @return the title as a person would name the rule set, such as {@code PEEL assessment framework 2021/22}
     */
    public String title() {
        return loaded.title();
    }

    /**
     * The rule set's own version, from its {@code ruleset.yaml} (such as {@code 2021.22.1}): what its changelog
     * and every output name. The {@link #hash} says whether two copies are the same; the version says which
     * edition of the rules a reader is looking at.
     *
     * @return the version, such as {@code 2021.22.1}
     */
    public String version() {
        return loaded.version();
    }

    /**
     * Which rule set this is, for the foot of an output.
     *
     * @return the name, version and hash, such as {@code peel-2021-22 version 2021.22.1 (sha256:…)}
     */
    public String stamp() {
        return loaded.stamp();
    }

    /**
     * A SHA-256 over every file of the rule set: two rule sets with the same hash decide alike.
     *
     * @return the hash, as {@code sha256:} and hex digits
     */
    public String hash() {
        return loaded.hash();
    }

    /**
     * The areas the framework grades, from the rule set's catalogue.
     *
     * @return an unmodifiable list of the areas, by their number in the framework
     */
    public List<Area> areas() {
        return loaded.areas();
    }

    /**
     * The characteristics the rules assess, from the rule set's catalogue.
     *
     * @return an unmodifiable list of the characteristics, in framework numbering order (4.2.1 before 4.10.1)
     */
    public List<Characteristic> characteristics() {
        return loaded.characteristics();
    }

    /**
     * The measures a submission may report values for, from the rule set's catalogue.
     *
     * @return an unmodifiable list of the measures, by id
     */
    public List<Measure> measures() {
        return loaded.measures();
    }

    /**
     * The standards measures are held to, from the rule set's {@code standards.yaml}.
     *
     * @return an unmodifiable list of the standards, by id
     */
    public List<Standard> standards() {
        return loaded.standards();
    }

    /**
     * Every rule of the rule set.
     *
     * @return the rules with their ids, names, files and lines, by id order
     */
    public List<RuleInfo> rules() {
        return loaded.rules();
    }

    /**
     * The rule with this plain-English name, as traces and faults name rules.
     *
     * @param name the rule's name, as its {@code rule "..."} line gives it
     * @return the rule, or empty if the rule set has no rule of that name
     */
    public Optional<RuleInfo> rule(String name) {
        return loaded.rule(name);
    }

    /**
     * For the library's internals; not part of the API. Every rule by its name, as the trace looks rules up.
     *
     * @return an unmodifiable map of every rule by its plain-English name
     */
    public Map<String, RuleInfo> rulesByName() {
        return loaded.rulesByName();
    }

    /**
     * For the library's internals; not part of the API. The rule set loader's reload compares it to reuse
     * compiled rules.
     *
     * @return a digest of the rule files alone, or null when unknown
     */
    public String rulesDigest() {
        return loaded.rulesDigest();
    }

    /**
     * For the library's internals; not part of the API.
     *
     * @return the areas, topics, characteristics, measures and standards the rule set was loaded with
     */
    public Catalogue catalogue() {
        return loaded.catalogue();
    }

    /** Sessions taken and not yet given back. */
    int sessionsInUse() {
        return loaded.sessionsInUse();
    }

    /**
     * For the library's internals; not part of the API.
     *
     * @return the submissions already found sound against this rule set, so they are not checked again
     */
    public CheckedSubmissions checked() {
        return loaded.checked();
    }

    @Override
    public String toString() {
        return loaded.toString();
    }
}
