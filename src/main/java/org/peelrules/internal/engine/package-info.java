/**
 * Internal, stage "findings": what an evaluation records as the rules fire (which fact derived which), and the
 * trace and why-not-higher it builds from that to explain each judgment.
 */
package org.peelrules.internal.engine;
