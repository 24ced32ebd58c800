/**
 * The vocabulary of the rule files: the catalogue facts (areas, topics, characteristics, measures, standards)
 * inserted into every evaluation, and the facts the three stages derive. Rule files import this package.
 */
package org.peelrules.rules;
