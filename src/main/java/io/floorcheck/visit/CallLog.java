package io.floorcheck.visit;

import java.util.List;

/** The calls observed during one visit and their figures. */
public record CallLog(List<ObservedCall> calls, CallFigures figures, boolean mayLog) {

    public CallLog {
        calls = List.copyOf(calls);
    }
}
