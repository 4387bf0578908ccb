package org.apphostftp.bench;

import java.util.Arrays;

/** Median, 90th percentile and maximum of a few measurements (milliseconds), rounded for the result line. */
record Stats(double median, double p90, double max, int n) {

    static Stats of(double[] values) {
        if (values.length == 0) {
            return new Stats(-1, -1, -1, 0);
        }
        double[] v = values.clone();
        Arrays.sort(v);
        double median = v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
        return new Stats(round(median), round(v[Math.min(v.length - 1, (int) (0.9 * v.length))]), round(v[v.length - 1]), v.length);
    }

    static double round(double ms) {
        return Math.round(ms * 100) / 100.0;
    }
}
