package io.floorcheck.visit.ui;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.Route;
import io.floorcheck.base.Mark;
import io.floorcheck.base.RuleViolation;
import io.floorcheck.base.ui.Autosave;
import io.floorcheck.base.ui.BrowserTimeZone;
import io.floorcheck.base.ui.CriterionPanel;
import io.floorcheck.base.ui.EvidenceRuleText;
import io.floorcheck.base.ui.GateNotice;
import io.floorcheck.base.ui.NoteClashDialog;
import io.floorcheck.base.ui.SaveState;
import io.floorcheck.evaluation.ContributionGate;
import io.floorcheck.evaluation.ContributionRefused;
import io.floorcheck.rubric.Criterion;
import io.floorcheck.rubric.RubricSection;
import io.floorcheck.visit.CallFigures;
import io.floorcheck.visit.ObservedCall;
import io.floorcheck.visit.ScoreEntry;
import io.floorcheck.visit.ScoreSave;
import io.floorcheck.visit.Scorecard;
import io.floorcheck.visit.ScorecardCheck;
import io.floorcheck.visit.ScorecardService;
import io.floorcheck.visit.ScorecardStatus;
import jakarta.annotation.security.PermitAll;

/**
 * The evaluator's scorecard for a visit, for a tablet on the floor. Every tap and every few
 * seconds of typing is saved at once; a quiet state line tells whether it was ("Saved 10:42",
 * "Saving…", "Not saved — retrying"). The URL names the criterion being worked on, so a reload
 * or a return opens the card there. A change another tab made first is never overwritten: a
 * change to a different part of the criterion is applied on top of it, a clash is shown.
 * One section's criteria are on the page at a time (the others are a heading and how far they
 * are, one tap to open): a server keeps a session's components in memory, and a card of 47
 * criteria at once cost ~3 times more than the whole rest of the session.
 */
@Route("scorecards")
@PermitAll
class ScorecardView extends Main implements HasUrlParameter<Long>, HasDynamicTitle, BeforeLeaveObserver {


    private final transient ScorecardService scorecards;
    private long visitId;
    private Scorecard card;
    private final Map<String, ScoreEntry> entries = new LinkedHashMap<>();
    private final Map<String, CriterionPanel> panels = new LinkedHashMap<>();
    private final Map<String, Paragraph> sectionFigures = new LinkedHashMap<>();
    private final Map<String, Section> sectionBlocks = new LinkedHashMap<>();
    private final Map<String, Button> sectionOpeners = new LinkedHashMap<>();
    /**
     * What was last sent per criterion: a section opened again draws a change still waiting for
     * its retry from here (not from what is stored), and a clash offers the note to keep.
     */
    private final Map<String, String> sentNotes = new LinkedHashMap<>();
    private final Map<String, Mark> sentMarks = new LinkedHashMap<>();
    private final Map<String, List<Long>> sentCalls = new LinkedHashMap<>();
    /** The section whose criteria are on the page. */
    private RubricSection openSection;
    // Made afresh by every render, so no listener is ever registered twice.
    private Span progress = new Span();
    private Span submittedLabel = new Span();
    private SaveState saveState = new SaveState();
    private Button next = new Button();
    private Button submit = new Button();
    private String current;
    private String title = "";
    private ZoneId zone = ZoneOffset.UTC;

    ScorecardView(ScorecardService scorecards) {
        this.scorecards = scorecards;
        addClassNames("fc-page", "fc-scorecard");
    }

    @Override
    public void setParameter(BeforeEvent event, @OptionalParameter Long visit) {
        if (visit == null) {
            event.forwardTo("evaluations");
            return;
        }
        visitId = visit;
        current = event.getLocation().getQueryParameters().getSingleParameter("at").orElse(null);
        render();
    }

    @Override
    public String getPageTitle() {
        return title + " · " + getTranslation("app.name");
    }

