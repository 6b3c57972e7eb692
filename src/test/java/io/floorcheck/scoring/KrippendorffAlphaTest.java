package io.floorcheck.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.floorcheck.scoring.KrippendorffAlpha.Metric;
import org.junit.jupiter.api.Test;

/**
 * Krippendorff's alpha against Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability",
 * p. 8 (also Krippendorff 2018, p. 290): 4 observers, 12 units, missing values. Published:
 * nominal 0.743, ordinal 0.815, interval 0.849, ratio 0.797 (R icr tests, Python krippendorff);
 * exact: 113/152, 108577/133160, 951/1120, 18222619/22852465. And the Wikipedia example
 * (3 coders × 15 units) quoted by the krippendorff package: nominal 0.691358, interval 0.810845.
 */
class KrippendorffAlphaTest {

    private static final double M = Double.NaN;

    /** Units as rows, observers A–D as columns (the paper prints observers as rows). */
    static final double[][] KRIPPENDORFF_2011 = transpose(new double[][] {
            {1, 2, 3, 3, 2, 1, 4, 1, 2, M, M, M},
            {1, 2, 3, 3, 2, 2, 4, 1, 2, 5, M, 3},
            {M, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, M},
            {1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, M}});

    @Test
    void allFourMetricsOfTheReliabilityDataWithMissingValues() {
        Ratings ratings = Ratings.of(KRIPPENDORFF_2011);

        assertThat(KrippendorffAlpha.of(ratings, Metric.NOMINAL).value()).isCloseTo(113.0 / 152, within(1e-12));
        assertThat(KrippendorffAlpha.of(ratings, Metric.ORDINAL).value()).isCloseTo(108577.0 / 133160, within(1e-12));
        assertThat(KrippendorffAlpha.of(ratings, Metric.INTERVAL).value()).isCloseTo(951.0 / 1120, within(1e-12));
        assertThat(KrippendorffAlpha.of(ratings, Metric.RATIO).value())
                .isCloseTo(18222619.0 / 22852465, within(1e-12));
    }

    @Test
    void theWikipediaExampleOfTheKrippendorffPackage() {
        Ratings ratings = Ratings.of(transpose(new double[][] {
                {M, M, M, M, M, 3, 4, 1, 2, 1, 1, 3, 3, M, 3},
                {1, M, 2, 1, 3, 3, 4, 3, M, M, M, M, M, M, M},
                {M, M, 2, 1, 3, 4, 4, M, 2, 1, 1, 3, 3, M, 4}}));

        assertThat(KrippendorffAlpha.of(ratings, Metric.NOMINAL).value()).isCloseTo(0.691358, within(1e-6));
        assertThat(KrippendorffAlpha.of(ratings, Metric.INTERVAL).value()).isCloseTo(0.810845, within(1e-6));
    }

    @Test
    void withoutPairsOrWithoutVariationThereIsNoAlpha() {
        assertThat(KrippendorffAlpha.of(Ratings.of(new double[][] {{1, M}, {M, 2}}), Metric.INTERVAL)
                .undefinedBecause()).contains("fewer than two");
        assertThat(KrippendorffAlpha.of(Ratings.of(new double[][] {{4, 4}, {4, 4}}), Metric.NOMINAL)
                .undefinedBecause()).isEqualTo("every rating is the same value");
    }

    static double[][] transpose(double[][] rows) {
        double[][] out = new double[rows[0].length][rows.length];
        for (int i = 0; i < rows.length; i++) {
            for (int j = 0; j < rows[0].length; j++) {
                out[j][i] = rows[i][j];
            }
        }
        return out;
    }
}
