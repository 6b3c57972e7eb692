package io.floorcheck.user.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;

/**
 * Shows a generated password once, in a read-only field the administrator can select and
 * copy. It stays open until dismissed, unlike a notification that could vanish unread.
 */
class OneTimePasswordDialog extends Dialog {

    OneTimePasswordDialog(String message, String password) {
        setHeaderTitle(getTranslation("users.password.title"));
        TextField field = new TextField();
        field.setId("one-time-password");
        field.setValue(password);
        field.setReadOnly(true);
        field.setWidthFull();
        field.addClassName("fc-password");
        add(new Paragraph(message), field);
        Button done = new Button(getTranslation("users.password.done"), event -> close());
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(done);
    }
}