    private void render() {
        removeAll();
        entries.clear();
        panels.clear();
        sectionFigures.clear();
        sectionBlocks.clear();
        sectionOpeners.clear();
        openSection = null;
        try {
            card = scorecards.open(visitId);
        } catch (ContributionRefused refused) {
            title = getTranslation("scorecard.title");
            add(new H1(title), gate(refused.gate()), backToVisit());
            return;
        } catch (RuleViolation violation) {
            title = getTranslation("scorecard.title");
            Paragraph why = new Paragraph(getTranslation(violation.messageKey(), violation.arguments()));
            why.setId("scorecard-refused");
            why.addClassName("fc-notice");
            add(new H1(title), why, backToVisit());
            return;
        }
        card.rubric().sections().stream().flatMap(s -> s.criteria().stream())
                .forEach(c -> entries.put(c.code(), card.score(c.code())));
        title = getTranslation("scorecard.titleFor", card.vendorName(), card.siteCity());
        H1 heading = new H1(title);
        heading.setId("scorecard-title");
        add(heading, bar());
        Div line = new Div(backToVisit(), statusLine());
        line.addClassName("fc-actions");
        add(line);
        if (card.status() == ScorecardStatus.CLOSED) {
            Paragraph closed = new Paragraph(getTranslation("scorecard.closedUnsubmitted"));
            closed.addClassName("fc-notice");
            closed.setId("scorecard-closed");
            add(closed);
        } else if (card.gate() != null && (card.gate().aboutDeclaration() || card.status() == ScorecardStatus.SUBMITTED)) {
            add(gate(card.gate()));
        } else if (card.status() == ScorecardStatus.DRAFT && !card.editable()) {
            Paragraph closed = new Paragraph(getTranslation("scorecard.closed"));
            closed.addClassName("fc-notice");
            add(closed);
        }
        // Before the first tap, as on the blank PDF: which scores will ask for a note.
        var rule = card.rubric().evidenceRule();
        Paragraph evidenceRule = new Paragraph(rule == null || !rule.any() ? getTranslation("scorecard.evidenceRuleNone")
                : getTranslation("scorecard.evidenceRule", EvidenceRuleText.of(this, rule.atMost(), rule.atLeast())));
        evidenceRule.setId("scorecard-evidence-rule");
        evidenceRule.addClassName("fc-evidence-rule");
        add(evidenceRule);
        if (card.rubric().scaleGuidance() != null) {
            Paragraph guidance = new Paragraph(card.rubric().scaleGuidance());
            guidance.addClassName("fc-muted");
            add(guidance);
        }
        Paragraph figures = new Paragraph(CallLogCard.figures(this, card.calls().figures()));
        figures.setId("scorecard-call-figures");
        figures.addClassName("fc-strong");
        add(figures);
        if (card.callsChangedSince() != null) {
            // Submitted beside the figures above; the log was corrected since.
            Paragraph now = new Paragraph(getTranslation("scorecard.callsChangedSince",
                    CallLogCard.figures(this, card.callsChangedSince())));
            now.setId("scorecard-call-figures-now");
            now.addClassName("fc-muted");
            add(now);
        }
        for (RubricSection section : card.rubric().sections()) {
            add(section(section));
        }
        if ((current == null || !entries.containsKey(current)) && card.status() == ScorecardStatus.DRAFT) {
            // A draft opens where its author left it; a submitted card opens at the top.
            current = card.resumeAt();
        }
        boolean resume = current != null && entries.containsKey(current);
        showSection(resume ? sectionOf(current) : card.rubric().sections().getFirst());
        refresh();
        if (resume) {
            panels.get(current).scrollIntoView();
        } else {
            heading.scrollIntoView();
        }
    }

    // ---- Layout ----

    private GateNotice gate(ContributionGate gate) {
        return new GateNotice(getTranslation(gate.messageKey()), gate.aboutDeclaration() ? gate.declarationPath() : null);
    }

