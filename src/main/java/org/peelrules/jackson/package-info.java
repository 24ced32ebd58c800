/**
 * How the library writes its records as JSON, as a Jackson module any host's {@code ObjectMapper} can register.
 */
package org.peelrules.jackson;
