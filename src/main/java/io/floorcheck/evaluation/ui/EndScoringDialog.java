package io.floorcheck.evaluation.ui;

import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import io.floorcheck.evaluation.UnsubmittedCard;

/**
 * The end of scoring, an explicit step: before the evaluation moves to CONSENSUS the lead sees
 * who has not submitted what, learns that those cards will be closed (counting for nothing) and
 * that every member will then read every submitted score, and confirms.
 */
class EndScoringDialog extends Dialog {

    EndScoringDialog(List<UnsubmittedCard> open, Runnable endScoring) {
        setHeaderTitle(getTranslation("evaluations.endScoring.title"));
        setId("end-scoring-dialog");
        setWidth("min(48rem, 95vw)");
        if (open.isEmpty()) {
            add(new Paragraph(getTranslation("evaluations.endScoring.allSubmitted")));
        } else {
            Paragraph warning = new Paragraph(getTranslation("evaluations.endScoring.open", open.size()));
            warning.addClassName("fc-notice");
            add(warning);
            Grid<UnsubmittedCard> grid = new Grid<>();
            grid.setId("end-scoring-open");
            grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
            grid.setAllRowsVisible(true);
            grid.addColumn(UnsubmittedCard::evaluator).setHeader(getTranslation("evaluations.endScoring.who"));
            grid.addColumn(card -> card.vendor() + " · " + card.site())
                    .setHeader(getTranslation("evaluations.endScoring.where"));
            grid.addColumn(card -> getTranslation("evaluations.endScoring.kind." + card.kind()))
                    .setHeader(getTranslation("evaluations.endScoring.card"));
            grid.addColumn(card -> card.started()
                    ? getTranslation("evaluations.endScoring.progress", card.scored(), card.total())
                    : getTranslation("evaluations.endScoring.notStarted"))
                    .setHeader(getTranslation("evaluations.endScoring.state"));
            grid.setItems(open);
            add(grid);
        }
        add(new Paragraph(getTranslation("evaluations.endScoring.unblind")));
        Button confirm = new Button(open.isEmpty() ? getTranslation("evaluations.endScoring.confirm")
                : getTranslation("evaluations.endScoring.confirmClosing", open.size()), e -> {
            endScoring.run();
            close();
        });
        confirm.setId("end-scoring-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        if (!open.isEmpty()) {
            confirm.addThemeVariants(ButtonVariant.LUMO_ERROR);
        }
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), confirm);
    }
}
