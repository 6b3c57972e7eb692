package io.floorcheck.rubric.ui;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.dnd.DragSource;
import com.vaadin.flow.component.dnd.DropTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.function.SerializableConsumer;
import io.floorcheck.rubric.RubricContent;
import io.floorcheck.rubric.RubricProblem;
import io.floorcheck.rubric.RubricProblem.Place;
import io.floorcheck.rubric.RubricRules;
import io.floorcheck.rubric.RubricSection;
import io.floorcheck.rubric.ui.EditableRubric.CriterionDraft;
import io.floorcheck.rubric.ui.EditableRubric.SectionDraft;

/**
 * The sections and criteria of a draft as a nested list of small forms. Every field writes
 * straight into the working copy and reports the change; adding, removing, moving and
 * toggling a gate also rebuild the list. Problems are shown next to the field they concern.
 */
class DraftForm extends Div {

    private final EditableRubric rubric;
    /** A recommendation rubric's criteria may take the scale minimum for upsells. */
    private final boolean recommendation;
    private final Runnable changed;
    private final Map<String, Consumer<String>> markers = new HashMap<>();
    private final Map<CriterionDraft, Span> shares = new HashMap<>();

    DraftForm(EditableRubric rubric, boolean recommendation, Runnable changed) {
        this.rubric = rubric;
        this.recommendation = recommendation;
        this.changed = changed;
        setId("draft-sections");
        addClassName("fc-draft");
        render();
    }

    /** Rebuilds the list after a change of structure, then reports the change. */
    void restructure() {
        render();
        changed.run();
    }

    private void render() {
        removeAll();
        markers.clear();
        shares.clear();
        for (int s = 0; s < rubric.sections.size(); s++) {
            add(sectionCard(rubric.sections.get(s), s));
        }
        Button addSection = new Button(getTranslation("editor.addSection"), VaadinIcon.PLUS.create(), click -> {
            rubric.addSection();
            restructure();
        });
        addSection.setId("add-section");
        add(addSection);
    }

    /** Marks every field with its problem (or clears it) and refreshes each criterion's share of the total. */
    void show(List<RubricProblem> problems) {
        markers.values().forEach(marker -> marker.accept(null));
        for (RubricProblem problem : problems) {
            Consumer<String> marker = markers.get(key(problem.place(), problem.section(), problem.criterion()));
            if (marker != null) {
                marker.accept(getTranslation(problem.key(), problem.args().toArray()));
            }
        }
        RubricContent content = rubric.toContent();
        for (int s = 0; s < rubric.sections.size(); s++) {
            RubricSection section = content.sections().get(s);
            List<CriterionDraft> drafts = rubric.sections.get(s).criteria;
            for (int c = 0; c < drafts.size(); c++) {
                Span share = shares.get(drafts.get(c));
                var criterion = section.criteria().get(c);
                if (share != null && !criterion.gate() && criterion.weight() != null && section.weight() != null) {
                    share.setText(getTranslation("editor.share", plain(section.shareOfTotal(criterion))));
                } else if (share != null) {
                    share.setText("");
                }
            }
        }
    }

    private Component sectionCard(SectionDraft section, int s) {
        Div card = new Div();
        card.addClassNames("fc-card", "fc-edit-section");
        card.setId("section-" + s);
        Icon handle = handle(getTranslation("editor.dragSection"));
        DragSource.create(handle).setDragData(section);
        DropTarget<Div> target = DropTarget.create(card);
        target.addDropListener(drop -> drop.getDragData().ifPresent(data -> {
            if (data instanceof SectionDraft moved) {
                rubric.placeSectionBefore(moved, section);
                restructure();
            } else if (data instanceof CriterionDraft moved && rubric.sectionOf(moved) != section) {
                rubric.placeCriterionLast(moved, section);
                restructure();
            }
        }));

        TextField code = text("editor.code", section.code, value -> section.code = value);
        code.addClassName("fc-code-field");
        mark(code, Place.SECTION_CODE, s, -1);
        TextField title = text("editor.sectionTitle", section.title, value -> section.title = value);
        title.addClassName("fc-grow");
        title.setId("section-title-" + s);
        mark(title, Place.SECTION_TITLE, s, -1);
        BigDecimalField weight = weightField(section.weight, value -> section.weight = value);
        weight.setId("section-weight-" + s);
        weight.setHelperText(section.gatesOnly() ? getTranslation("editor.gatesOnlyHelp") : null);
        mark(weight, Place.SECTION_WEIGHT, s, -1);
        Div head = new Div(handle, code, title, weight,
                iconButton(VaadinIcon.ARROW_UP, "editor.moveUp", () -> rubric.moveSection(section, -1)),
                iconButton(VaadinIcon.ARROW_DOWN, "editor.moveDown", () -> rubric.moveSection(section, 1)),
                removeButton(section.criteria.isEmpty() ? null : getTranslation("editor.removeSectionConfirm",
                        section.criteria.size()), () -> rubric.sections.remove(section)));
        head.addClassName("fc-edit-row");

        TextArea guidance = area(getTranslation("editor.sectionGuidance"), section.guidance,
                value -> section.guidance = value);
        Details levels = new Details(getTranslation("editor.sectionLevels", section.levels.size()));
        levels.addClassName("fc-edit-levels");
        EditableRubric.levelsOf(section).forEach(level -> levels.add(area(getTranslation("editor.level", level),
                section.levels.get(level), value -> section.levels.put(level, value))));
        Span levelsError = slot(Place.SECTION_LEVELS, s, -1);
        Span criteriaError = slot(Place.SECTION_CRITERIA, s, -1);
        card.add(new H2(getTranslation("editor.sectionHeading", s + 1)), head, guidance, levels, levelsError);
        for (int c = 0; c < section.criteria.size(); c++) {
            card.add(criterionRow(section, section.criteria.get(c), s, c));
        }
        Button addCriterion = new Button(getTranslation("editor.addCriterion"), VaadinIcon.PLUS.create(), click -> {
            rubric.addCriterion(section);
            restructure();
        });
        addCriterion.setId("add-criterion-" + s);
        addCriterion.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        card.add(criteriaError, addCriterion);
        return card;
    }

