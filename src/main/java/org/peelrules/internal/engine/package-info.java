/**
 * Internal, stage "findings": the rules engine (Drools) behind one class. {@code Engine} is the compiled rule
 * base: it compiles rule files (saying what is wrong at file and line), stores and restores itself precompiled,
 * runs sessions stage by stage within their limits, and records which rule derived which fact. Only it and the
 * three package-private adapters it delegates to ({@code DroolsCompiler}, {@code DroolsStore},
 * {@code DroolsSession}) use Drools, and they turn what Drools gives into plain values for the helpers beside
 * them: a running session is a {@code RulesSession}, its events reach a {@code SessionWatcher}, and the compiler's
 * errors and compiled classes come as records. No class outside this package uses Drools, and of this package only
 * {@code Engine} is used from outside it.
 */
package org.peelrules.internal.engine;
