/** Fixture: an internal engine that uses the API package, and a helper beside it that uses Drools itself. */
package org.peelrules.archfixture.internal.engine;
