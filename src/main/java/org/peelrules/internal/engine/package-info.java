/**
 * Internal, stage "findings": the rules engine (Drools) behind one class. {@code Engine} is the compiled rule
 * base: it compiles rule files (saying what is wrong at file and line), stores and restores itself precompiled,
 * runs sessions stage by stage within their limits, and records which rule derived which fact. Every other class
 * here is package-private, and no class outside this package uses Drools.
 */
package org.peelrules.internal.engine;
