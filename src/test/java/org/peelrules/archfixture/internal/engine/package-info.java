/** Fixture: an internal engine that uses the API package. */
package org.peelrules.archfixture.internal.engine;
