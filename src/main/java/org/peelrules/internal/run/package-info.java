/**
 * Internal: one run of the rules in plain Java, beneath the engine. What it may spend ({@code Limits}, the
 * internals' copy of the API's {@code Budget}), the worker threads that let a caller walk away from rules that
 * never return, and what it records as the rules fire ({@code Derivations}: which {@code Firing} inserted each fact).
 */
package org.peelrules.internal.run;
