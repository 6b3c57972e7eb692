package io.floorcheck.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * The six intraclass correlations against Shrout &amp; Fleiss (1979), Table 2: 6 targets rated by 4
 * judges. The paper reports .17 .29 .71 .44 .62 .91 and mean squares 11.24 / 6.26 / 32.49 / 1.02;
 * the exact fractions (448/2703, 184/635, 920/1287, 1792/4047, 736/1187, 3680/4047) agree with R
 * psych::ICC and DescTools::ICC (0.1657418, 0.2897638, 0.7148407, 0.4427971, 0.6200505, 0.9093155).
 */
class IccTest {

    static final double[][] SHROUT_FLEISS = {
            {9, 2, 5, 8}, {6, 1, 3, 2}, {8, 4, 6, 8}, {7, 1, 2, 6}, {10, 5, 6, 9}, {6, 2, 4, 7}};

    @Test
    void theSixFormsOfShroutAndFleissTable2() {
        Icc icc = Icc.of(Ratings.of(SHROUT_FLEISS));

        assertThat(icc.bms()).isCloseTo(1349.0 / 120, within(1e-12));
        assertThat(icc.wms()).isCloseTo(451.0 / 72, within(1e-12));
        assertThat(icc.jms()).isCloseTo(2339.0 / 72, within(1e-12));
        assertThat(icc.ems()).isCloseTo(367.0 / 360, within(1e-12));
        assertThat(icc.icc11().value()).isCloseTo(448.0 / 2703, within(1e-12));
        assertThat(icc.icc21().value()).isCloseTo(184.0 / 635, within(1e-12));
        assertThat(icc.icc31().value()).isCloseTo(920.0 / 1287, within(1e-12));
        assertThat(icc.icc1k().value()).isCloseTo(1792.0 / 4047, within(1e-12));
        assertThat(icc.icc2k().value()).isCloseTo(736.0 / 1187, within(1e-12));
        assertThat(icc.icc3k().value()).isCloseTo(3680.0 / 4047, within(1e-12));
    }

    @Test
    void onlyCompleteTargetsCountAndTooLittleDataIsSaidNotComputed() {
        double[][] withGaps = new double[SHROUT_FLEISS.length + 1][];
        System.arraycopy(SHROUT_FLEISS, 0, withGaps, 0, SHROUT_FLEISS.length);
        withGaps[SHROUT_FLEISS.length] = new double[] {1, Double.NaN, 9, 9};
        assertThat(Icc.of(Ratings.of(withGaps)).icc21().value()).isCloseTo(184.0 / 635, within(1e-12));

        Icc one = Icc.of(Ratings.of(new double[][] {{1, 2, 3, 4}}));
        assertThat(one.icc21().defined()).isFalse();
        assertThat(one.icc21().undefinedBecause()).contains("fewer than two targets");
        Icc same = Icc.of(Ratings.of(new double[][] {{3, 3}, {3, 3}}));
        assertThat(same.icc31().undefinedBecause()).isEqualTo("no variation between the targets");
    }

    @Test
    void aFormWhoseVarianceEstimatesAreNegativeHasNoValueRatherThanOneOutsideMinusOneToOne() {
        // Two targets, two raters who disagree exactly: BMS = JMS = 0, EMS = 4. ICC(2,k)'s
        // denominator BMS + (JMS - EMS)/n is -2, so the bare ratio would print 2.0 as a coefficient.
        Icc crossed = Icc.of(Ratings.of(new double[][] {{1, 3}, {3, 1}}));
        assertThat(crossed.ems()).isCloseTo(4, within(1e-12));
        assertThat(crossed.icc2k().defined()).isFalse();
        assertThat(crossed.icc2k().undefinedBecause()).isEqualTo(
                "the targets differ too little against the error for this form");
        assertThat(crossed.icc11().value()).as("-1 is the form's bound, still a value").isCloseTo(-1, within(1e-12));
        // Three targets, BMS = JMS = 0, EMS = 2: ICC(2,1) = -2 / (2 - 4/3) = -3 with a positive denominator.
        Icc flat = Icc.of(Ratings.of(new double[][] {{2, 4}, {4, 2}, {3, 3}}));
        assertThat(flat.icc21().defined()).as("-3.0 is no coefficient").isFalse();
    }
}
