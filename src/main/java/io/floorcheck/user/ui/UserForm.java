package io.floorcheck.user.ui;

import java.util.Set;
import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.validator.EmailValidator;
import io.floorcheck.security.Roles;
import io.floorcheck.user.UserDraft;

/**
 * The dialog for a new or edited user. It owns its binder and knows nothing of services: the
 * view gets the entered {@link UserDraft} through the save callback.
 */
class UserForm extends Dialog {

    private final EmailField email = new EmailField();
    private final TextField displayName = new TextField();
    private final TextField title = new TextField();
    private final CheckboxGroup<String> roles = new CheckboxGroup<>();
    private final Binder<Fields> binder = new Binder<>();
    private Consumer<UserDraft> onSave = draft -> { };

    UserForm(String heading, UserDraft draft) {
        setHeaderTitle(heading);
        addClassName("fc-user-form");
        setWidth("min(36rem, 95vw)");

        email.setLabel(getTranslation("users.form.email"));
        email.setId("user-email");
        email.setMaxLength(UserDraft.EMAIL_MAX_LENGTH);
        displayName.setLabel(getTranslation("users.form.name"));
        displayName.setId("user-name");
        displayName.setMaxLength(UserDraft.NAME_MAX_LENGTH);
        title.setLabel(getTranslation("users.form.title"));
        title.setId("user-title");
        title.setMaxLength(UserDraft.TITLE_MAX_LENGTH);
        roles.setLabel(getTranslation("users.form.roles"));
        roles.setId("user-roles");
        roles.setItems(Roles.ALL);
        roles.setItemLabelGenerator(role -> getTranslation("role." + role));

        binder.forField(email).asRequired(getTranslation("validation.required"))
                .withValidator(new EmailValidator(getTranslation("validation.email")))
                .bind(Fields::getEmail, Fields::setEmail);
        binder.forField(displayName).asRequired(getTranslation("validation.required"))
                .bind(Fields::getDisplayName, Fields::setDisplayName);
        binder.forField(title).bind(Fields::getTitle, Fields::setTitle);
        binder.forField(roles).withValidator(selected -> !selected.isEmpty(), getTranslation("validation.roles"))
                .bind(Fields::getRoles, Fields::setRoles);
        binder.setBean(Fields.of(draft));

        add(new FormLayout(email, displayName, title, roles));

        Button save = new Button(getTranslation("users.form.save"), event -> save());
        save.setId("user-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("users.form.cancel"), event -> close());
        getFooter().add(cancel, save);
    }

    void setOnSave(Consumer<UserDraft> onSave) {
        this.onSave = onSave;
    }

    private void save() {
        if (binder.validate().isOk()) {
            onSave.accept(binder.getBean().toDraft());
        }
    }

    /** Mutable holder for the binder; the rest of the code sees the immutable draft. */
    static final class Fields {
        private String email;
        private String displayName;
        private String title;
        private Set<String> roles;

        static Fields of(UserDraft draft) {
            Fields fields = new Fields();
            fields.email = draft.email();
            fields.displayName = draft.displayName();
            fields.title = draft.title() == null ? "" : draft.title();
            fields.roles = draft.roles();
            return fields;
        }

        UserDraft toDraft() {
            return new UserDraft(email, displayName, title, roles);
        }

        String getEmail() { return email; }
        void setEmail(String email) { this.email = email; }
        String getDisplayName() { return displayName; }
        void setDisplayName(String displayName) { this.displayName = displayName; }
        String getTitle() { return title; }
        void setTitle(String title) { this.title = title; }
        Set<String> getRoles() { return roles; }
        void setRoles(Set<String> roles) { this.roles = roles; }
    }
}
