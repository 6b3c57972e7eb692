package io.floorcheck.rubric.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import io.floorcheck.base.RuleViolation;
import io.floorcheck.rubric.NewRubric;
import io.floorcheck.rubric.RubricAuthoring;
import io.floorcheck.rubric.RubricPurpose;

/** Starts a rubric from scratch: name, what it scores, a description; the editor opens on its first draft. */
class NewRubricDialog extends Dialog {

    NewRubricDialog(RubricAuthoring authoring) {
        setHeaderTitle(getTranslation("rubrics.new"));
        setId("new-rubric-dialog");
        setWidth("min(36rem, 95vw)");
        TextField name = new TextField(getTranslation("editor.name"));
        name.setId("new-rubric-name");
        name.setWidthFull();
        name.setRequiredIndicatorVisible(true);
        name.setMaxLength(NewRubric.NAME_LENGTH);
        ComboBox<RubricPurpose> purpose = new ComboBox<>(getTranslation("editor.purposeLabel"),
                RubricPurpose.values());
        purpose.setId("new-rubric-purpose");
        purpose.setItemLabelGenerator(p -> getTranslation("rubrics.purpose." + p));
        purpose.setRequiredIndicatorVisible(true);
        purpose.setWidthFull();
        TextArea description = new TextArea(getTranslation("editor.description"));
        description.setWidthFull();
        add(name, purpose, description);
        Button create = new Button(getTranslation("rubrics.create"), click -> {
            try {
                long draftId = authoring.create(new NewRubric(name.getValue(), purpose.getValue(),
                        description.getValue()));
                // Navigate while still attached: a closed dialog has no UI any more.
                getUI().ifPresent(ui -> ui.navigate(RubricEditorView.class, draftId));
                close();
            } catch (RuleViolation violation) {
                if (violation.messageKey().equals("rubrics.error.purposeMissing")) {
                    purpose.setInvalid(true);
                    purpose.setErrorMessage(getTranslation(violation.messageKey(), violation.arguments()));
                } else {
                    name.setInvalid(true);
                    name.setErrorMessage(getTranslation(violation.messageKey(), violation.arguments()));
                }
            }
        });
        create.setId("new-rubric-create");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), create);
    }
}
