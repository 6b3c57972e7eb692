package io.floorcheck.evaluation.ui;

import com.vaadin.flow.component.html.Span;
import io.floorcheck.evaluation.EvaluationStatus;

/** An evaluation's status as a small coloured label. */
final class StatusBadge {

    private StatusBadge() {
    }

    static Span of(EvaluationStatus status) {
        Span badge = new Span();
        badge.setText(badge.getTranslation("evaluations.status." + status));
        badge.addClassName("fc-status");
        badge.getElement().setAttribute("data-status", status.name());
        return badge;
    }
}
