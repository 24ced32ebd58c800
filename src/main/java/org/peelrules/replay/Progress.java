package org.peelrules.replay;

/**
 * Told how far a long run has got, for a caller that shows it (the command line does, on a terminal). Called on
 * the thread doing the work: once with {@code done == 0} before the first item, then after each item.
 */
@FunctionalInterface
public interface Progress {
    /** Shows nothing. */
    Progress NONE = (done, total) -> { };

    /**
     * @param done  how many items are finished
     * @param total how many there are in all
     */
    void update(int done, int total);
}
