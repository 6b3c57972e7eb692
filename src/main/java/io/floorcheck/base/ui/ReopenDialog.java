package io.floorcheck.base.ui;

import java.util.Optional;
import java.util.function.Function;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;

/**
 * Asks why a submitted scorecard is reopened. {@code reopen} gets the reason and answers with a
 * message to show at the field when it was refused (the dialog stays open), or empty when done.
 */
public class ReopenDialog extends Dialog {

    public ReopenDialog(String title, String text, Function<String, Optional<String>> reopen) {
        setHeaderTitle(title);
        setId("scorecard-reopen-dialog");
        TextArea reason = new TextArea(getTranslation("scorecard.reopenReason"));
        reason.setId("scorecard-reopen-reason");
        reason.setWidthFull();
        reason.setMaxLength(2000);
        add(new Paragraph(text), reason);
        Button confirm = new Button(getTranslation("scorecard.reopen"), e -> {
            Optional<String> refusal = reopen.apply(reason.getValue());
            if (refusal.isPresent()) {
                reason.setInvalid(true);
                reason.setErrorMessage(refusal.get());
            } else {
                close();
            }
        });
        confirm.setId("scorecard-reopen-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("action.cancel"), e -> close());
        getFooter().add(cancel, confirm);
    }
}