    private Div bar() {
        progress = new Span();
        next = new Button();
        saveState = new SaveState();
        submit = new Button();
        progress.setId("scorecard-progress");
        progress.addClassName("fc-strong");
        next.setText(getTranslation("scorecard.next"));
        next.setIcon(VaadinIcon.ARROW_DOWN.create());
        next.setId("scorecard-next");
        next.addClickListener(e -> jumpToNextOpen());
        Select<RubricSection> jump = new Select<>();
        jump.setId("scorecard-section");
        jump.setPlaceholder(getTranslation("scorecard.section"));
        jump.setAriaLabel(getTranslation("scorecard.section"));
        jump.setItems(card.rubric().sections());
        jump.setItemLabelGenerator(section -> section.code() + " " + section.title());
        jump.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                goTo(e.getValue().criteria().getFirst().code());
                jump.clear();
            }
        });
        // A read-only card has nothing to save: no save state to show.
        saveState.setVisible(card.editable());
        Div bar = new Div(progress, next, jump, saveState);
        bar.addClassName("fc-score-bar");
        bar.setId("scorecard-bar");
        if (card.editable()) {
            submit.setText(getTranslation("scorecard.submit"));
            submit.setId("scorecard-submit");
            submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            submit.addClickListener(e -> confirmSubmit());
            bar.add(submit);
        }
        return bar;
    }

    private Component statusLine() {
        Div line = new Div();
        line.addClassName("fc-actions");
        if (card.status() == ScorecardStatus.SUBMITTED) {
            submittedLabel = new Span();
            Span submitted = submittedLabel;
            submitted.setText(getTranslation("scorecard.submittedAt", when(card.submittedAt())));
            submitted.setId("scorecard-submitted");
            submitted.addClassName("fc-status");
            submitted.getElement().setAttribute("data-status", "LOCKED");
            line.add(submitted);
            if (card.mayReopen()) {
                Button reopen = new Button(getTranslation("scorecard.reopen"), VaadinIcon.UNLOCK.create(),
                        e -> reopenDialog());
                reopen.setId("scorecard-reopen");
                line.add(reopen);
            }
        }
        return line;
    }

    private Button backToVisit() {
        Button back = new Button(getTranslation("scorecard.backToVisit"), VaadinIcon.ARROW_LEFT.create(),
                e -> getUI().ifPresent(ui -> ui.navigate("visits/" + visitId)));
        back.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        back.setId("scorecard-back");
        return back;
    }

    private Section section(RubricSection section) {
        Section block = new Section();
        block.addClassName("fc-score-section");
        block.setId("section-" + CriterionPanel.idPart(section.code()));
        // Which criteria the section holds while they are not on the page (for tests and tools).
        block.getElement().setAttribute("data-criteria",
                String.join(" ", section.criteria().stream().map(Criterion::code).toList()));
        Span code = new Span(section.code());
        code.addClassName("fc-code");
        H2 heading = new H2(code, new Span(section.title()));
        heading.setId("section-title-" + CriterionPanel.idPart(section.code()));
        block.add(heading);
        if (section.weight() != null) {
            Span weight = new Span(getTranslation("scorecard.weight", section.weight().stripTrailingZeros()
                    .toPlainString()));
            weight.addClassName("fc-weight");
            heading.add(weight);
        } else {
            Span gates = new Span(getTranslation("scorecard.gates"));
            gates.addClassName("fc-tag");
            heading.add(gates);
        }
        if (section.guidance() != null && !section.guidance().isBlank()) {
            Paragraph guidance = new Paragraph(section.guidance());
            guidance.addClassName("fc-muted");
            block.add(guidance);
        }
        Paragraph figures = new Paragraph();
        figures.addClassName("fc-section-figures");
        figures.setId("figures-" + CriterionPanel.idPart(section.code()));
        sectionFigures.put(section.code(), figures);
        block.add(figures);
        // Shown while the section is closed: how far it is, and one tap to its first open criterion.
        Button opener = new Button();
        opener.setId("open-section-" + CriterionPanel.idPart(section.code()));
        opener.addClassName("fc-section-opener");
        opener.addThemeVariants(ButtonVariant.LUMO_LARGE);
        opener.setWidthFull();
        opener.setIcon(VaadinIcon.ANGLE_DOWN.create());
        opener.addClickListener(e -> goTo(firstOpenIn(section)));
        // Every closed section has such a button: its name tells them apart to a screen reader.
        opener.getElement().setAttribute("aria-describedby", "section-title-" + CriterionPanel.idPart(section.code()));
        block.add(opener);
        sectionOpeners.put(section.code(), opener);
        sectionBlocks.put(section.code(), block);
        return block;
    }

    /**
     * Puts the section's criteria on the page, and takes the previously open section's off (its
     * heading and progress stay): only one section's components live on the server at a time.
     */
    private void showSection(RubricSection section) {
        if (section == openSection) {
            return;
        }
        if (openSection != null) {
            for (Criterion criterion : openSection.criteria()) {
                CriterionPanel panel = panels.remove(criterion.code());
                if (panel != null) {
                    panel.removeFromParent();
                }
            }
            sectionOpeners.get(openSection.code()).setVisible(true);
        }
        openSection = section;
        sectionOpeners.get(section.code()).setVisible(false);
        List<CriterionPanel.Link> logged = card.calls().calls().stream()
                .map(call -> new CriterionPanel.Link(call.id(), callLabel(call))).toList();
        Section block = sectionBlocks.get(section.code());
        for (Criterion criterion : section.criteria()) {
            CriterionPanel panel = new CriterionPanel(criterion.code(), spec(section, criterion), logged, listener);
            panels.put(criterion.code(), panel);
            block.add(panel);
            ScoreEntry entry = entries.get(criterion.code());
            show(panel, criterion);
        }
    }

    /** The criterion as stored, or as changed where a change still waits for its retry. */
    private void show(CriterionPanel panel, Criterion criterion) {
        String code = criterion.code();
        ScoreEntry entry = entries.get(code);
        Mark mark = autosave.waiting(code, "mark") ? sentMarks.get(code) : entry.mark();
        String evidence = autosave.waiting(code, "note") ? sentNotes.get(code) : entry.evidence();
        List<Long> calls = autosave.waiting(code, "calls") ? sentCalls.get(code) : entry.callIds();
        panel.show(mark, evidence, calls, ScorecardCheck.needsEvidence(card.rubric(), criterion, mark),
                card.editable());
    }

    private RubricSection sectionOf(String code) {
        return card.rubric().sections().stream()
                .filter(section -> section.criteria().stream().anyMatch(c -> c.code().equals(code)))
                .findFirst().orElseThrow();
    }

    /** Where opening a section lands: its first criterion still open, else its first. */
    private String firstOpenIn(RubricSection section) {
        List<String> open = ScorecardCheck.progress(card.rubric(), entries).open();
        return section.criteria().stream().map(Criterion::code).filter(open::contains).findFirst()
                .orElse(section.criteria().getFirst().code());
    }

    static CriterionPanel.Spec spec(RubricSection section, Criterion criterion) {
        return new CriterionPanel.Spec(criterion.code(), criterion.title(), criterion.guidance(), criterion.scaleMin(),
                criterion.scaleMax(), criterion.naAllowed(), criterion.gate(), criterion.passCondition(),
                section.descriptorsFor(criterion).stream()
                        .map(level -> new CriterionPanel.Level(level.score(), level.descriptor())).toList(),
                ScorecardService.EVIDENCE_LENGTH, null);
    }

    private String callLabel(ObservedCall call) {
        StringBuilder label = new StringBuilder();
        if (call.call().observedAt() != null) {
            label.append(call.call().observedAt()).append(" · ");
        }
        label.append(call.call().queue() == null ? getTranslation("calls.noQueue") : call.call().queue());
        if (call.call().handleSeconds() != null) {
            label.append(" · ").append(CallLogCard.minutes(call.call().handleSeconds()));
        }
        return label.append(" · ").append(call.authorName()).toString();
    }

    // ---- Saving ----

    private final CriterionPanel.Listener listener = new CriterionPanel.Listener() {
        @Override
        public void marked(String code, Mark mark) {
            sentMarks.put(code, mark);
            autosave.save(code, "mark", version -> outcome(scorecards.mark(card.id(), code, version, mark)),
                    (base, now) -> base.mark().equals(now.mark()));
        }

        @Override
        public void noted(String code, String evidence) {
            sentNotes.put(code, evidence);
            autosave.save(code, "note", version -> outcome(scorecards.note(card.id(), code, version, evidence)),
                    (base, now) -> Objects.equals(blankToNull(base.evidence()), blankToNull(now.evidence())));
        }

        @Override
        public void linked(String code, List<Long> callIds) {
            sentCalls.put(code, callIds);
            autosave.save(code, "calls", version -> outcome(scorecards.link(card.id(), code, version, callIds)),
                    (base, now) -> base.callIds().equals(now.callIds()));
        }

        @Override
        public void touched(String code) {
            saveState.settle();
        }
    };

    /** Saves each change at once; see {@link Autosave} for stale versions, clashes and retries. */
    private final Autosave<ScoreEntry> autosave = new Autosave<>(entries, ScoreEntry::version,
            new Autosave.View<>() {
                @Override
                public void clash(String code, String kind, ScoreEntry stored) {
                    showClash(code, kind, stored);
                }

                @Override
                public void settled(String code) {
                    current = code;
                    remember(code);
                    refresh(code);
                }

                @Override
                public void redraw() {
                    render();
                }

                @Override
                public ZoneId zone() {
                    return zone;
                }
            }, () -> saveState, () -> submit.setEnabled(false));

    private static Autosave.Outcome<ScoreEntry> outcome(ScoreSave save) {
        return new Autosave.Outcome<>(save.saved(), save.entry());
    }

    /** The same criterion was changed elsewhere first: show what is stored, say so, never overwrite. */
    private void showClash(String code, String kind, ScoreEntry stored) {
        if (kind.equals("note")) {
            // Typed text is never dropped: the evaluator chooses between the stored note and theirs.
            // The field's text when it is on the page (it may be newer), else the text last sent.
            String mine = panels.containsKey(code) ? panels.get(code).typedEvidence()
                    : sentNotes.getOrDefault(code, "");
            new NoteClashDialog(code, stored.evidence(), mine, () -> listener.noted(code, mine), this::refresh)
                    .open();
            return;
        }
        Notification notification = Notification.show(getTranslation("scorecard.clash",
                code, stored.mark().isSet() ? stored.mark().describe() : getTranslation("scorecard.item.unscored")),
                8000, Notification.Position.MIDDLE);
        notification.addThemeVariants(NotificationVariant.LUMO_WARNING);
        notification.setId("scorecard-clash");
    }

    /** Puts the criterion in the address, so a reload or a bookmark opens the card there. */
    private void remember(String code) {
        getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null,
                "scorecards/" + visitId + "?at=" + URLEncoder.encode(code, StandardCharsets.UTF_8)));
    }

    // ---- Progress and moving around ----

    /** Shows the progress, the open section's criteria and every section's figures and progress. */
    private void refresh() {
        refresh(null);
    }

    /**
     * Shows the progress and one criterion (if its section is open) with its section's figures
     * and progress (a change touches nothing else), or everything when {@code changed} is null.
     */
    private void refresh(String changed) {
        ScorecardCheck.Progress now = ScorecardCheck.progress(card.rubric(), entries);
        progress.setText(getTranslation("scorecard.progress", now.scored(), now.total(), now.evidenceMissing()));
        next.setEnabled(!now.complete());
        submit.setEnabled(now.complete() && autosave.allStored());
        for (RubricSection section : card.rubric().sections()) {
            if (changed != null && section.criteria().stream().noneMatch(c -> c.code().equals(changed))) {
                continue;
            }
            for (Criterion criterion : section.criteria()) {
                CriterionPanel panel = panels.get(criterion.code());
                if (panel == null || changed != null && !criterion.code().equals(changed)) {
                    continue;
                }
                show(panel, criterion);
            }
            int scored = (int) section.criteria().stream().filter(c -> entries.get(c.code()).mark().isSet()).count();
            int missing = (int) section.criteria().stream()
                    .filter(c -> ScorecardCheck.evidenceMissing(card.rubric(), c, entries.get(c.code()))).count();
            sectionOpeners.get(section.code()).setText(getTranslation("scorecard.openSection", scored,
                    section.criteria().size(), missing));
            List<Long> linked = section.criteria().stream().flatMap(c -> entries.get(c.code()).callIds().stream())
                    .distinct().toList();
            Paragraph figures = sectionFigures.get(section.code());
            figures.setVisible(!linked.isEmpty());
            if (!linked.isEmpty()) {
                CallFigures ofSection = CallFigures.of(card.calls().calls().stream()
                        .filter(call -> linked.contains(call.id())).map(ObservedCall::call).toList());
                figures.setText(getTranslation("scorecard.sectionCalls", CallLogCard.figures(this, ofSection)));
            }
        }
    }

    private void jumpToNextOpen() {
        ScorecardCheck.Progress now = ScorecardCheck.progress(card.rubric(), entries);
        ScorecardCheck.nextOpen(card.rubric(), now, current).ifPresent(this::goTo);
    }

    private void goTo(String code) {
        current = code;
        showSection(sectionOf(code));
        CriterionPanel panel = panels.get(code);
        panel.scrollIntoView();
        panel.focusMarks();
        remember(code);
    }

    // ---- Submit and reopen ----

    private void confirmSubmit() {
        autosave.confirmSubmit(this, "scorecard-submit-confirm", "scorecard", () -> scorecards.submit(card.id(), card.version()),
                // The submitted card opens at its top, where its state and Reopen are.
                () -> current = null);
    }

    private void reopenDialog() {
        autosave.reopen(this, getTranslation("scorecard.reopenTitle"),
                reason -> scorecards.reopen(card.id(), card.version(), reason));
    }

    // ---- Browser ----

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        BrowserTimeZone.retrieve(attachEvent.getUI(), browserZone -> {
            zone = browserZone;
            if (card != null && card.submittedAt() != null) {
                submittedLabel.setText(getTranslation("scorecard.submittedAt", when(card.submittedAt())));
            }
        });
        SaveState.watch(getElement());
    }

    /** Leaving while a change waits for the database would drop it: ask first. */
    @Override
    public void beforeLeave(BeforeLeaveEvent event) {
        autosave.guardLeave(event, this);
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        autosave.stop(detachEvent.getUI());
    }

    private String when(Instant instant) {
        return instant == null ? "" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(getLocale()).format(instant.atZone(zone));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
