package io.floorcheck.rubric.ui;

import java.io.Serializable;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import io.floorcheck.base.RuleViolation;
import io.floorcheck.base.ui.BoundedUpload;
import io.floorcheck.base.ui.ImportProblemList;
import io.floorcheck.base.ImportRefused;
import io.floorcheck.rubric.NewRubric;
import io.floorcheck.rubric.RubricCsvReader;
import io.floorcheck.rubric.RubricPurpose;

/**
 * Uploads a rubric CSV: either as a new rubric (name and purpose asked for here) or into the
 * open draft. A refused file lists every problem with its line; nothing is written until the
 * whole file is right, so the user fixes the file and simply uploads it again.
 */
class ImportDialog extends Dialog {

    /** What to do with a file: returns the draft that now holds it. */
    @FunctionalInterface
    interface Importer extends Serializable {
        long accept(NewRubric rubric, byte[] csv);
    }

    private final Importer importer;
    private final TextField name;
    private final ComboBox<RubricPurpose> purpose;
    private final Div result = new Div();
    private final boolean asNew;

    /** As a new rubric the dialog asks for name and purpose and opens the new draft; into a draft it just closes. */
    ImportDialog(String title, String intro, boolean asNew, Importer importer) {
        this.importer = importer;
        this.asNew = asNew;
        setHeaderTitle(title);
        setId("import-dialog");
        setWidth("min(40rem, 95vw)");
        add(new Paragraph(intro));
        name = new TextField(getTranslation("editor.name"));
        name.setId("import-name");
        name.setWidthFull();
        purpose = new ComboBox<>(getTranslation("editor.purposeLabel"), RubricPurpose.values());
        purpose.setId("import-purpose");
        purpose.setItemLabelGenerator(p -> getTranslation("rubrics.purpose." + p));
        purpose.setWidthFull();
        if (asNew) {
            add(name, purpose);
        }
        BoundedUpload upload = new BoundedUpload(RubricCsvReader.MAX_BYTES, ".csv,text/csv", this::receive,
                this::refusedUpload);
        upload.setId("import-upload");
        result.setId("import-result");
        add(upload, result);
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()));
    }

    /** A whole file arrived within the size limit. */
    void receive(byte[] csv) {
        result.removeAll();
        NewRubric rubric = new NewRubric(name.getValue(), purpose.getValue(), null);
        try {
            long draftId = importer.accept(rubric, csv);
            if (asNew) {
                // Navigate while still attached: a closed dialog has no UI any more.
                getUI().ifPresent(ui -> ui.navigate(RubricEditorView.class, draftId));
            }
            close();
        } catch (ImportRefused refused) {
            result.add(new ImportProblemList(refused.problems()));
        } catch (RuleViolation violation) {
            result.add(new Paragraph(getTranslation(violation.messageKey(), violation.arguments())));
        }
    }

    private void refusedUpload(String message) {
        result.removeAll();
        result.add(new Paragraph(message));
    }
}
