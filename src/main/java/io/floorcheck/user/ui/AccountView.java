package io.floorcheck.user.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.floorcheck.security.Account;
import io.floorcheck.security.CurrentUser;
import io.floorcheck.security.PasswordChangeGate;
import io.floorcheck.user.Passwords;
import io.floorcheck.user.UserService;
import jakarta.annotation.security.PermitAll;

/** A user's own account: who they are signed in as, and changing their password. */
@Route(PasswordChangeGate.ACCOUNT_ROUTE)
@PermitAll
class AccountView extends Main implements HasDynamicTitle {

    private final UserService users;
    private final PasswordField current = new PasswordField();
    private final PasswordField fresh = new PasswordField();
    private final PasswordField repeat = new PasswordField();

    AccountView(UserService users) {
        this.users = users;
        addClassName("fc-page");
        Account account = CurrentUser.account().orElseThrow();
        String role = account.primaryRole().isEmpty() ? "" : getTranslation("role." + account.primaryRole());

        current.setLabel(getTranslation("account.current"));
        current.setId("password-current");
        fresh.setLabel(getTranslation("account.new"));
        fresh.setId("password-new");
        fresh.setMinLength(Passwords.MIN_LENGTH);
        fresh.setMaxLength(Passwords.MAX_LENGTH);
        fresh.setHelperText(getTranslation("account.error.weak", Passwords.MIN_LENGTH));
        repeat.setLabel(getTranslation("account.repeat"));
        repeat.setId("password-repeat");
        Button change = new Button(getTranslation("account.change"), event -> change());
        change.setId("password-change");
        change.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        FormLayout form = new FormLayout(current, fresh, repeat);
        form.setMaxWidth("32rem");
        add(new H1(getTranslation("account.title")),
                new Paragraph(getTranslation("account.profile", account.displayName(), role)));
        if (account.passwordChangeRequired()) {
            Paragraph required = new Paragraph(getTranslation("account.changeRequired"));
            required.setId("password-change-required");
            required.addClassName("fc-notice");
            add(required);
        }
        add(new H2(getTranslation("account.change")), form, change);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("account.title") + " · " + getTranslation("app.name");
    }

    private void change() {
        fresh.setInvalid(false);
        repeat.setInvalid(false);
        if (!Passwords.acceptable(fresh.getValue())) {
            fresh.setErrorMessage(getTranslation("account.error.weak", Passwords.MIN_LENGTH));
            fresh.setInvalid(true);
            return;
        }
        if (!fresh.getValue().equals(repeat.getValue())) {
            repeat.setErrorMessage(getTranslation("account.mismatch"));
            repeat.setInvalid(true);
            return;
        }
        users.changeOwnPassword(current.getValue(), fresh.getValue());
        current.clear();
        fresh.clear();
        repeat.clear();
        Notification.show(getTranslation("account.changed"), 4000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }
}
