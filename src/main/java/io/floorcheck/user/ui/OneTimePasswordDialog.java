package io.floorcheck.user.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;

/**
 * Shows a generated password once, in a read-only field with a copy button (selecting a
 * 20-character password on a tablet is fiddly). It stays open until dismissed, unlike a
 * notification that could vanish unread.
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
        Button copy = new Button(getTranslation("users.password.copy"), VaadinIcon.COPY_O.create());
        copy.setId("one-time-password-copy");
        // Copied in the browser, within the tap itself: a round trip first would lose the
        // permission to write the clipboard. Without the clipboard API (plain http on a LAN
        // address), the field's text is selected and copied the old way.
        copy.getElement().executeJs("""
                const button = this;
                const field = $0;
                const copied = $1;
                const select = $2;
                button.addEventListener('click', async () => {
                  let done = false;
                  try {
                    await navigator.clipboard.writeText(field.value);
                    done = true;
                  } catch (e) {
                    const input = field.inputElement || field.querySelector('input');
                    input.removeAttribute('readonly');
                    input.select();
                    done = document.execCommand('copy');
                    input.setAttribute('readonly', '');
                  }
                  field.helperText = done ? copied : select;
                });""", field.getElement(), getTranslation("users.password.copied"),
                getTranslation("users.password.selectToCopy"));
        Div row = new Div(field, copy);
        row.addClassName("fc-copy-row");
        add(new Paragraph(message), row);
        Button done = new Button(getTranslation("users.password.done"), event -> close());
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(done);
    }
}