    private Component criterionRow(SectionDraft section, CriterionDraft criterion, int s, int c) {
        Div row = new Div();
        row.addClassName("fc-edit-criterion");
        row.setId("criterion-" + s + "-" + c);
        Icon handle = handle(getTranslation("editor.dragCriterion"));
        DragSource.create(handle).setDragData(criterion);
        DropTarget.create(row).addDropListener(drop -> drop.getDragData()
                .filter(CriterionDraft.class::isInstance).map(CriterionDraft.class::cast).ifPresent(moved -> {
                    rubric.placeCriterionBefore(moved, criterion);
                    restructure();
                }));

        TextField code = text("editor.code", criterion.code, value -> criterion.code = value);
        code.addClassName("fc-code-field");
        mark(code, Place.CODE, s, c);
        TextField title = text("editor.criterionTitle", criterion.title, value -> criterion.title = value);
        title.addClassName("fc-grow");
        title.setId("criterion-title-" + s + "-" + c);
        mark(title, Place.TITLE, s, c);
        Checkbox gate = new Checkbox(getTranslation("editor.gate"), criterion.gate);
        gate.setId("criterion-gate-" + s + "-" + c);
        gate.addValueChangeListener(event -> {
            criterion.setGate(event.getValue());
            restructure();
        });
        Div line = new Div(handle, code, title);
        line.addClassName("fc-edit-row");
        if (criterion.gate) {
            Span gateLabel = new Span(getTranslation("editor.gateNoWeight"));
            gateLabel.addClassName("fc-muted");
            line.add(gateLabel);
        } else {
            BigDecimalField weight = weightField(criterion.weight, value -> criterion.weight = value);
            weight.setId("criterion-weight-" + s + "-" + c);
            mark(weight, Place.WEIGHT, s, c);
            Span share = new Span();
            share.addClassName("fc-weight");
            shares.put(criterion, share);
            line.add(weight, share);
        }
        line.add(gate);
        if (!criterion.gate) {
            Checkbox na = new Checkbox(getTranslation("editor.na"), criterion.naAllowed);
            na.setId("criterion-na-" + s + "-" + c);
            na.addValueChangeListener(event -> {
                criterion.naAllowed = event.getValue();
                changed.run();
            });
            IntegerField min = scaleField("editor.scaleMin", criterion.scaleMin, value -> criterion.scaleMin = value);
            IntegerField max = scaleField("editor.scaleMax", criterion.scaleMax, value -> criterion.scaleMax = value);
            mark(min, Place.SCALE, s, c);
            line.add(na, min, max);
            if (recommendation || criterion.upsellMinimum) {
                Checkbox upsell = new Checkbox(getTranslation("editor.upsellMinimum"), criterion.upsellMinimum);
                upsell.setId("criterion-upsell-" + s + "-" + c);
                upsell.setTooltipText(getTranslation("editor.upsellMinimum.help"));
                upsell.addValueChangeListener(event -> {
                    criterion.upsellMinimum = event.getValue();
                    changed.run();
                });
                line.add(upsell);
            }
        }
        line.add(iconButton(VaadinIcon.ARROW_UP, "editor.moveUp", () -> rubric.moveCriterion(criterion, -1)),
                iconButton(VaadinIcon.ARROW_DOWN, "editor.moveDown", () -> rubric.moveCriterion(criterion, 1)),
                removeButton(null, () -> section.criteria.remove(criterion)));
        row.add(line);

        Details details = new Details(getTranslation(criterion.gate ? "editor.gateDetails" : "editor.details"));
        details.addClassName("fc-edit-levels");
        details.add(area(getTranslation("editor.criterionGuidance"), criterion.guidance,
                value -> criterion.guidance = value));
        if (criterion.gate) {
            TextArea pass = area(getTranslation("editor.passCondition"), criterion.passCondition,
                    value -> criterion.passCondition = value);
            pass.setId("criterion-pass-" + s + "-" + c);
            mark(pass, Place.PASS_CONDITION, s, c);
            details.add(pass);
            details.setOpened(criterion.passCondition == null || criterion.passCondition.isBlank());
        } else {
            Span hint = new Span(getTranslation("editor.levelsHint"));
            hint.addClassName("fc-muted");
            details.add(hint);
            for (int level = criterion.scaleMin; level <= criterion.scaleMax && criterion.scaleMax - criterion.scaleMin
                    <= RubricRules.HIGHEST_LEVEL; level++) {
                int score = level;
                TextArea descriptor = area(getTranslation("editor.level", score), criterion.levels.get(score),
                        value -> criterion.levels.put(score, value));
                String inherited = section.levels.get(score);
                if (inherited != null) {
                    descriptor.setPlaceholder(getTranslation("editor.inherited", inherited));
                }
                details.add(descriptor);
            }
        }
        row.add(details, slot(Place.LEVELS, s, c));
        return row;
    }

