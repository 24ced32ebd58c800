/**
 * Text made safe to print: a submission's text is data, and a control character written to a terminal is an
 * instruction.
 */
package org.peelrules.text;
