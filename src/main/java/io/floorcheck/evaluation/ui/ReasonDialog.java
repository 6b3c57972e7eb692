package io.floorcheck.evaluation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.function.SerializableConsumer;
import io.floorcheck.base.RuleViolation;
import io.floorcheck.base.Text;

/** Asks for the reason an action needs (re-opening, allowing a conflicted evaluator) before doing it. */
class ReasonDialog extends Dialog {

    ReasonDialog(String title, String text, String confirm, SerializableConsumer<String> action) {
        setHeaderTitle(title);
        setId("reason-dialog");
        setWidth("min(34rem, 95vw)");
        TextArea reason = new TextArea(getTranslation("reason.label"));
        reason.setId("reason-text");
        reason.setWidthFull();
        reason.setRequiredIndicatorVisible(true);
        reason.setMaxLength(Text.REASON_LENGTH);
        add(new Paragraph(text), reason);
        Button ok = new Button(confirm, e -> {
            try {
                action.accept(reason.getValue());
                close();
            } catch (RuleViolation violation) {
                reason.setInvalid(true);
                reason.setErrorMessage(getTranslation(violation.messageKey(), violation.arguments()));
            }
        });
        ok.setId("reason-confirm");
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), ok);
    }
}
