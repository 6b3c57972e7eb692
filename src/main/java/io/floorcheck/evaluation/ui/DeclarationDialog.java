package io.floorcheck.evaluation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import io.floorcheck.base.RuleViolation;
import io.floorcheck.evaluation.Candidate;
import io.floorcheck.evaluation.EvaluationService;

/** An evaluator declares, for one candidate, that they have no conflict of interest, or which one they have. */
class DeclarationDialog extends Dialog {

    DeclarationDialog(EvaluationService evaluations, long evaluationId, Candidate candidate, Runnable afterSave) {
        setHeaderTitle(getTranslation("coi.title", candidate.name()));
        setId("coi-dialog");
        setWidth("min(36rem, 95vw)");
        RadioButtonGroup<Boolean> answer = new RadioButtonGroup<>();
        answer.setId("coi-answer");
        answer.setItems(false, true);
        answer.setItemLabelGenerator(conflict -> getTranslation(conflict ? "coi.conflict" : "coi.none",
                candidate.name()));
        TextArea description = new TextArea(getTranslation("coi.description"));
        description.setId("coi-description");
        description.setWidthFull();
        description.setHelperText(getTranslation("coi.descriptionHelp"));
        description.setVisible(false);
        description.setMaxLength(io.floorcheck.evaluation.CoiDeclaration.DESCRIPTION_LENGTH);
        answer.addValueChangeListener(e -> description.setVisible(Boolean.TRUE.equals(e.getValue())));
        add(new Paragraph(getTranslation("coi.intro")), answer, description);
        Button save = new Button(getTranslation("coi.save"), e -> {
            if (answer.getValue() == null) {
                answer.setInvalid(true);
                answer.setErrorMessage(getTranslation("coi.choose"));
                return;
            }
            try {
                evaluations.declare(evaluationId, candidate.id(), answer.getValue(), description.getValue());
                afterSave.run();
                close();
            } catch (RuleViolation violation) {
                description.setInvalid(true);
                description.setErrorMessage(getTranslation(violation.messageKey(), violation.arguments()));
            }
        });
        save.setId("coi-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }
}
