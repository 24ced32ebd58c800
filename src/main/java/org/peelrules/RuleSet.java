package org.peelrules;

import java.io.IOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.jar.JarFile;
import org.drools.core.common.InternalWorkingMemory;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.kie.api.KieBase;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionsPool;
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
    private final String hash;
    private final Catalogue catalogue;
    private final KieBase kieBase;
    private final Map<String, RuleInfo> rulesByName;
    private final CheckedSubmissions checked = new CheckedSubmissions();
    /** Sessions are reset and reused rather than made afresh: their network memory costs more to build than to clear. */
    private final KieSessionsPool sessions;
    private final AtomicInteger inUse = new AtomicInteger();

    RuleSet(String name, String framework, String title, String hash, Catalogue catalogue, KieBase kieBase,
            Map<String, RuleInfo> rulesByName) {
        this.name = name;
        this.framework = framework;
        this.title = title;
        this.hash = hash;
        this.catalogue = catalogue;
        this.kieBase = kieBase;
        this.sessions = kieBase.newKieSessionsPool(1);
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

    /** Every rule by its name, as the trace looks rules up. */
    Map<String, RuleInfo> rulesByName() {
        return rulesByName;
    }

    Catalogue catalogue() {
        return catalogue;
    }

    KieBase kieBase() {
        return kieBase;
    }

    /**
     * A session with nothing in it, for one evaluation on one thread. Give it back with {@link #release}, having
     * removed any listener added to it: it is cleared and reused.
     */
    KieSession newSession() {
        KieSession session = sessions.newKieSession();
        inUse.incrementAndGet();
        return session;
    }

    void release(KieSession session) {
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
    void abandon(KieSession session) {
        try {
            if (kieBase instanceof InternalKnowledgeBase internal && session instanceof InternalWorkingMemory memory) {
                internal.disposeStatefulSession(memory);
            }
        } finally {
            inUse.decrementAndGet();
        }
    }

    /** Sessions taken and not yet given back. */
    int sessionsInUse() {
        return inUse.get();
    }

    /** Submissions already found sound against this rule set. */
    CheckedSubmissions checked() {
        return checked;
    }

    @Override
    public String toString() {
        return name + " (" + hash.substring(0, Math.min(hash.length(), 19)) + ")";
    }
}
