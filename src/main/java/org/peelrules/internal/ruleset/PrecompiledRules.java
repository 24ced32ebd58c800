package org.peelrules.internal.ruleset;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.peelrules.internal.engine.Engine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bundled rule set as it loads, worked out when the jar is built, so that a command-line start neither
 * parses the DRL and compiles its Java again (about two seconds of a cold start) nor reads and checks the YAML
 * and DRL text (a fifth of a second more). Only the bundled rule set has this, and it is used only while it
 * fits: it holds a copy of the very rule set files it was made from, and the version of the Drools that
 * compiled them. Anything else (a rule folder, an edited file, another Drools, an unreadable resource) takes
 * the classic load, which is also the one that reports problems with file and line; what is stored here comes
 * from that same load, made only when it found no problem.
 */
final class PrecompiledRules {
    private static final Logger LOG = LoggerFactory.getLogger(PrecompiledRules.class);
    /** Where the rule set sits in the jar, beside the bundled rule set's folder. */
    static final String RESOURCE = "/org/peelrules/rules/" + RuleSetFiles.BUNDLED + ".precompiled";
    private static final String FORMAT = "peel-rules precompiled rule set 6";
    /** {@code -Dpeel.precompiled=off} always takes the classic load: to compare the two, or rule one out. */
    private static final boolean ENABLED = !"off".equals(System.getProperty("peel.precompiled"));

    private PrecompiledRules() {
    }

    /**
     * The bundled rule set, if it was precompiled from exactly these files.
     *
     * @param files the rule set's files by their path in it, as the loader read them
     */
    static Optional<LoadedRules> ruleSet(Map<String, byte[]> files) {
        if (!ENABLED) {
            return Optional.empty();
        }
        try (InputStream in = PrecompiledRules.class.getResourceAsStream(RESOURCE)) {
            return in == null ? Optional.empty() : parse(in.readAllBytes(), files);
        } catch (IOException e) {
            LOG.debug("precompiled rule set not used: {}", e.toString());
            return Optional.empty();
        }
    }

    /** A rule set from its precompiled form, if that was made from exactly these files and reads. */
    static Optional<LoadedRules> parse(byte[] precompiled, Map<String, byte[]> files) {
        try {
            return read(precompiled, files);
        } catch (IOException | ClassNotFoundException | RuntimeException | LinkageError e) {
            // Never fatal: the classic load gives the same rule set, only slower.
            LOG.debug("precompiled rule set not used: {}", e.toString());
            return Optional.empty();
        }
    }

    private static Optional<LoadedRules> read(byte[] bytes, Map<String, byte[]> files)
            throws IOException, ClassNotFoundException {
        DataInputStream header = new DataInputStream(new ByteArrayInputStream(bytes));
        String format = header.readUTF();
        String drools = header.readUTF();
        if (!FORMAT.equals(format) || !Engine.version().equals(drools)) {
            LOG.debug("precompiled rule set is {} for Drools {}, not {} for Drools {}", format, drools, FORMAT,
                    Engine.version());
            return Optional.empty();
        }
        if (!madeFrom(header, files)) {
            LOG.debug("precompiled rule set was made from other rule files");
            return Optional.empty();
        }
        Engine.Restored restored = Engine.restore(header, StoredRecords::record);
        StoredRecords.Parts parts = (StoredRecords.Parts) restored.stored();
        return Optional.of(new LoadedRules(parts.name(), parts.framework(), parts.title(), parts.version(), parts.hash(),
                parts.catalogue(), restored.engine(), parts.rules(), null, parts.wording()));
    }

    /**
     * Whether the stored rule files are exactly these, name for name and byte for byte. The files themselves are
     * stored rather than a digest of them: comparing bytes costs less of a cold start than hashing them.
     */
    private static boolean madeFrom(DataInputStream stored, Map<String, byte[]> files) throws IOException {
        if (stored.readInt() != files.size()) {
            return false;
        }
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            if (!stored.readUTF().equals(file.getKey())) {
                return false;
            }
            byte[] bytes = new byte[stored.readInt()];
            stored.readFully(bytes);
            if (!Arrays.equals(bytes, file.getValue())) {
                return false;
            }
        }
        return true;
    }

    /** A loaded rule set, with the files it was loaded from. */
    static byte[] write(Map<String, byte[]> files, LoadedRules ruleSet) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream header = new DataOutputStream(bytes);
        header.writeUTF(FORMAT);
        header.writeUTF(Engine.version());
        header.writeInt(files.size());
        for (Map.Entry<String, byte[]> file : new TreeMap<>(files).entrySet()) {
            header.writeUTF(file.getKey());
            header.writeInt(file.getValue().length);
            header.write(file.getValue());
        }
        header.flush();
        ruleSet.engine().store(bytes, new StoredRecords.Parts(ruleSet.name(), ruleSet.framework(), ruleSet.title(),
                ruleSet.version(), ruleSet.hash(), ruleSet.catalogue(), ruleSet.rulesByName(), ruleSet.wording()),
                StoredRecords::stored);
        return bytes.toByteArray();
    }
}
