package org.agora.scoreboard;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The arithmetic behind item statistics, checked against values worked out by hand. */
class StatisticsTest {

    private static final double EPS = 1e-9;

    @Test
    void meanOfValuesAndOfNothing() {
        assertEquals(2.5, Statistics.mean(List.of(1.0, 2.0, 3.0, 4.0)), EPS);
        assertNull(Statistics.mean(List.of()));
    }

    @Test
    void medianOfOddAndEvenCountsIgnoresInputOrder() {
        assertEquals(2.0, Statistics.median(List.of(3.0, 1.0, 2.0)), EPS);
        // sorted 1, 2, 3, 4: the mean of the middle two
        assertEquals(2.5, Statistics.median(List.of(4.0, 1.0, 3.0, 2.0)), EPS);
        assertEquals(7.0, Statistics.median(List.of(7.0)), EPS);
        assertNull(Statistics.median(List.of()));
    }

    @Test
    void sampleVarianceDividesByNMinusOneAndBothFormsAgree() {
        // 2 4 4 4 5 5 7 9: mean 5, squared deviations 9+1+1+1+0+0+4+16 = 32, / (8 - 1) = 32/7
        List<Double> xs = List.of(2.0, 4.0, 4.0, 4.0, 5.0, 5.0, 7.0, 9.0);
        assertEquals(32.0 / 7, Statistics.sampleVariance(xs), EPS);
        double sum = 40, sumSquares = 4 + 16 * 3 + 25 * 2 + 49 + 81; // 232
        assertEquals(32.0 / 7, Statistics.sampleVariance(8, sum, sumSquares), EPS);
        assertEquals(Statistics.sampleVariance(xs), Statistics.sampleVariance(8, sum, sumSquares), EPS);
    }

    @Test
    void sampleVarianceNeedsTwoValuesAndIsNeverNegative() {
        assertNull(Statistics.sampleVariance(List.of(3.0)));
        assertNull(Statistics.sampleVariance(1, 3, 9));
        // a constant: rounding in sum-of-squares form must not go below zero
        assertEquals(0.0, Statistics.sampleVariance(3, 0.3, 0.03), EPS);
        assertEquals(0.0, Statistics.sampleVariance(List.of(0.1, 0.1, 0.1)), EPS);
    }

    @Test
    void correlationFromRunningSums() {
        // x = 1 2 3, y = 1 3 2: dx = -1 0 1, dy = -1 1 0; sum dx*dy = 1, sum dx^2 = sum dy^2 = 2 -> 1/2
        assertEquals(0.5, Statistics.correlation(3, 6, 6, 14, 14, 1 + 6 + 6), EPS);
        // y = 2x: +1; y = -x: -1
        assertEquals(1.0, Statistics.correlation(3, 6, 12, 14, 56, 28), EPS);
        assertEquals(-1.0, Statistics.correlation(3, 6, -6, 14, 14, -14), EPS);
    }

    @Test
    void correlationIsUndefinedWhenASideIsConstantOrTooFewValues() {
        // x constant (1 1 1), y = 1 2 3
        assertNull(Statistics.correlation(3, 3, 6, 3, 14, 6));
        // y constant
        assertNull(Statistics.correlation(3, 6, 3, 14, 3, 6));
        assertNull(Statistics.correlation(1, 1, 1, 1, 1, 1));
        assertNull(Statistics.correlation(0, 0, 0, 0, 0, 0));
    }

    @Test
    void cronbachAlphaOfASmallMatrix() {
        // learner x item (marks):   i1 i2 i3 | total
        //   L1                       1  1  1 |  3
        //   L2                       1  1  0 |  2
        //   L3                       1  0  0 |  1
        //   L4                       0  0  0 |  0
        // item variances (n-1): i1 mean .75 -> (3*.0625 + .5625)/3 = .25; i2 mean .5 -> 1/3; i3 = .25
        //   sum = 5/6
        // totals 3 2 1 0: mean 1.5, squared deviations 2.25+.25+.25+2.25 = 5 -> 5/3
        // alpha = 3/2 * (1 - (5/6)/(5/3)) = 1.5 * 0.5 = 0.75
        double[][] m = { { 1, 1, 1 }, { 1, 1, 0 }, { 1, 0, 0 }, { 0, 0, 0 } };
        List<Double> itemVariances = java.util.stream.IntStream.range(0, 3)
                .mapToObj(j -> Statistics.sampleVariance(java.util.Arrays.stream(m).map(r -> r[j]).toList())).toList();
        assertEquals(0.25, itemVariances.get(0), EPS);
        assertEquals(1.0 / 3, itemVariances.get(1), EPS);
        assertEquals(0.25, itemVariances.get(2), EPS);
        Double totalVariance = Statistics.sampleVariance(List.of(3.0, 2.0, 1.0, 0.0));
        assertEquals(5.0 / 3, totalVariance, EPS);
        assertEquals(0.75, Statistics.cronbachAlpha(itemVariances, totalVariance), EPS);
    }

    @Test
    void cronbachAlphaIsUndefinedForOneItemOrConstantTotals() {
        assertNull(Statistics.cronbachAlpha(List.of(0.25), 1.0));
        assertNull(Statistics.cronbachAlpha(List.of(0.25, 0.25), 0.0));
        assertNull(Statistics.cronbachAlpha(List.of(0.25, 0.25), null));
        assertNull(Statistics.cronbachAlpha(java.util.Arrays.asList(0.25, null), 1.0));
    }

    @Test
    void histogramHasTenBinsAndHundredPercentGoesInTheLast() {
        int[] bins = Statistics.histogram(List.of(0.0, 9.99, 10.0, 55.0, 89.9, 90.0, 99.9, 100.0));
        assertArrayEquals(new int[] { 2, 1, 0, 0, 0, 1, 0, 0, 1, 3 }, bins);
        assertArrayEquals(new int[10], Statistics.histogram(List.of()));
    }
}
