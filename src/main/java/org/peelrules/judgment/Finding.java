package org.peelrules.judgment;

import java.util.List;

/** What stage two derives from characteristic assessments, and stage three grades from. */
public sealed interface Finding
        permits CauseOfConcern, AreaForImprovement, InnovativePractice, NationalRecommendationNotMet,
        ShortfallNoted {

    /** The area the finding is reported under. */
    String area();

    /** The characteristics of good performance it concerns. */
    List<String> characteristics();

    /** The evidence items it rests on. */
    List<String> evidence();
}
