package io.floorcheck.rubric.ui;

import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import io.floorcheck.rubric.RubricAuthoring;
import io.floorcheck.rubric.RubricProblem;
import io.floorcheck.rubric.RubricProblem.Place;
import io.floorcheck.rubric.RubricRules;
import io.floorcheck.rubric.RubricService;
import io.floorcheck.rubric.RubricSummary;
import io.floorcheck.rubric.RubricVersion;
import io.floorcheck.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import io.floorcheck.base.RuleViolation;
import io.floorcheck.base.ui.BrowserTimeZone;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * Where procurement builds a draft: version settings, then sections and criteria as a nested
 * list. Every change is saved at once when the draft can hold it; the running sum of section
 * weights and every problem that stops publishing are shown while editing, next to the field.
 */
@Route("rubrics/draft")
@RolesAllowed({Roles.ADMIN, Roles.PROCUREMENT})
class RubricEditorView extends Main implements HasUrlParameter<Long>, HasDynamicTitle, BeforeLeaveObserver {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final transient RubricAuthoring authoring;
    private final transient RubricService rubrics;
    private long versionId;
    private long rubricId;
    private int revision;
    private int number;
    private String name = "";
    private EditableRubric model;
    private DraftForm form;
    private final Span saveState = new Span();
    private final Span weightSum = new Span();
    private final Span problemCount = new Span();
    private IntegerField evidenceAtLeast;
    private boolean unsaved;
    /** The browser's time zone once known, so "Saved 10:42" is the user's 10:42. */
    private ZoneId zone = ZoneOffset.UTC;

    RubricEditorView(RubricAuthoring authoring, RubricService rubrics) {
        this.authoring = authoring;
        this.rubrics = rubrics;
        addClassNames("fc-page", "fc-editor");
        saveState.setId("save-state");
        saveState.addClassName("fc-save-state");
        weightSum.setId("weight-sum");
        problemCount.setId("problem-count");
        problemCount.addClassName("fc-muted");
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        RubricVersion version = rubrics.version(id);
        if (!version.isDraft()) {
            // Published versions are never edited; their read view offers "new version".
            event.forwardTo(RubricVersionView.class, id);
            return;
        }
        load(version);
    }

    private void load(RubricVersion version) {
        versionId = version.id();
        rubricId = version.rubricId();
        revision = version.revision();
        number = version.number();
        name = version.rubricName();
        model = EditableRubric.of(version.content(), changeNoteOf(version));
        unsaved = false;
        removeAll();
        header();
        add(rubricCard(), settingsCard());
        form = new DraftForm(model, version.purpose() == io.floorcheck.rubric.RubricPurpose.RECOMMENDATION,
                this::changed);
        add(form);
        saveState.setText(getTranslation("editor.state.loaded"));
        refresh();
    }

    private String changeNoteOf(RubricVersion version) {
        return rubrics.history(version.rubricId()).stream().filter(v -> v.id() == version.id()).findFirst()
                .map(v -> v.changeNote()).orElse(null);
    }

    /** Adds the page head; the figures bar is a direct child of the page so it can stick while scrolling. */
    private void header() {
        H1 heading = new H1(name);
        heading.setId("rubric-title");
        Paragraph line = new Paragraph(getTranslation("editor.draftLine", number));
        Button publish = new Button(getTranslation("editor.publish"), VaadinIcon.CHECK.create(), click -> publish());
        publish.setId("publish");
        publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button preview = new Button(getTranslation("editor.preview"), VaadinIcon.EYE.create(),
                click -> getUI().ifPresent(ui -> ui.navigate(RubricVersionView.class, versionId)));
        Button importCsv = new Button(getTranslation("editor.import"), VaadinIcon.UPLOAD_ALT.create(),
                click -> new ImportDialog(getTranslation("editor.importTitle"),
                        getTranslation("editor.importIntro"), false, (unusedRubric, csv) -> {
                            revision = authoring.importIntoDraft(versionId, revision, csv);
                            load(rubrics.version(versionId));
                            return versionId;
                        }).open());
        importCsv.setId("import-into-draft");
        Button discard = new Button(getTranslation("editor.discard"), VaadinIcon.TRASH.create(), click -> discard());
        discard.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        Div actions = new Div(publish, preview, importCsv, discard);
        actions.addClassName("fc-actions");
        // Only the running figures stay in view while the list scrolls: on a tablet the
        // whole header would take a third of the screen.
        Div totals = new Div(weightSum, problemCount, saveState);
        totals.addClassName("fc-editor-totals");
        add(heading, line, actions, totals);
    }

