package io.floorcheck.comparison;

/**
 * An agreed value: exactly one of a level on the criterion's scale, N/A, or a gate's pass/fail.
 */
public record Agreed(Integer level, boolean notApplicable, Boolean passed) {

    public Agreed {
        int marks = (level == null ? 0 : 1) + (notApplicable ? 1 : 0) + (passed == null ? 0 : 1);
        if (marks != 1) {
            throw new IllegalArgumentException("An agreed value is one of a level, N/A or pass/fail");
        }
    }

    public static Agreed ofLevel(int level) {
        return new Agreed(level, false, null);
    }

    public static Agreed na() {
        return new Agreed(null, true, null);
    }

    public static Agreed ofGate(boolean passed) {
        return new Agreed(null, false, passed);
    }

    /** As the record and the board print it: "4", "N/A", "pass", "fail". */
    public String describe() {
        return level != null ? level.toString() : notApplicable ? "N/A" : passed ? "pass" : "fail";
    }
}
