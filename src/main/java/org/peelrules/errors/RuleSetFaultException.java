package org.peelrules.errors;

import java.util.List;
import java.util.Objects;

/**
 * A rule set that misbehaved while it evaluated: it passed its {@link org.peelrules.Budget} (it looped, or inserted facts
 * without end), recursed until the stack overflowed, ran out of memory, or a rule's consequence threw. The
 * session was halted and abandoned; the rule set and the host are still usable. The problems name the rules
 * concerned with their file and line: the rule that faulted, or the rules that fired most.
 */
public final class RuleSetFaultException extends PeelRulesException {
    /** What went wrong. */
    public enum Fault {
        /** The evaluation passed its budget's wall time. */
        WALL_TIME,
        /** The session passed its budget of rule firings. */
        FIRINGS,
        /** The session passed its budget of facts. */
        FACTS,
        /** A rule recursed until the thread's stack overflowed. */
        STACK_OVERFLOW,
        /** A rule ran the JVM out of memory. */
        OUT_OF_MEMORY,
        /** A rule's consequence or condition threw an exception. */
        EXCEPTION
    }

    /** What went wrong; never null. */
    private final Fault fault;

    /**
     * A fault of a rule set during an evaluation. For the library's internals, which raise it; not part of the
     * API to construct.
     *
     * @param ruleSet  the name of the rule set that faulted ({@link org.peelrules.RuleSet#name()})
     * @param fault    what went wrong
     * @param what     what went wrong in words, for the message's first line (such as the budget passed)
     * @param problems the rules concerned, each with its file and line: the rule that faulted, or the rules that
     *                 fired most; copied
     */
    public RuleSetFaultException(String ruleSet, Fault fault, String what, List<Problem> problems) {
        super("rule set " + ruleSet + " faulted: " + what, problems);
        this.fault = Objects.requireNonNull(fault);
    }

    /**
     * What went wrong, for a caller that handles one fault differently from another.
     *
     * @return the fault; never null
     */
    public Fault fault() {
        return fault;
    }
}