    private Div rubricCard() {
        RubricSummary summary = rubrics.library().stream().filter(r -> r.id() == rubricId).findFirst().orElseThrow();
        TextField nameField = new TextField(getTranslation("editor.name"));
        nameField.setValue(summary.name());
        nameField.setRequiredIndicatorVisible(true);
        nameField.addClassName("fc-wide");
        TextArea description = new TextArea(getTranslation("editor.description"));
        description.setValue(summary.description() == null ? "" : summary.description());
        description.addClassName("fc-wide");
        Runnable rename = () -> {
            authoring.rename(rubricId, nameField.getValue(), description.getValue());
            name = nameField.getValue().strip();
            saved();
        };
        boolean published = rubrics.history(rubricId).stream().anyMatch(v -> !v.status().name().equals("DRAFT"));
        if (published) {
            nameField.setReadOnly(true);
            description.setReadOnly(true);
            nameField.setHelperText(getTranslation("editor.nameFixed"));
        } else {
            nameField.addValueChangeListener(e -> rename.run());
            description.addValueChangeListener(e -> rename.run());
        }
        Span purpose = new Span(getTranslation("editor.purpose", getTranslation("rubrics.purpose." + summary.purpose())));
        purpose.addClassName("fc-muted");
        Div card = new Div(new H2(getTranslation("editor.rubric")), purpose, nameField, description);
        card.addClassName("fc-card");
        return card;
    }

    private Div settingsCard() {
        TextArea guidance = new TextArea(getTranslation("editor.scaleGuidance"));
        guidance.setValue(model.scaleGuidance == null ? "" : model.scaleGuidance);
        guidance.addClassName("fc-wide");
        guidance.addValueChangeListener(e -> {
            model.scaleGuidance = e.getValue().isBlank() ? null : e.getValue();
            changed();
        });
        IntegerField atMost = new IntegerField(getTranslation("editor.evidenceAtMost"));
        atMost.setValue(model.evidenceAtMost);
        atMost.addValueChangeListener(e -> {
            model.evidenceAtMost = e.getValue();
            changed();
        });
        evidenceAtLeast = new IntegerField(getTranslation("editor.evidenceAtLeast"));
        evidenceAtLeast.setValue(model.evidenceAtLeast);
        evidenceAtLeast.setManualValidation(true);
        evidenceAtLeast.addValueChangeListener(e -> {
            model.evidenceAtLeast = e.getValue();
            changed();
        });
        Div evidence = new Div(atMost, evidenceAtLeast);
        evidence.addClassName("fc-edit-row");
        TextArea changeNote = new TextArea(getTranslation("editor.changeNote"));
        changeNote.setValue(model.changeNote == null ? "" : model.changeNote);
        changeNote.setHelperText(getTranslation("editor.changeNoteHelp"));
        changeNote.setMaxLength(io.floorcheck.rubric.RubricRules.TEXT_LENGTH);
        changeNote.addClassName("fc-wide");
        changeNote.addValueChangeListener(e -> {
            model.changeNote = e.getValue();
            changed();
        });
        Div card = new Div(new H2(getTranslation("editor.settings")), guidance,
                new Paragraph(getTranslation("editor.evidenceHelp")), evidence, changeNote);
        card.addClassName("fc-card");
        return card;
    }

