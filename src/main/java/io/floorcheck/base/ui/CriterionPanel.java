package io.floorcheck.base.ui;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
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
    private final Map<Mark, Button> buttons = new java.util.LinkedHashMap<>();
    private final Paragraph chosen = new Paragraph();
    private final Span state = new Span();
    private final Button clear = new Button();
    private final Button linkCalls = new Button();
    private final TextArea evidence = new TextArea();
    private final MultiSelectComboBox<Link> calls = new MultiSelectComboBox<>();
    private final String key;

    public CriterionPanel(String key, Spec criterion, List<Link> logged, Listener listener) {
        this.key = key;
        this.criterion = criterion;
        this.descriptors = criterion.descriptors();
        addClassName("fc-score-item");
        setId("criterion-" + idPart(key));
        getElement().setAttribute("data-key", key);
        getElement().setAttribute("data-code", criterion.code());

        if (criterion.context() != null) {
            Paragraph context = new Paragraph(criterion.context());
            context.addClassName("fc-score-context");
            add(context);
        }
        Span code = new Span(criterion.code());
        code.addClassName("fc-code");
        H3 title = new H3(code, new Span(criterion.title()));
        state.addClassName("fc-score-state");
        Div head = new Div(title, state);
        head.addClassName("fc-score-head");
        add(head);
        if (criterion.guidance() != null && !criterion.guidance().isBlank()) {
            Paragraph guidance = new Paragraph(criterion.guidance());
            guidance.addClassName("fc-muted");
            add(guidance);
        }
        if (criterion.gate()) {
            Paragraph condition = new Paragraph(getTranslation("scorecard.passWhen", criterion.passCondition()));
            condition.addClassName("fc-pass-condition");
            add(condition);
        } else if (!descriptors.isEmpty()) {
            UnorderedList levels = new UnorderedList();
            levels.addClassName("fc-levels");
            for (Level level : descriptors) {
                Span score = new Span(String.valueOf(level.score()));
                score.addClassName("fc-level-score");
                ListItem item = new ListItem(score, new Span(level.descriptor()));
                item.addClassName("fc-level");
                levels.add(item);
            }
            Details all = new Details(getTranslation("scorecard.descriptors"), levels);
            all.addClassName("fc-descriptors");
            add(all);
        }

        Div row = new Div();
        row.addClassName("fc-score-buttons");
        if (criterion.gate()) {
            row.add(button(Mark.pass(), getTranslation("scorecard.pass"), listener));
            row.add(button(Mark.fail(), getTranslation("scorecard.fail"), listener));
        } else {
            for (int level = criterion.scaleMin(); level <= criterion.scaleMax(); level++) {
                row.add(button(Mark.level(level), String.valueOf(level), listener));
            }
        }
        if (criterion.naAllowed()) {
            row.add(button(Mark.notApplicableMark(), getTranslation("scorecard.na"), listener));
        }
        clear.setText(getTranslation("scorecard.clear"));
        clear.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        clear.setId("clear-" + idPart(key));
        clear.addClickListener(e -> listener.marked(key, Mark.NONE));
        row.add(clear);
        add(row);
        chosen.addClassName("fc-chosen");
        add(chosen);

        evidence.setLabel(getTranslation("scorecard.evidence"));
        evidence.setId("evidence-" + idPart(key));
        evidence.addClassName("fc-evidence");
        evidence.setWidthFull();
        evidence.setMaxLength(criterion.evidenceLength());
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
        add(evidence);

        if (!logged.isEmpty()) {
            calls.setLabel(getTranslation("scorecard.calls"));
            calls.setId("calls-" + idPart(key));
            calls.setItems(logged);
            calls.setItemLabelGenerator(Link::label);
            calls.setWidthFull();
            calls.addValueChangeListener(e -> {
                if (e.isFromClient()) {
                    listener.linked(key, e.getValue().stream().map(Link::id).sorted().toList());
                }
            });
            // Most criteria are not about calls: the picker stays folded away until asked for or used.
            calls.setVisible(false);
            linkCalls.setText(getTranslation("scorecard.linkCalls", logged.size()));
            linkCalls.setIcon(VaadinIcon.PHONE.create());
            linkCalls.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            linkCalls.setId("link-calls-" + idPart(key));
            linkCalls.addClickListener(e -> {
                calls.setVisible(true);
                linkCalls.setVisible(false);
                calls.focus();
            });
            add(linkCalls, calls);
        }
    }

    private Button button(Mark mark, String text, Listener listener) {
        Button button = new Button(text, e -> listener.marked(key, mark));
        button.addClassName("fc-score-button");
        button.getElement().setAttribute("data-mark", mark.describe());
        button.setId("mark-" + idPart(key) + "-" + idPart(mark.describe().replace('/', '-')));
        buttons.put(mark, button);
        return button;
    }

    /** The evidence note as it stands in the field, typed but perhaps not yet saved. */
    public String typedEvidence() {
        return evidence.getValue();
    }

    /** Shows the stored state: the chosen mark, its descriptor, the note and the linked calls. */
    public void show(Mark mark, String note, List<Long> linked, boolean evidenceNeeded, boolean editable) {
        boolean hasEvidence = note != null && !note.isBlank();
        buttons.forEach((candidate, button) -> {
            boolean selected = candidate.equals(mark);
            if (selected) {
                button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            } else {
                button.removeThemeVariants(ButtonVariant.LUMO_PRIMARY);
            }
            button.getElement().setAttribute("aria-pressed", String.valueOf(selected));
            button.setEnabled(editable);
        });
        clear.setVisible(editable && mark.isSet());
        chosen.setText(describe(mark));
        chosen.setVisible(mark.isSet());
        if (!Objects.equals(blankToEmpty(note), evidence.getValue())) {
            evidence.setValue(blankToEmpty(note));
        }
        evidence.setReadOnly(!editable);
        boolean missing = evidenceNeeded && !hasEvidence;
        evidence.setRequiredIndicatorVisible(evidenceNeeded);
        evidence.setHelperText(evidenceNeeded ? getTranslation(criterion.gate() ? "scorecard.evidenceForFail"
                : "scorecard.evidenceRequired") : null);
        evidence.setInvalid(missing);
        evidence.setErrorMessage(missing ? getTranslation("scorecard.evidenceMissing") : null);
        if (!calls.getListDataView().getItems().toList().isEmpty()) {
            Set<Link> selected = new LinkedHashSet<>();
            calls.getListDataView().getItems().filter(call -> linked.contains(call.id()))
                    .forEach(selected::add);
            if (!selected.equals(calls.getValue())) {
                calls.setValue(selected);
            }
            calls.setReadOnly(!editable);
            if (!selected.isEmpty()) {
                calls.setVisible(true);
            }
            linkCalls.setVisible(editable && !calls.isVisible());
        }
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

    private static String blankToEmpty(String value) {
        return value == null ? "" : value;
    }
}