    private TextField text(String labelKey, String value, SerializableConsumer<String> write) {
        TextField field = new TextField(getTranslation(labelKey));
        field.setValue(Objects.toString(value, ""));
        field.setManualValidation(true);
        field.addValueChangeListener(event -> {
            write.accept(event.getValue());
            changed.run();
        });
        return field;
    }

    private TextArea area(String label, String value, SerializableConsumer<String> write) {
        TextArea field = new TextArea(label);
        field.setValue(Objects.toString(value, ""));
        field.setManualValidation(true);
        field.addClassName("fc-wide");
        field.addValueChangeListener(event -> {
            write.accept(event.getValue().isBlank() ? null : event.getValue());
            changed.run();
        });
        return field;
    }

    private BigDecimalField weightField(BigDecimal value, SerializableConsumer<BigDecimal> write) {
        BigDecimalField field = new BigDecimalField(getTranslation("editor.weight"));
        field.setValue(value == null ? null : value.stripTrailingZeros());
        field.setManualValidation(true);
        field.addClassName("fc-number-field");
        field.addValueChangeListener(event -> {
            write.accept(event.getValue());
            changed.run();
        });
        return field;
    }

    private IntegerField scaleField(String labelKey, int value, SerializableConsumer<Integer> write) {
        IntegerField field = new IntegerField(getTranslation(labelKey));
        field.setValue(value);
        field.setManualValidation(true);
        field.addClassName("fc-scale-field");
        field.setStepButtonsVisible(true);
        field.addValueChangeListener(event -> {
            if (event.getValue() != null) {
                write.accept(event.getValue());
                // The scale decides which descriptor fields exist.
                restructure();
            }
        });
        return field;
    }

    private Button iconButton(VaadinIcon icon, String labelKey, Runnable action) {
        Button button = new Button(icon.create(), click -> {
            action.run();
            restructure();
        });
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        button.setAriaLabel(getTranslation(labelKey));
        button.setTooltipText(getTranslation(labelKey));
        return button;
    }

    /** A remove button; with a question, the removal is confirmed first. */
    private Button removeButton(String question, Runnable remove) {
        Button button = new Button(VaadinIcon.TRASH.create());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON, ButtonVariant.LUMO_ERROR);
        button.setAriaLabel(getTranslation("editor.remove"));
        button.setTooltipText(getTranslation("editor.remove"));
        button.addClickListener(click -> {
            if (question == null) {
                remove.run();
                restructure();
                return;
            }
            ConfirmDialog confirm = new ConfirmDialog(getTranslation("editor.remove"), question,
                    getTranslation("editor.remove"), yes -> {
                        remove.run();
                        restructure();
                    });
            confirm.setCancelable(true);
            confirm.setCancelText(getTranslation("action.cancel"));
            confirm.setConfirmButtonTheme("error primary");
            confirm.open();
        });
        return button;
    }

    private static Icon handle(String label) {
        Icon handle = VaadinIcon.MENU.create();
        handle.addClassName("fc-drag-handle");
        handle.setTooltipText(label);
        handle.getElement().setAttribute("aria-label", label);
        return handle;
    }

    private <F extends Component & HasValidation> void mark(F field, Place place, int s, int c) {
        markers.put(key(place, s, c), message -> {
            field.setInvalid(message != null);
            field.setErrorMessage(message);
        });
    }

    /** A message line for a problem that belongs to no single field. */
    private Span slot(Place place, int s, int c) {
        Span slot = new Span();
        slot.addClassName("fc-field-error");
        slot.setVisible(false);
        markers.put(key(place, s, c), message -> {
            slot.setText(message == null ? "" : message);
            slot.setVisible(message != null);
        });
        return slot;
    }

    private static String key(Place place, int s, int c) {
        return place + ":" + s + ":" + c;
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
