/**
 * An assessment written for its readers: plain text, Markdown, a self-contained HTML page, JSON, and the
 * explanation of how the rules reached each judgment.
 */
package org.peelrules.report;
