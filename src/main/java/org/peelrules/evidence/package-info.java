/**
 * The evidence a submission holds about a force, as read from its JSON: observations, metrics, case audits,
 * survey results, practices and items from earlier inspections. docs/evidence-format.md describes every field.
 */
package org.peelrules.evidence;
