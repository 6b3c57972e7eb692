package io.floorcheck.evaluation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import io.floorcheck.base.RuleViolation;
import io.floorcheck.base.Text;
import io.floorcheck.evaluation.Evaluation;
import io.floorcheck.evaluation.EvaluationService;
import io.floorcheck.evaluation.MemberRole;
import io.floorcheck.user.Person;

/**
 * An administrator hands an evaluation whose lead has left to a new lead: a reader of it or a
 * procurement colleague outside the team, with a reason for the record.
 */
class HandOverDialog extends Dialog {

    HandOverDialog(EvaluationService evaluations, Evaluation evaluation, Runnable afterHandOver) {
        setHeaderTitle(getTranslation("evaluations.handOverTitle", evaluation.name()));
        setId("hand-over-dialog");
        setWidth("min(34rem, 95vw)");
        String leads = String.join(", ", evaluation.withRole(MemberRole.LEAD).stream().map(m -> m.name()).toList());
        Select<Person> lead = new Select<>();
        lead.setId("hand-over-to");
        lead.setLabel(getTranslation("evaluations.handOverTo"));
        lead.setItems(evaluations.leadChoices(evaluation.id()));
        lead.setItemLabelGenerator(person -> person.title() == null ? person.name()
                : person.name() + " (" + person.title() + ")");
        lead.setWidthFull();
        TextArea reason = new TextArea(getTranslation("reason.label"));
        reason.setId("hand-over-reason");
        reason.setWidthFull();
        reason.setMaxLength(Text.REASON_LENGTH);
        reason.setRequiredIndicatorVisible(true);
        add(new Paragraph(getTranslation("evaluations.handOverText", leads.isEmpty() ? "–" : leads)), lead, reason);
        Button ok = new Button(getTranslation("evaluations.handOver"), e -> {
            if (lead.getValue() == null) {
                lead.setInvalid(true);
                lead.setErrorMessage(getTranslation("evaluations.handOverChoose"));
                return;
            }
            try {
                evaluations.handOver(evaluation.id(), lead.getValue().id(), reason.getValue());
                close();
                afterHandOver.run();
            } catch (RuleViolation violation) {
                reason.setInvalid(true);
                reason.setErrorMessage(getTranslation(violation.messageKey(), violation.arguments()));
            }
        });
        ok.setId("hand-over-confirm");
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), ok);
    }
}
