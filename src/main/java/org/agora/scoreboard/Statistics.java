package org.agora.scoreboard;

import java.util.List;

/** The plain arithmetic behind item statistics (sample statistics, n - 1), unit tested directly. */
public final class Statistics {

    private Statistics() {
    }

    public static Double mean(List<Double> xs) {
        return xs.isEmpty() ? null : xs.stream().mapToDouble(Double::doubleValue).average().orElse(0);
    }

    public static Double median(List<Double> xs) {
        if (xs.isEmpty()) {
            return null;
        }
        double[] s = xs.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        int n = s.length;
        return n % 2 == 1 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
    }

    public static Double sampleVariance(List<Double> xs) {
        if (xs.size() < 2) {
            return null;
        }
        double m = mean(xs);
        return xs.stream().mapToDouble(x -> (x - m) * (x - m)).sum() / (xs.size() - 1);
    }

    /** Sample variance from running sums: n, sum of x, sum of x squared. */
    public static Double sampleVariance(long n, double sum, double sumSquares) {
        if (n < 2) {
            return null;
        }
        double v = (sumSquares - sum * sum / n) / (n - 1);
        return Math.max(0, v);
    }

    /** Pearson correlation from running sums; null when either side does not vary. */
    public static Double correlation(long n, double sx, double sy, double sxx, double syy, double sxy) {
        if (n < 2) {
            return null;
        }
        double cov = sxy - sx * sy / n;
        double vx = sxx - sx * sx / n;
        double vy = syy - sy * sy / n;
        if (vx <= 1e-12 || vy <= 1e-12) {
            return null;
        }
        return cov / Math.sqrt(vx * vy);
    }

    /** Cronbach's alpha: k/(k-1) x (1 - sum of item variances / variance of totals). */
    public static Double cronbachAlpha(List<Double> itemVariances, Double totalVariance) {
        int k = itemVariances.size();
        if (k < 2 || totalVariance == null || totalVariance <= 1e-12 || itemVariances.contains(null)) {
            return null;
        }
        double sum = itemVariances.stream().mapToDouble(Double::doubleValue).sum();
        return (double) k / (k - 1) * (1 - sum / totalVariance);
    }

    /** Ten bins of percent scores: [0,10), [10,20) ... [90,100]. */
    public static int[] histogram(List<Double> percents) {
        int[] bins = new int[10];
        for (double p : percents) {
            bins[Math.min(9, Math.max(0, (int) Math.floor(p / 10)))]++;
        }
        return bins;
    }
}
