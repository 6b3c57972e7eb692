package io.floorcheck.base.ui;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import io.floorcheck.base.Mark;

/**
 * One criterion on a scorecard, made for a finger on a tablet: a large button per level (and
 * N/A where allowed), or pass and fail for a gate; the chosen level's descriptor beneath; the
 * evidence note; the calls linked as evidence, where there are any. It only shows and reports:
 * the view saves. Shared by the visit scorecard and the leadership scorecard, so both behave
 * alike; each view describes its criteria with a {@link Spec} and names each panel with a key
 * unique on its page (a leadership scorecard has the same criterion once per recommendation).
 */
public class CriterionPanel extends Div {

    /**
     * What a criterion asks for, as the panel shows it; {@code context}, when not null, names
     * what is scored above the title (the recommendation, on a leadership scorecard).
     */
    public record Spec(String code, String title, String guidance, int scaleMin, int scaleMax, boolean naAllowed,
            boolean gate, String passCondition, List<Level> descriptors, int evidenceLength, String context) {

        public Spec {
            descriptors = List.copyOf(descriptors);
        }
    }

    /** What one level means. */
    public record Level(int score, String descriptor) {
    }

    /** Something that can be linked as evidence (a call from the visit's log). */
    public record Link(long id, String label) {
    }

    /** What the evaluator did, for the view to save; {@code key} names the panel. */
    public interface Listener {
        void marked(String key, Mark mark);

        void noted(String key, String evidence);

        void linked(String key, List<Long> ids);

        void touched(String key);
    }

    /** Evidence notes are sent while typing at least this often, and on leaving the field. */
    public static final int NOTE_SYNC_MILLIS = 2000;

    private final Spec criterion;
    private final List<Level> descriptors;
    private final MarkPicker picker;
    private final Span state = new Span();
    /** Made when first needed (a note stored or asked for, a mark that needs one, "Add a note"). */
    private TextArea evidence;
    /** Made when first needed (asked for, or calls already linked): most criteria are not about calls. */
    private MultiSelectComboBox<Link> calls;
    private final List<Link> logged;
    private final Listener listener;
    private boolean editable = true;
    private final String key;

    public CriterionPanel(String key, Spec criterion, List<Link> logged, Listener listener) {
        this.key = key;
        this.logged = List.copyOf(logged);
        this.listener = listener;
        this.criterion = criterion;
        this.descriptors = criterion.descriptors();
        addClassName("fc-score-item");
        setId("criterion-" + idPart(key));
        getElement().setAttribute("data-key", key);
        getElement().setAttribute("data-code", criterion.code());

        // The words that never change while scoring are plain HTML, one element each: a card of
        // 47 criteria keeps hundreds fewer components on the server (text escaped, never markup).
        if (criterion.context() != null) {
            add(new Html("<p class=\"fc-score-context\">" + escape(criterion.context()) + "</p>"));
        }
        state.addClassName("fc-score-state");
        Div head = new Div(new Html("<h3><span class=\"fc-code\">" + escape(criterion.code()) + "</span><span>"
                + escape(criterion.title()) + "</span></h3>"), state);
        head.addClassName("fc-score-head");
        add(head);
        if (criterion.guidance() != null && !criterion.guidance().isBlank()) {
            add(new Html("<p class=\"fc-muted\">" + escape(criterion.guidance()) + "</p>"));
        }
        if (criterion.gate()) {
            add(new Html("<p class=\"fc-pass-condition\">"
                    + escape(getTranslation("scorecard.passWhen", criterion.passCondition())) + "</p>"));
        } else if (!descriptors.isEmpty()) {
            // Opened and closed in the browser alone: the levels never change while scoring.
            add(new Html(levels()));
        }

        Map<Mark, String> choices = new LinkedHashMap<>();
        if (criterion.gate()) {
            choices.put(Mark.pass(), getTranslation("scorecard.pass"));
            choices.put(Mark.fail(), getTranslation("scorecard.fail"));
        } else {
            for (int level = criterion.scaleMin(); level <= criterion.scaleMax(); level++) {
                choices.put(Mark.level(level), String.valueOf(level));
            }
        }
        if (criterion.naAllowed()) {
            choices.put(Mark.notApplicableMark(), getTranslation("scorecard.na"));
        }
        picker = new MarkPicker(idPart(key), choices, criterion.code() + " " + criterion.title(),
                getTranslation("scorecard.clear"));
        picker.onChoice(mark -> listener.marked(key, mark));
        add(picker);


        picker.offerActions(idPart(key), getTranslation("scorecard.addNote"), () -> {
            evidence().focus();
            picker.showActions(false, editable && calls == null && !this.logged.isEmpty());
        }, logged.isEmpty() ? null : getTranslation("scorecard.linkCalls", logged.size()), () -> {
            calls().setVisible(true);
            picker.showActions(editable && evidence == null, false);
            calls().focus();
        });
    }

