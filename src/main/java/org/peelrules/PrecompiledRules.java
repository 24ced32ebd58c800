package org.peelrules;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.drools.base.common.DroolsObjectInputStream;
import org.drools.base.common.DroolsObjectOutputStream;
import org.drools.core.impl.InternalRuleBase;
import org.drools.core.impl.RuleBaseFactory;
import org.drools.kiesession.rulebase.KnowledgeBaseFactory;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.definition.KiePackage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bundled rule set's rule packages, compiled when the jar is built, so that a command-line start does not
 * parse the DRL and compile its Java again (about two seconds of a cold start). Only the bundled rule set has
 * them, and they are used only while they fit: they are keyed by a hash of the very rule files they were
 * compiled from and by the Drools version that compiled them. Anything else (a rule folder, an edited rule
 * file, another Drools, an unreadable file) takes the classic build, which is also the one that reports
 * problems with file and line; the packages themselves come from that same classic build.
 */
final class PrecompiledRules {
    private static final Logger LOG = LoggerFactory.getLogger(PrecompiledRules.class);
    /** Where the packages sit in the jar, beside the bundled rule set's folder. */
    static final String RESOURCE = "/org/peelrules/rules/" + RuleSet.BUNDLED + ".packages";
    private static final String FORMAT = "peel-rules precompiled packages 1";
    /** {@code -Dpeel.precompiled=off} always takes the classic build: to compare the two, or rule one out. */
    private static final boolean ENABLED = !"off".equals(System.getProperty("peel.precompiled"));

    private PrecompiledRules() {
    }

    /**
     * A rule base from the precompiled packages, if there are some for exactly these rule files.
     *
     * @param drl the rule files by their path in the rule set, as the loader read them
     */
    static Optional<KieBase> kieBase(Map<String, byte[]> drl) {
        if (!ENABLED) {
            return Optional.empty();
        }
        try (InputStream in = PrecompiledRules.class.getResourceAsStream(RESOURCE)) {
            return in == null ? Optional.empty() : parse(in.readAllBytes(), drl);
        } catch (IOException e) {
            LOG.debug("precompiled rule packages not used: {}", e.toString());
            return Optional.empty();
        }
    }

    /** A rule base from precompiled packages, if they were compiled from exactly these rule files and read. */
    static Optional<KieBase> parse(byte[] packages, Map<String, byte[]> drl) {
        try {
            return read(packages, drl);
        } catch (IOException | ClassNotFoundException | RuntimeException | LinkageError e) {
            // Never fatal: the classic build gives the same rule base, only slower.
            LOG.debug("precompiled rule packages not used: {}", e.toString());
            return Optional.empty();
        }
    }

    private static Optional<KieBase> read(byte[] bytes, Map<String, byte[]> drl)
            throws IOException, ClassNotFoundException {
        DataInputStream header = new DataInputStream(new ByteArrayInputStream(bytes));
        String format = header.readUTF();
        String key = header.readUTF();
        String wanted = key(drl);
        if (!FORMAT.equals(format) || !wanted.equals(key)) {
            LOG.debug("precompiled rule packages are for {} ({}), not {}", key, format, wanted);
            return Optional.empty();
        }
        // The same configuration the classic build's KnowledgeBuilder.newKieBase() uses.
        InternalRuleBase ruleBase = RuleBaseFactory.newRuleBase(KieServices.get().newKieBaseConfiguration());
        Collection<KiePackage> packages;
        try (ObjectInputStream in = new DroolsObjectInputStream(header, ruleBase.getRootClassLoader())) {
            @SuppressWarnings("unchecked")
            Collection<KiePackage> read = (Collection<KiePackage>) in.readObject();
            packages = read;
        }
        ruleBase.addPackages(packages);
        return Optional.of(KnowledgeBaseFactory.newKnowledgeBase(ruleBase));
    }

    /** The packages of a rule base, with the key of the rule files they were compiled from. */
    static byte[] write(Map<String, byte[]> drl, KieBase kieBase) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream header = new DataOutputStream(bytes);
        header.writeUTF(FORMAT);
        header.writeUTF(key(drl));
        header.flush();
        try (ObjectOutputStream out = new DroolsObjectOutputStream(bytes)) {
            out.writeObject(new ArrayList<>(kieBase.getKiePackages()));
        }
        return bytes.toByteArray();
    }

    /** A SHA-256 over the rule files' names and contents, and the Drools version that compiles them. */
    static String key(Map<String, byte[]> drl) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            SortedMap<String, byte[]> sorted = new TreeMap<>(drl);
            sorted.forEach((name, content) -> {
                digest.update(name.getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                digest.update(content);
                digest.update((byte) 0);
            });
            return "drools " + droolsVersion() + " sha256:" + HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String droolsVersion() {
        String version = RuleBaseFactory.class.getPackage().getImplementationVersion();
        return version == null ? "unknown" : version;
    }

    /**
     * Build step: compiles the rule set in {@code args[0]} the classic way, with every check, and writes its
     * packages to {@code args[1]}. Run by the Maven build before the tests. A rule set that does not load gets
     * no packages, and the build goes on: loading it at run time then reports its problems, as without them.
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: PrecompiledRules RULE-SET-FOLDER OUTPUT-FILE");
            System.exit(2);
        }
        Path folder = Path.of(args[0]);
        Path output = Path.of(args[1]);
        Files.deleteIfExists(output);
        RuleSet ruleSet;
        try {
            ruleSet = RuleSet.load(folder);
        } catch (RuleSetException e) {
            System.err.println("peel-rules: the bundled rule set is not precompiled, as it does not load: "
                    + e.getMessage().lines().findFirst().orElse(""));
            e.problems().forEach(p -> System.err.println("  " + p));
            return;
        }
        Map<String, byte[]> drl = new TreeMap<>();
        List<Path> files;
        try (var walk = Files.walk(folder)) {
            files = walk.filter(p -> Files.isRegularFile(p) && p.toString().endsWith(".drl")).toList();
        }
        for (Path p : files) {
            drl.put(folder.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
        }
        Files.createDirectories(output.toAbsolutePath().getParent());
        Files.write(output, write(drl, ruleSet.kieBase()));
    }
}
