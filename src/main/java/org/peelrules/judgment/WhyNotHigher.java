package org.peelrules.judgment;

import java.util.List;

/**
 * What keeps an area from the next tier up, or, for an area left without a grade for want of evidence, from a
 * grade at all: the smallest change to its causes of concern and characteristics that the rule set's own
 * grading policy would accept. It is found by asking the rules, not by restating them: the policy is run on
 * the area's tally changed one characteristic, cause of concern or national recommendation at a time, fewest
 * changes first, and the first change under which the target rule fires is the answer.
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

    /**
     * Copies the lists, so that the answer cannot change after it is made.
     *
     * @param target    the next tier up, or {@code null} when the target is a grade at all
     * @param rule      the rule that would then decide, or {@code null}
     * @param standards the standards that rule compares with
     * @param now       the area's tally as evaluated
     * @param needed    the tally after the smallest change, or {@code null}
     * @param changes   the smallest change, part by part
     */
    public WhyNotHigher {
        standards = List.copyOf(standards);
        changes = List.copyOf(changes);
    }

    /**
     * Whether any change to the area's findings and characteristics reaches the target.
     *
     * @return {@code true} when {@link #needed()} is set: some change reaches the target
     */
    public boolean reachable() {
        return needed != null;
    }

    /**
     * One part of the smallest change: {@code count} of the items in {@code among} would have to go from
     * {@code from} to {@code to}. When {@code count} equals the size of {@code among}, every one of them must.
     *
     * @param subject what changes: {@code cause-of-concern} (items are topics; from {@code raised} to
     *                {@code resolved}), {@code national-recommendation} (items are characteristic ids; from
     *                {@code not-complied-with} to {@code complied-with}) or {@code characteristic} (items are
     *                characteristic ids; from and to are statuses in kebab case, or {@code insufficient-evidence}
     *                to {@code assessed})
     * @param count   how many of the items must change
     * @param among   the items any of which may be the ones to change, in framework order
     * @param from    what they are now
     * @param to      what they would have to become
     */
    public record Change(String subject, int count, List<String> among, String from, String to) {
        /**
         * Copies the items, so that the record stays as it was made.
         *
         * @param subject what changes: {@code cause-of-concern}, {@code national-recommendation} or
         *                {@code characteristic}
         * @param count   how many of the items must change
         * @param among   the items any of which may be the ones to change
         * @param from    what they are now
         * @param to      what they would have to become
         */
        public Change {
            among = List.copyOf(among);
        }

        /**
         * Whether every item listed must change, rather than some of them.
         *
         * @return {@code true} when {@code count} equals the number of items in {@code among}
         */
        public boolean all() {
            return count == among.size();
        }
    }
}
