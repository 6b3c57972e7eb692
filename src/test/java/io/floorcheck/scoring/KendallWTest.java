package io.floorcheck.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Kendall's W, corrected for ties, against published examples. */
class KendallWTest {

    /**
     * The anxiety data of R irr (20 subjects, 3 raters, many ties). DescTools::KendallW(anxiety,
     * correct = TRUE), taken from irr::kendall: W = 0.5396569 (exact 6008/11133: S = 3004,
     * Σ T = 1674); uncorrected 0.5019215 (3004/5985, as JASP's tests).
     */
    @Test
    void theAnxietyDataWithManyTies() {
        double[][] anxiety = KrippendorffAlphaTest.transpose(new double[][] {
                {3, 3, 3, 4, 5, 5, 2, 3, 5, 2, 2, 6, 1, 5, 2, 2, 1, 2, 4, 3},
                {3, 6, 4, 6, 2, 4, 2, 4, 3, 3, 2, 3, 3, 3, 2, 2, 1, 3, 3, 4},
                {2, 1, 4, 4, 3, 2, 1, 6, 1, 1, 1, 2, 3, 3, 1, 1, 3, 3, 2, 2}});

        assertThat(KendallW.of(Ratings.of(anxiety)).value()).isCloseTo(0.5396569, within(1e-7))
                .isCloseTo(6008.0 / 11133, within(1e-12));
    }

    /**
     * NAG Library G08DAF example (3 comparisons of 10 objects, given as tied ranks): Kendall's
     * coefficient 0.828 (exact 197/238: S = 591, Σ T = 114); 0.796 without the tie correction.
     */
    @Test
    void theNagExampleGivenAsTiedRanks() {
        double[][] nag = KrippendorffAlphaTest.transpose(new double[][] {
                {1.0, 4.5, 2.0, 4.5, 3.0, 7.5, 6.0, 9.0, 7.5, 10.0},
                {2.5, 1.0, 2.5, 4.5, 4.5, 8.0, 9.0, 6.5, 10.0, 6.5},
                {2.0, 1.0, 4.5, 4.5, 4.5, 4.5, 8.0, 8.0, 8.0, 10.0}});

        assertThat(KendallW.of(Ratings.of(nag)).value()).isCloseTo(197.0 / 238, within(1e-12));
    }

    /** Siegel &amp; Castellan (1988): three raters rank eight attributes without ties; W = 124/189 (0.6560847). */
    @Test
    void siegelAndCastellanWithoutTies() {
        double[][] ranks = KrippendorffAlphaTest.transpose(new double[][] {
                {5, 6, 7, 1, 2, 4, 3, 8}, {1, 7, 6, 2, 3, 5, 4, 8}, {4, 5, 1, 3, 2, 7, 6, 8}});

        assertThat(KendallW.of(Ratings.of(ranks)).value()).isCloseTo(124.0 / 189, within(1e-12));
    }

    @Test
    void raterWhoTiesEverythingOrTooFewTargetsGiveNoW() {
        assertThat(KendallW.of(Ratings.of(new double[][] {{1, 2}})).undefinedBecause())
                .contains("fewer than two targets");
        assertThat(KendallW.of(Ratings.of(new double[][] {{3, 3}, {3, 3}})).undefinedBecause())
                .isEqualTo("every rater tied every target");
    }
}
