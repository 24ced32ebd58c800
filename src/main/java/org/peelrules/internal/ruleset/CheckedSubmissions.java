package org.peelrules.internal.ruleset;

import java.lang.ref.WeakReference;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.peelrules.evidence.Submission;

/**
 * The last few submissions found sound against one rule set, so that a submission is checked once: when
 * the submission reader reads it, or when it is first evaluated. Submissions are immutable records, so one
 * found sound stays sound. Entries are matched by identity (an equal copy is checked again, never assumed)
 * and held weakly (remembering a submission never keeps it alive). Safe for concurrent use.
 */
public final class CheckedSubmissions {
    private static final int SLOTS = 16;
    private final AtomicReferenceArray<WeakReference<Submission>> slots = new AtomicReferenceArray<>(SLOTS);
    private final AtomicInteger next = new AtomicInteger();

    public boolean contains(Submission submission) {
        for (int i = 0; i < SLOTS; i++) {
            WeakReference<Submission> ref = slots.get(i);
            if (ref != null && ref.get() == submission) {
                return true;
            }
        }
        return false;
    }

    public void add(Submission submission) {
        if (!contains(submission)) {
            slots.set(Math.floorMod(next.getAndIncrement(), SLOTS), new WeakReference<>(submission));
        }
    }
}
