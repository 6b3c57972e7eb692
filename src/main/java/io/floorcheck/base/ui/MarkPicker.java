package io.floorcheck.base.ui;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasEnabled;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import io.floorcheck.base.Mark;

/**
 * A criterion's marks as one browser element ({@code frontend/fc-marks.ts}): a radio group with
 * arrow keys, finger-sized, one event per choice. The server keeps one element per criterion
 * instead of a row of buttons with a listener each — the bulk of a scorecard session's state.
 */
@Tag("fc-marks")
@JsModule("./fc-marks.ts")
public class MarkPicker extends Component implements HasEnabled {

    /** A mark as the element shows it: its value on the wire ("4", "N/A", "pass"), its label, its button's id. */
    public record Option(String value, String label, String id) {
    }

    private final Map<String, Mark> marks = new LinkedHashMap<>();
    private Mark value = Mark.NONE;
    private Consumer<Mark> listener;
    private Runnable addNote;
    private Runnable linkCalls;

    /**
     * @param idPart the criterion's key as it may appear in an element id; the buttons get the
     *               ids {@code mark-<idPart>-<mark>} and the clear button {@code clear-<idPart>}
     * @param choices the marks in the order shown, with their labels
     */
    public MarkPicker(String idPart, Map<Mark, String> choices, String groupLabel, String clearLabel) {
        setId("marks-" + idPart);
        List<Option> options = choices.entrySet().stream().map(choice -> {
            String wire = wire(choice.getKey());
            marks.put(wire, choice.getKey());
            return new Option(wire, choice.getValue(), "mark-" + idPart + "-" + wire.replace('/', '-'));
        }).toList();
        getElement().setPropertyList("options", options);
        getElement().setProperty("label", groupLabel);
        getElement().setProperty("clearLabel", clearLabel);
        getElement().setProperty("clearId", "clear-" + idPart);
        getElement().setProperty("value", "");
    }

    /** Called with the mark chosen in the browser (none when cleared). */
    public void onChoice(Consumer<Mark> listener) {
        this.listener = listener;
        getElement().addEventListener("mark-chosen", event -> {
            String chosen = event.getEventData().get("event.detail.value").asString();
            // Only the marks offered: anything else from the wire is ignored.
            Mark mark = chosen.isEmpty() ? Mark.NONE : marks.get(chosen);
            try {
                if (mark != null) {
                    choose(mark);
                }
            } finally {
                // Whatever happened to the choice (saved, refused, failed, an error), the browser
                // shows the stored mark again: never one that was not saved. Sent as a call, not a
                // property: Vaadin sends a property only when its server-side value changed, and
                // the browser's optimistic choice is a change the server never saw.
                getElement().executeJs("this.value = $0", wire(value));
            }
        }).addEventData("event.detail.value");
    }

    /**
     * What a choice in the browser does (browserless view tests, which have no browser to tap
     * in, choose through here too). Nothing while disabled: a read-only card takes no marks.
     */
    public void choose(Mark mark) {
        if (isEnabled() && listener != null) {
            listener.accept(mark);
        }
    }

    /**
     * The criterion's other actions, drawn by the same element (buttons on the server for each
     * criterion would cost more than the marks saved): "Add a note" and "Link calls".
     */
    public void offerActions(String idPart, String noteLabel, Runnable addNote, String callsLabel,
            Runnable linkCalls) {
        getElement().setProperty("noteLabel", noteLabel);
        getElement().setProperty("noteId", "add-note-" + idPart);
        getElement().addEventListener("add-note", event -> addNote());
        this.addNote = addNote;
        if (callsLabel != null) {
            getElement().setProperty("callsLabel", callsLabel);
            getElement().setProperty("callsId", "link-calls-" + idPart);
            getElement().addEventListener("link-calls", event -> linkCalls());
            this.linkCalls = linkCalls;
        }
    }

    /** The words of the stored mark under the marks ("2 — Data shown, …"), none when unscored. */
    public void describe(String text) {
        getElement().setProperty("chosenText", text == null ? "" : text);
    }

    /** Shows or hides the two actions. */
    public void showActions(boolean note, boolean calls) {
        getElement().setProperty("noteOffered", note);
        getElement().setProperty("callsOffered", calls);
    }

    /** What "Add a note" does (browserless view tests use it too). Only while offered. */
    public void addNote() {
        if (addNote != null && getElement().getProperty("noteOffered", false)) {
            addNote.run();
        }
    }

    /** What "Link calls" does (browserless view tests use it too). Only while offered. */
    public void linkCalls() {
        if (linkCalls != null && getElement().getProperty("callsOffered", false)) {
            linkCalls.run();
        }
    }

    /** The stored mark, shown as chosen (also putting it back after a refused or failed save). */
    public void show(Mark mark, boolean editable) {
        value = mark;
        getElement().setProperty("value", wire(mark));
        setEnabled(editable);
        getElement().setProperty("disabled", !editable);
    }

    public Mark value() {
        return value;
    }

    /** The marks offered, in order. */
    public List<Mark> marks() {
        return List.copyOf(marks.values());
    }

    /** A mark on the wire: its own description, "4", "N/A", "pass" or "fail". */
    private static String wire(Mark mark) {
        return mark.isSet() ? mark.describe() : "";
    }
}
