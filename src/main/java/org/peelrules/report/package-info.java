/**
 * Stage "report": an assessment written out as text, Markdown, HTML or JSON, and the explanation of one judgment.
 * Deterministic: the same assessment gives the same bytes.
 */
package org.peelrules.report;
