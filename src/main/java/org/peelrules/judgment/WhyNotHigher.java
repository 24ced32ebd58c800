package org.peelrules.judgment;

import java.util.List;

/**
 * What keeps an area from the next tier up, or, for an area left without a grade for want of evidence, from a
 * grade at all: the smallest change to its causes of concern and characteristics that the rule set's own
 * grading policy would accept. It is found by asking the rules, not by restating them: the policy is run on
 * the area's tally changed one characteristic or cause of concern at a time, fewest changes first, and the
 * first change under which the target rule fires is the answer.
 *
 * @param target    the next tier up; {@code null} when the target is a grade at all
 * @param rule      the rule that would then decide: the target descriptor's rule, or the rule awarding a grade;
 *                  {@code null} when no change reaches the target
 * @param standards the standards that rule compares with
 * @param now       the area's tally as evaluated
 * @param needed    the tally after the smallest change; {@code null} when no change reaches the target
 * @param changes   the smallest change, part by part; empty when no change reaches the target
 */
public record WhyNotHigher(
        Grade target,
        RuleRef rule,
        List<StandardValue> standards,
        AreaTally now,
        AreaTally needed,
        List<Change> changes) {

    public WhyNotHigher {
        standards = List.copyOf(standards);
        changes = List.copyOf(changes);
    }

    /** Whether any change to the area's findings and characteristics reaches the target. */
    public boolean reachable() {
        return needed != null;
    }

    /**
     * One part of the smallest change: {@code count} of the items in {@code among} would have to go from
     * {@code from} to {@code to}. When {@code count} equals the size of {@code among}, every one of them must.
     *
     * @param subject {@code cause-of-concern} (items are topics; from {@code raised} to {@code resolved}) or
     *                {@code characteristic} (items are characteristic ids; from and to are statuses, or
     *                {@code insufficient-evidence} to {@code assessed})
     */
    public record Change(String subject, int count, List<String> among, String from, String to) {
        public Change {
            among = List.copyOf(among);
        }

        /** Whether every item listed must change, rather than some of them. */
        public boolean all() {
            return count == among.size();
        }
    }
}
