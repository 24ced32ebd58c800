/**
 * A Jackson module, {@link org.peelrules.jackson.PeelRulesModule}, with which any {@code ObjectMapper} writes
 * the library's records as the library itself does.
 */
package org.peelrules.jackson;
