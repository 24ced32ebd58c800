/**
 * Internal: the library's own Jackson mappers (with their limits on documents), positions in YAML files,
 * reading values and "did you mean" suggestions. Not API: it hands out mutable mappers.
 */
package org.peelrules.internal.json;