    /** Every change lands here: saved at once if the draft can hold it, then the problems are shown. */
    private void changed() {
        List<RubricProblem> blocking = RubricRules.storable(model.toContent());
        if (blocking.isEmpty()) {
            try {
                revision = authoring.saveDraft(versionId, revision, model.toContent(), model.changeNote);
                unsaved = false;
                saved();
            } catch (OptimisticLockingFailureException e) {
                unsaved = true;
                saveState.setText(getTranslation("editor.state.conflict"));
                saveState.getElement().setAttribute("data-state", "error");
            } catch (RuleViolation | DataAccessException e) {
                // Not saved, and the user must know: the leave guard stays armed.
                unsaved = true;
                saveState.setText(e instanceof RuleViolation violation
                        ? getTranslation(violation.messageKey(), violation.arguments())
                        : getTranslation("editor.state.failed"));
                saveState.getElement().setAttribute("data-state", "error");
            }
        } else {
            unsaved = true;
            saveState.setText(getTranslation("editor.state.blocked"));
            saveState.getElement().setAttribute("data-state", "error");
        }
        refresh();
    }

    private void saved() {
        saveState.setText(getTranslation("editor.state.saved", LocalTime.now(zone).format(TIME)));
        saveState.getElement().setAttribute("data-state", "saved");
    }

    private void refresh() {
        List<RubricProblem> problems = RubricRules.publishable(model.toContent());
        form.show(problems);
        var total = RubricContentMath.total(model);
        boolean right = total.compareTo(RubricRules.TOTAL) == 0;
        var rest = RubricRules.TOTAL.subtract(total);
        String key = right ? "editor.sum.ok" : rest.signum() > 0 ? "editor.sum.off" : "editor.sum.over";
        weightSum.setText(getTranslation(key, total.stripTrailingZeros().toPlainString(),
                rest.abs().stripTrailingZeros().toPlainString()));
        weightSum.getElement().setAttribute("data-state", right ? "ok" : "off");
        problemCount.setText(problems.isEmpty() ? getTranslation("editor.ready")
                : getTranslation("editor.toFix", problems.size()));
        var evidenceProblem = problems.stream().filter(p -> p.place() == Place.EVIDENCE).findFirst();
        evidenceAtLeast.setInvalid(evidenceProblem.isPresent());
        evidenceAtLeast.setErrorMessage(evidenceProblem.map(p -> getTranslation(p.key())).orElse(null));
    }

    private void publish() {
        List<RubricProblem> problems = RubricRules.publishable(model.toContent());
        if (unsaved || !problems.isEmpty()) {
            Notification note = Notification.show(getTranslation("editor.cannotPublish", problems.size()), 6000,
                    Notification.Position.MIDDLE);
            note.addThemeVariants(NotificationVariant.LUMO_WARNING);
            return;
        }
        ConfirmDialog confirm = new ConfirmDialog(getTranslation("editor.publishTitle", number),
                getTranslation("editor.publishText"), getTranslation("editor.publish"), yes -> {
                    authoring.publish(versionId, revision);
                    Notification.show(getTranslation("editor.published", number), 4000,
                            Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                    getUI().ifPresent(ui -> ui.navigate(RubricVersionView.class, versionId));
                });
        confirm.setId("publish-confirm");
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.open();
    }

    private void discard() {
        ConfirmDialog confirm = new ConfirmDialog(getTranslation("editor.discardTitle", number),
                getTranslation("editor.discardText"), getTranslation("editor.discard"), yes -> {
                    authoring.discard(versionId);
                    unsaved = false;
                    getUI().ifPresent(ui -> ui.navigate(RubricLibraryView.class));
                });
        confirm.setConfirmButtonTheme("error primary");
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.open();
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        BrowserTimeZone.retrieve(attachEvent.getUI(), browserZone -> zone = browserZone);
    }

    @Override
    public void beforeLeave(BeforeLeaveEvent event) {
        if (!unsaved) {
            return;
        }
        var postponed = event.postpone();
        ConfirmDialog confirm = new ConfirmDialog(getTranslation("editor.leaveTitle"),
                getTranslation("editor.leaveText"), getTranslation("editor.leave"), yes -> postponed.proceed());
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("editor.stay"));
        confirm.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("editor.pageTitle", name) + " · " + getTranslation("app.name");
    }
}
