package io.floorcheck.visit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class CallFiguresTest {

    private static CallDraft call(Resolution resolution, Integer seconds) {
        return new CallDraft(null, "Billing", seconds, resolution, 0, 0, null, null, null, null, null);
    }

    @Test
    void firstContactResolutionCountsOnlyCallsWhereItCouldBeToldAndHandleTimeOnlyTimedCalls() {
        CallFigures figures = CallFigures.of(List.of(call(Resolution.YES, 300), call(Resolution.NO, 420),
                call(Resolution.UNCLEAR, null), call(Resolution.YES, null), call(null, 180)));

        assertThat(figures.calls()).isEqualTo(5);
        assertThat(figures.resolutionKnown()).isEqualTo(3);
        assertThat(figures.firstContactPercent()).isEqualTo(67);
        assertThat(figures.averageHandleSeconds()).isEqualTo(300.0);
    }

    @Test
    void anEmptyLogHasNoShareAndNoAverage() {
        CallFigures figures = CallFigures.of(List.of());

        assertThat(figures.calls()).isZero();
        assertThat(figures.firstContactPercent()).isNull();
        assertThat(figures.averageHandleSeconds()).isNull();
    }
}
