package io.floorcheck.base.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;

/**
 * An evidence note was changed elsewhere while this tab was typing it. Typed text is never
 * dropped: the evaluator chooses between the stored note and theirs, and only an explicit choice
 * closes the dialog (neither a stray tap outside nor Esc).
 */
public class NoteClashDialog extends Dialog {

    public NoteClashDialog(String item, String stored, String mine, Runnable keepMine, Runnable useStored) {
        setId("scorecard-note-clash");
        setHeaderTitle(getTranslation("scorecard.noteClash", item));
        add(new Paragraph(getTranslation("scorecard.noteStored", stored == null ? "—" : stored)),
                new Paragraph(getTranslation("scorecard.noteMine", mine == null ? "—" : mine)));
        Button keep = new Button(getTranslation("scorecard.keepMine"), e -> {
            close();
            keepMine.run();
        });
        keep.setId("scorecard-keep-mine");
        keep.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button use = new Button(getTranslation("scorecard.useStored"), e -> {
            close();
            useStored.run();
        });
        use.setId("scorecard-use-stored");
        getFooter().add(use, keep);
        setCloseOnOutsideClick(false);
        setCloseOnEsc(false);
    }
}
