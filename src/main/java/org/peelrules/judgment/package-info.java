/**
 * What comes out: the assessment, a judgment per area (grade or outcome), the findings behind it (causes of
 * concern, areas for improvement, innovative practice, national recommendations not met), each characteristic's
 * status, and the trace and why-not-higher that explain it. Plain records and enums, but for
 * {@link org.peelrules.judgment.Explanation}, which works a judgment's trace and why-not-higher out when first
 * asked for; the rule files insert the findings and read the tally of an area
 * ({@link org.peelrules.judgment.AreaTally}) from here.
 */
package org.peelrules.judgment;
