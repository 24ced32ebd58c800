/**
 * Internal: the rule language. A rule file read as text, without compiling it (its rules, their metadata and
 * places, the standards and measures it reads), the allowlist of what a rule may name, and the text check of
 * it. The loader, the engine's compiler and the lint all read rule files through here.
 */
package org.peelrules.internal.language;