    /** The evidence note field, made on first use and placed after the chosen level's words. */
    private TextArea evidence() {
        if (evidence == null) {
            evidence = new TextArea();
            evidence.setLabel(getTranslation("scorecard.evidence"));
            evidence.setId("evidence-" + idPart(key));
            evidence.addClassName("fc-evidence");
            evidence.setWidthFull();
            evidence.setMaxLength(criterion.evidenceLength());
            evidence.setReadOnly(!editable);
            // Typing reaches the server every two seconds and when the field is left (the blur event
            // flushes the pending value first), so a reload or a dropped line loses seconds at most.
            evidence.setValueChangeMode(ValueChangeMode.TIMEOUT);
            evidence.setValueChangeTimeout(NOTE_SYNC_MILLIS);
            evidence.addValueChangeListener(e -> {
                if (e.isFromClient()) {
                    listener.noted(key, e.getValue());
                }
            });
            evidence.addBlurListener(e -> listener.touched(key));
            addComponentAtIndex(indexOf(picker) + 1, evidence);
        }
        return evidence;
    }

    /** The call picker, made on first use and placed after the "link calls" button. */
    private MultiSelectComboBox<Link> calls() {
        if (calls == null) {
            calls = new MultiSelectComboBox<>();
            calls.setLabel(getTranslation("scorecard.calls"));
            calls.setId("calls-" + idPart(key));
            calls.setItems(logged);
            calls.setItemLabelGenerator(Link::label);
            calls.setWidthFull();
            calls.setReadOnly(!editable);
            calls.addValueChangeListener(e -> {
                if (e.isFromClient()) {
                    listener.linked(key, e.getValue().stream().map(Link::id).sorted().toList());
                }
            });
            add(calls);
        }
        return calls;
    }

    /** "What each level means", folded: a native details element with the rubric's descriptors. */
    private String levels() {
        StringBuilder html = new StringBuilder("<details class=\"fc-descriptors\"><summary>")
                .append(escape(getTranslation("scorecard.descriptors"))).append("</summary><ul class=\"fc-levels\">");
        for (Level level : descriptors) {
            html.append("<li class=\"fc-level\"><span class=\"fc-level-score\">").append(level.score())
                    .append("</span><span>").append(escape(level.descriptor())).append("</span></li>");
        }
        return html.append("</ul></details>").toString();
    }

    /**
     * Puts the keyboard focus on the criterion's marks (the chosen one, the group's tab stop), once
     * the browser has drawn them: a panel just added draws its marks a moment later.
     */
    public void focusMarks() {
        getElement().executeJs("""
                const marks = this.querySelector('fc-marks');
                Promise.resolve(marks && marks.updateComplete).then(() =>
                    this.querySelector('fc-marks [role=radio][tabindex="0"]:not([disabled])')?.focus());""");
    }

    /** The marks of this criterion, as one element. */
    public MarkPicker picker() {
        return picker;
    }

    /** The evidence note as it stands in the field, typed but perhaps not yet saved. */
    public String typedEvidence() {
        return evidence == null ? "" : evidence.getValue();
    }

    /** Shows the stored state: the chosen mark, its descriptor, the note and the linked calls. */
    public void show(Mark mark, String note, List<Long> linked, boolean evidenceNeeded, boolean editable) {
        boolean hasEvidence = note != null && !note.isBlank();
        picker.show(mark, editable);
        picker.describe(mark.isSet() ? describe(mark) : "");
        this.editable = editable;
        boolean missing = evidenceNeeded && !hasEvidence;
        // The field is there once a note is stored or needed (or was asked for); until then a
        // criterion offers "Add a note", lighter by far than an empty field on every criterion.
        if (evidence != null || hasEvidence || evidenceNeeded) {
            TextArea field = evidence();
            if (!Objects.equals(blankToEmpty(note), field.getValue())) {
                field.setValue(blankToEmpty(note));
            }
            field.setReadOnly(!editable);
            field.setRequiredIndicatorVisible(evidenceNeeded);
            field.setHelperText(evidenceNeeded ? getTranslation(criterion.gate() ? "scorecard.evidenceForFail"
                    : "scorecard.evidenceRequired") : null);
            field.setInvalid(missing);
            field.setErrorMessage(missing ? getTranslation("scorecard.evidenceMissing") : null);
        }
        if (!logged.isEmpty()) {
            Set<Link> selected = new LinkedHashSet<>();
            logged.stream().filter(call -> linked.contains(call.id())).forEach(selected::add);
            if (!selected.isEmpty() || calls != null) {
                if (!selected.equals(calls().getValue())) {
                    calls().setValue(selected);
                }
                calls().setReadOnly(!editable);
                calls().setVisible(true);
            }
        }
        picker.showActions(editable && evidence == null, editable && !logged.isEmpty() && calls == null);
        String stateKey = !mark.isSet() ? "unscored" : missing ? "evidence" : "scored";
        getElement().setAttribute("data-state", stateKey);
        state.setText(getTranslation("scorecard.item." + stateKey));
    }

    private String describe(Mark mark) {
        if (mark.passed() != null) {
            return getTranslation(mark.passed() ? "scorecard.passed" : "scorecard.failed");
        }
        if (mark.notApplicable()) {
            return getTranslation("scorecard.naChosen");
        }
        if (mark.level() == null) {
            return "";
        }
        return descriptors.stream().filter(level -> level.score() == mark.level()).findFirst()
                .map(level -> mark.level() + " — " + level.descriptor()).orElse(String.valueOf(mark.level()));
    }

    /**
     * A criterion code as part of an element id: rubric codes are free text of up to 16
     * characters, ids are not; the code itself travels in {@code data-code}.
     */
    public static String idPart(String code) {
        return code.replaceAll("[^A-Za-z0-9._-]", "_");
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static String blankToEmpty(String value) {
        return value == null ? "" : value;
    }
}
