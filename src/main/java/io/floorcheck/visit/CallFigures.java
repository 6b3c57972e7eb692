package io.floorcheck.visit;

import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * Simple figures from a call log, shown beside the scorecard: how many calls were observed,
 * the share resolved on first contact (of the calls where it could be told), and the average
 * handle time (of the calls that were timed).
 */
public record CallFigures(int calls, int resolutionKnown, int resolvedFirstTime, Double averageHandleSeconds) {

    public static CallFigures of(List<CallDraft> calls) {
        int known = (int) calls.stream().map(CallDraft::firstContact)
                .filter(r -> r == Resolution.YES || r == Resolution.NO).count();
        int resolved = (int) calls.stream().filter(c -> c.firstContact() == Resolution.YES).count();
        OptionalDouble average = calls.stream().map(CallDraft::handleSeconds).filter(Objects::nonNull)
                .mapToInt(Integer::intValue).average();
        return new CallFigures(calls.size(), known, resolved, average.isPresent() ? average.getAsDouble() : null);
    }

    /** Percent resolved first time, or null when no call's resolution could be told. */
    public Integer firstContactPercent() {
        return resolutionKnown == 0 ? null : (int) Math.round(100.0 * resolvedFirstTime / resolutionKnown);
    }
}
