package io.floorcheck.base;

/**
 * What an evaluator chose for a criterion: a level of its scale, not applicable, or a gate's
 * pass or fail. At most one; {@link #NONE} while the criterion is unscored.
 */
public record Mark(Integer level, boolean notApplicable, Boolean passed) {

    public static final Mark NONE = new Mark(null, false, null);

    public Mark {
        int chosen = (level == null ? 0 : 1) + (notApplicable ? 1 : 0) + (passed == null ? 0 : 1);
        if (chosen > 1) {
            throw new IllegalArgumentException("A mark is a level, N/A or pass/fail, not several");
        }
    }

    public static Mark level(int level) {
        return new Mark(level, false, null);
    }

    public static Mark notApplicableMark() {
        return new Mark(null, true, null);
    }

    public static Mark pass() {
        return new Mark(null, false, true);
    }

    public static Mark fail() {
        return new Mark(null, false, false);
    }

    public boolean isSet() {
        return level != null || notApplicable || passed != null;
    }

    /** For the audit trail: "4", "N/A", "pass", "fail" or "unscored". */
    public String describe() {
        if (level != null) {
            return level.toString();
        }
        if (notApplicable) {
            return "N/A";
        }
        if (passed != null) {
            return passed ? "pass" : "fail";
        }
        return "unscored";
    }
}
