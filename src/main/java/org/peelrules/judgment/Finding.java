package org.peelrules.judgment;

import java.util.List;

/** What stage two derives from characteristic assessments, and stage three grades from. */
public sealed interface Finding
        permits CauseOfConcern, AreaForImprovement, InnovativePractice, NationalRecommendationNotMet,
        ShortfallNoted {

    /**
     * The area the finding is reported under.
     *
     * @return the area's id, e.g. {@code investigating-crime}
     */
    String area();

    /**
     * The characteristics of good performance it concerns.
     *
     * @return their ids, sorted; one for every finding but a cause of concern, which may concern several
     */
    List<String> characteristics();

    /**
     * The evidence items it rests on.
     *
     * @return their ids, sorted, without repeats
     */
    List<String> evidence();
}
