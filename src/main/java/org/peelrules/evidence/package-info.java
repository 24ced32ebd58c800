/**
 * What goes in: a force's submission (metrics, case audits, surveys, observations, prior findings, practice) as
 * plain records and enums. It never holds a grade or a finding; those are what the rules derive.
 */
package org.peelrules.evidence;
