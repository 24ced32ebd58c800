package org.peelrules.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * Two measurements taken in alternating rounds in one JVM, so that each pair of rounds sees the machine in much
 * the same state; which goes first alternates too, so that neither always follows the other's collections.
 *
 * @param ratio  the median of the pairs' ratios, first to second
 * @param first  the median of the first measurement's rounds
 * @param second the median of the second measurement's rounds
 */
record AlternatingRounds(double ratio, double first, double second) {

    /** One round of a measurement. */
    interface Round {
        double measure() throws InterruptedException;
    }

    static AlternatingRounds of(int pairs, Round first, Round second) throws InterruptedException {
        List<Double> ratios = new ArrayList<>();
        List<Double> firsts = new ArrayList<>();
        List<Double> seconds = new ArrayList<>();
        for (int i = 0; i < pairs; i++) {
            double a;
            double b;
            if (i % 2 == 0) {
                a = first.measure();
                b = second.measure();
            } else {
                b = second.measure();
                a = first.measure();
            }
            firsts.add(a);
            seconds.add(b);
            ratios.add(a / b);
        }
        return new AlternatingRounds(PerformanceReport.median(ratios), PerformanceReport.median(firsts),
                PerformanceReport.median(seconds));
    }
}
