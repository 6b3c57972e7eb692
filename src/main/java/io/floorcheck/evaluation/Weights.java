package io.floorcheck.evaluation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * How the parts of an evaluation combine: visit vs. leadership in percent (sum 100), and
 * within leadership the recommendations vs. the session as shares (sum 1).
 */
public record Weights(BigDecimal visit, BigDecimal leadership, BigDecimal recommendationShare,
        BigDecimal sessionShare) {

    public static final Weights DEFAULT = new Weights(new BigDecimal("60"), new BigDecimal("40"),
            new BigDecimal("0.7"), new BigDecimal("0.3"));

    /** Message keys of what is wrong, empty when the weights are usable. */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (visit == null || leadership == null || visit.signum() < 0 || leadership.signum() < 0
                || visit.scale() > 2 || leadership.scale() > 2) {
            problems.add("evaluations.weights.partsInvalid");
        } else if (visit.add(leadership).compareTo(new BigDecimal(100)) != 0) {
            problems.add("evaluations.weights.partsSum");
        }
        if (recommendationShare == null || sessionShare == null || recommendationShare.signum() < 0
                || sessionShare.signum() < 0 || recommendationShare.stripTrailingZeros().scale() > 3
                || sessionShare.stripTrailingZeros().scale() > 3) {
            problems.add("evaluations.weights.sharesInvalid");
        } else if (recommendationShare.add(sessionShare).compareTo(BigDecimal.ONE) != 0) {
            problems.add("evaluations.weights.sharesSum");
        }
        return problems;
    }

    /** Equal in value, whatever the scale the database returns. */
    public boolean sameAs(Weights other) {
        return visit.compareTo(other.visit) == 0 && leadership.compareTo(other.leadership) == 0
                && recommendationShare.compareTo(other.recommendationShare) == 0
                && sessionShare.compareTo(other.sessionShare) == 0;
    }
}
