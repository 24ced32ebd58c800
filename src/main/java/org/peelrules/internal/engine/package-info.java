/**
 * Internal, stage "findings": the rules engine (Drools) behind one class. {@code Engine} is the compiled rule
 * base: it compiles rule files (saying what is wrong at file and line), stores and restores itself precompiled,
 * runs sessions stage by stage within their limits, and records which rule derived which fact. It is the only
 * class that uses Drools, and turns what Drools gives into plain values for the package-private helpers beside
 * it: a running session is a {@code RulesSession}, its events reach a {@code SessionWatcher}, and the compiler's
 * errors and compiled classes come as records. No class outside this package uses Drools, and of this package only
 * {@code Engine} is used from outside it.
 */
package org.peelrules.internal.engine;
