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
 * Compiled rules as bytes: what the caller stores beside them, then the compiled packages, in one engine stream
 * whose every object passes through the caller's replacement (so that the caller's records choose their own
 * stored form).
 */
final class StoredPackages {
    /** What was read: the caller's part and the rule base. */
    record Read(Object stored, KieBase kieBase) {
    }

    private StoredPackages() {
    }

    static void write(OutputStream bytes, Object stored, KieBase kieBase, UnaryOperator<Object> replace)
            throws IOException {
        try (ObjectOutputStream out = new DroolsObjectOutputStream(bytes) {
            {
                enableReplaceObject(true);
            }

            @Override
            protected Object replaceObject(Object o) {
                return replace.apply(o);
            }
        }) {
            out.writeObject(stored);
            out.writeObject(new ArrayList<>(kieBase.getKiePackages()));
        }
    }

    static Read read(InputStream bytes, UnaryOperator<Object> resolve) throws IOException, ClassNotFoundException {
        // The same configuration the classic build's KnowledgeBuilder.newKieBase() uses.
        InternalRuleBase ruleBase = RuleBaseFactory.newRuleBase(KieServices.get().newKieBaseConfiguration());
        Object stored;
        Collection<KiePackage> packages;
        try (ObjectInputStream in = new DroolsObjectInputStream(bytes, ruleBase.getRootClassLoader()) {
            {
                enableResolveObject(true);
            }

            @Override
            protected Object resolveObject(Object o) {
                return resolve.apply(o);
            }
        }) {
            stored = in.readObject();
            @SuppressWarnings("unchecked")
            Collection<KiePackage> read = (Collection<KiePackage>) in.readObject();
            packages = read;
        }
        ruleBase.addPackages(packages);
        return new Read(stored, KnowledgeBaseFactory.newKnowledgeBase(ruleBase));
    }
}
