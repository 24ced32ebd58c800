package org.peelrules.internal.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.function.UnaryOperator;
import org.drools.base.common.DroolsObjectInputStream;
import org.drools.base.common.DroolsObjectOutputStream;
import org.drools.core.impl.InternalRuleBase;
import org.drools.core.impl.RuleBaseFactory;
import org.drools.kiesession.rulebase.KnowledgeBaseFactory;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.definition.KiePackage;

/**
 * Writes compiled rules to bytes and reads them back with Drools' own object streams, for {@link Engine#store} and
 * {@link Engine#restore}: what a precompiled rule set is made of.
 */
final class DroolsStore {
    private DroolsStore() {
    }

    /**
     * What {@link #read} gives back.
     *
     * @param stored what was stored beside the rules
     * @param rules  the compiled rules
     */
    record Read(Object stored, KieBase rules) {
    }

    /**
     * Writes {@code stored}, then the compiled rules, each object written passing through {@code replace}.
     *
     * @param rules   the compiled rules
     * @param out     where to write
     * @param stored  what to store beside the rules
     * @param replace the stored form of each object written
     * @throws IOException if writing fails
     */
    static void write(KieBase rules, OutputStream out, Object stored, UnaryOperator<Object> replace)
            throws IOException {
        // One engine stream for both, every object passing through the caller's replacement, so that the caller's
        // records choose their own stored form.
        try (ObjectOutputStream bytes = new DroolsObjectOutputStream(out) {
            {
                enableReplaceObject(true);
            }

            @Override
            protected Object replaceObject(Object o) {
                return replace.apply(o);
            }
        }) {
            bytes.writeObject(stored);
            bytes.writeObject(new ArrayList<>(rules.getKiePackages()));
        }
    }

    /**
     * Reads what {@link #write} wrote, each object read passing through {@code resolve}.
     *
     * @param in      where to read
     * @param resolve the object each stored form stands for
     * @return the compiled rules and what was stored beside them
     * @throws IOException            if reading fails
     * @throws ClassNotFoundException if a stored class is not on the class path
     */
    static Read read(InputStream in, UnaryOperator<Object> resolve) throws IOException, ClassNotFoundException {
        // The same configuration the classic build's KnowledgeBuilder.newKieBase() uses.
        InternalRuleBase ruleBase = RuleBaseFactory.newRuleBase(KieServices.get().newKieBaseConfiguration());
        Object stored;
        Collection<KiePackage> packages;
        try (ObjectInputStream bytes = new DroolsObjectInputStream(in, ruleBase.getRootClassLoader()) {
            {
                enableResolveObject(true);
            }

            @Override
            protected Object resolveObject(Object o) {
                return resolve.apply(o);
            }
        }) {
            stored = bytes.readObject();
            @SuppressWarnings("unchecked")
            Collection<KiePackage> read = (Collection<KiePackage>) bytes.readObject();
            packages = read;
        }
        ruleBase.addPackages(packages);
        return new Read(stored, KnowledgeBaseFactory.newKnowledgeBase(ruleBase));
    }

    /**
     * The version of Drools: precompiled rules are read only by the version that wrote them.
     *
     * @return the Drools version, or {@code unknown}
     */
    static String version() {
        String version = RuleBaseFactory.class.getPackage().getImplementationVersion();
        return version == null ? "unknown" : version;
    }
}
