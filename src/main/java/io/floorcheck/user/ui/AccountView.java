package io.floorcheck.user.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.InvalidLocationException;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.RouteConfiguration;
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
class AccountView extends Main implements HasDynamicTitle, BeforeEnterObserver {

    private final UserService users;
    private final PasswordField current = new PasswordField();
    private final PasswordField fresh = new PasswordField();
    private final PasswordField repeat = new PasswordField();
    /** Set while the password must be changed before anything else. */
    private Paragraph required;
    /** Where the user was going when sent here to change a generated password: a place in the app. */
    private Location continueTo = new Location("");

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
        // The rule is the helper text; an error then says what is wrong, not the rule again.
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
            required = new Paragraph(getTranslation("account.changeRequired"));
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
            int typed = fresh.getValue().length();
            // Says what is wrong, not the rule again: too short, or (long enough) blank.
            fresh.setErrorMessage(typed < Passwords.MIN_LENGTH
                    ? getTranslation("account.error.tooShort", typed, Passwords.MIN_LENGTH)
                    : getTranslation("account.error.blank"));
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
        if (required != null) {
            // The gate is open now: a clear way on to where the user was going.
            Button onward = new Button(getTranslation("account.continue"), VaadinIcon.ARROW_RIGHT.create(),
                    e -> getUI().ifPresent(ui -> ui.navigate(continueTo.getPath(),
                            continueTo.getQueryParameters())));
            onward.setId("password-continue");
            onward.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
            Paragraph done = new Paragraph(getTranslation("account.changedContinue"));
            done.setId("password-changed");
            Div next = new Div(done, onward);
            next.addClassName("fc-notice");
            replace(required, next);
            required = null;
            onward.focus();
            return;
        }
        Notification.show(getTranslation("account.changed"), 4000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        // A place inside the app (the router never leaves it), parsed once: path and query apart,
        // as navigating needs them; anything unparsable, no page of the app (an address elsewhere
        // included), or this page itself, continues at home rather than at "Page not found".
        continueTo = event.getLocation().getQueryParameters().getSingleParameter(PasswordChangeGate.CONTINUE)
                .flatMap(AccountView::place)
                .filter(place -> !place.getFirstSegment().equals(PasswordChangeGate.ACCOUNT_ROUTE))
                .filter(place -> RouteConfiguration.forSessionScope().getRoute(place.getPath()).isPresent())
                .orElse(new Location(""));
    }

    private static java.util.Optional<Location> place(String value) {
        try {
            Location place = new Location(value);
            return place.getSegments().contains("..") ? java.util.Optional.empty() : java.util.Optional.of(place);
        } catch (InvalidLocationException notAPlace) {
            return java.util.Optional.empty();
        }
    }
}
