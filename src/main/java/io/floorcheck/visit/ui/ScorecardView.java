package io.floorcheck.visit.ui;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.IntFunction;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
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
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import io.floorcheck.base.RuleViolation;
import io.floorcheck.base.ui.BrowserTimeZone;
import io.floorcheck.rubric.Criterion;
import io.floorcheck.rubric.RubricSection;
import io.floorcheck.visit.CallFigures;
import io.floorcheck.visit.Mark;
import io.floorcheck.visit.ObservedCall;
import io.floorcheck.visit.ScoreEntry;
import io.floorcheck.visit.ScoreSave;
import io.floorcheck.visit.Scorecard;
import io.floorcheck.visit.ScorecardCheck;
import io.floorcheck.visit.ScorecardService;
import io.floorcheck.visit.ScorecardStatus;
import jakarta.annotation.security.PermitAll;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * The evaluator's scorecard for a visit, for a tablet on the floor. Every tap and every few
 * seconds of typing is saved at once; a quiet state line tells whether it was ("Saved 10:42",
 * "Saving…", "Not saved — retrying"). The URL names the criterion being worked on, so a reload
 * or a return opens the card there. A change another tab made first is never overwritten: a
 * change to a different part of the criterion is applied on top of it, a clash is shown.
 */
@Route("scorecards")
@PermitAll
class ScorecardView extends Main implements HasUrlParameter<Long>, HasDynamicTitle, BeforeLeaveObserver {

    /** How often the view retries changes the server could not store (the database was away). */
    static final int RETRY_MILLIS = 3000;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final transient ScorecardService scorecards;
    private long visitId;
    private Scorecard card;
    private final Map<String, ScoreEntry> entries = new LinkedHashMap<>();
    private final Map<String, CriterionPanel> panels = new LinkedHashMap<>();
    private final Map<String, Paragraph> sectionFigures = new LinkedHashMap<>();
    /** Changes not stored because of a failure, by criterion and kind, retried in order. */
    private final Map<String, Runnable> pending = new LinkedHashMap<>();
    private Registration retries;
    // Made afresh by every render, so no listener is ever registered twice.
    private Span progress = new Span();
    private Span submittedLabel = new Span();
    private Span saveState = new Span();
    private Span saved = new Span();
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
        return title;
    }

    private void render() {
        removeAll();
        entries.clear();
        panels.clear();
        sectionFigures.clear();
        try {
            card = scorecards.open(visitId);
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
        if (card.status() == ScorecardStatus.DRAFT && !card.editable()) {
            Paragraph closed = new Paragraph(getTranslation("scorecard.closed"));
            closed.addClassName("fc-notice");
            add(closed);
        }
        if (card.rubric().scaleGuidance() != null) {
            Paragraph guidance = new Paragraph(card.rubric().scaleGuidance());
            guidance.addClassName("fc-muted");
            add(guidance);
        }
        Paragraph figures = new Paragraph(CallLogCard.figures(this, card.calls().figures()));
        figures.setId("scorecard-call-figures");
        figures.addClassName("fc-strong");
        add(figures);
        for (RubricSection section : card.rubric().sections()) {
            add(section(section));
        }
        refresh();
        if ((current == null || !panels.containsKey(current)) && card.status() == ScorecardStatus.DRAFT) {
            // A draft opens where its author left it; a submitted card opens at the top.
            current = card.resumeAt();
        }
        if (current != null && panels.containsKey(current)) {
            panels.get(current).scrollIntoView();
        } else {
            heading.scrollIntoView();
        }
    }

    // ---- Layout ----

    private Div bar() {
        progress = new Span();
        next = new Button();
        saveState = new Span();
        saved = new Span();
        submit = new Button();
        progress.setId("scorecard-progress");
        progress.addClassName("fc-strong");
        next.setText(getTranslation("scorecard.next"));
        next.setIcon(VaadinIcon.ARROW_DOWN.create());
        next.setId("scorecard-next");
        next.addClickListener(e -> jumpToNextOpen());
        saveState.setId("scorecard-save-state");
        saveState.addClassName("fc-save-state");
        saved.addClassName("fc-state-done");
        Span saving = new Span(getTranslation("scorecard.state.saving"));
        saving.addClassName("fc-state-saving");
        Span offline = new Span(getTranslation("scorecard.state.retrying"));
        offline.addClassName("fc-state-offline");
        saveState.add(saved, saving, offline);
        saved.setText(getTranslation("scorecard.state.ready"));
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
        Span code = new Span(section.code());
        code.addClassName("fc-code");
        H2 heading = new H2(code, new Span(section.title()));
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
        List<ObservedCall> logged = card.calls().calls();
        for (Criterion criterion : section.criteria()) {
            CriterionPanel panel = new CriterionPanel(criterion, section.descriptorsFor(criterion), logged,
                    this::callLabel, listener);
            panels.put(criterion.code(), panel);
            block.add(panel);
        }
        return block;
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
            save(code, "mark", version -> scorecards.mark(card.id(), code, version, mark),
                    (base, now) -> base.mark().equals(now.mark()));
        }

        @Override
        public void noted(String code, String evidence) {
            save(code, "note", version -> scorecards.note(card.id(), code, version, evidence),
                    (base, now) -> Objects.equals(blankToNull(base.evidence()), blankToNull(now.evidence())));
        }

        @Override
        public void linked(String code, List<Long> callIds) {
            save(code, "calls", version -> scorecards.link(card.id(), code, version, callIds),
                    (base, now) -> base.callIds().equals(now.callIds()));
        }

        @Override
        public void touched(String code) {
            settle();
        }
    };

    /** Whether the part of a criterion a change concerns is still as this view last saw it. */
    private interface Unchanged {
        boolean test(ScoreEntry base, ScoreEntry current);
    }

    private void save(String code, String kind, IntFunction<ScoreSave> change, Unchanged unchanged) {
        String key = code + "/" + kind;
        pending.remove(key);
        try {
            store(code, kind, change, unchanged);
        } catch (RuleViolation violation) {
            // Refused by a rule the view cannot foresee (the evaluation closed, the visit changed):
            // say why and show the card as it now stands.
            Notification.show(getTranslation(violation.messageKey(), violation.arguments()), 6000,
                    Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
            render();
        } catch (TransientDataAccessException | DataAccessResourceFailureException
                | CannotCreateTransactionException e) {
            // The database is away for a moment: keep the change (typed text stays in its field)
            // and retry shortly; the state line says it is not saved, submit waits.
            pending.put(key, () -> save(code, kind, change, unchanged));
            notSaved();
        } finally {
            settle();
        }
    }

    private void store(String code, String kind, IntFunction<ScoreSave> change, Unchanged unchanged) {
        ScoreSave result = change.apply(entries.get(code).version());
        if (!result.saved() && unchanged.test(entries.get(code), result.entry())) {
            // Another tab changed a different part of this criterion: apply ours on top of it.
            entries.put(code, result.entry());
            result = change.apply(result.entry().version());
        }
        if (result.saved()) {
            entries.put(code, result.entry());
            savedNow();
        } else {
            clash(code, kind, result.entry());
        }
        current = code;
        remember(code);
        refresh(code);
    }

    /** The same criterion was changed elsewhere first: show what is stored, say so, never overwrite. */
    private void clash(String code, String kind, ScoreEntry stored) {
        String mine = kind.equals("note") ? panelEvidence(code) : null;
        entries.put(code, stored);
        savedNow();
        if (kind.equals("note")) {
            noteClash(code, mine, stored);
            return;
        }
        Notification notification = Notification.show(getTranslation("scorecard.clash",
                code, stored.mark().isSet() ? stored.mark().describe() : getTranslation("scorecard.item.unscored")),
                8000, Notification.Position.MIDDLE);
        notification.addThemeVariants(NotificationVariant.LUMO_WARNING);
        notification.setId("scorecard-clash");
    }

    /** Typed text is never dropped: the evaluator chooses between the stored note and theirs. */
    private void noteClash(String code, String mine, ScoreEntry stored) {
        Dialog dialog = new Dialog();
        dialog.setId("scorecard-note-clash");
        dialog.setHeaderTitle(getTranslation("scorecard.noteClash", code));
        Paragraph storedText = new Paragraph(getTranslation("scorecard.noteStored",
                stored.evidence() == null ? "—" : stored.evidence()));
        Paragraph mineText = new Paragraph(getTranslation("scorecard.noteMine", mine == null ? "—" : mine));
        dialog.add(storedText, mineText);
        Button keepMine = new Button(getTranslation("scorecard.keepMine"), e -> {
            dialog.close();
            listener.noted(code, mine);
        });
        keepMine.setId("scorecard-keep-mine");
        keepMine.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button useStored = new Button(getTranslation("scorecard.useStored"), e -> {
            dialog.close();
            refresh();
        });
        useStored.setId("scorecard-use-stored");
        dialog.getFooter().add(useStored, keepMine);
        // Only an explicit choice closes it: neither text may be dropped by a stray tap or Esc.
        dialog.setCloseOnOutsideClick(false);
        dialog.setCloseOnEsc(false);
        dialog.open();
    }

    private String panelEvidence(String code) {
        return panels.get(code).getChildren().filter(TextArea.class::isInstance).map(TextArea.class::cast)
                .findFirst().map(TextArea::getValue).orElse(null);
    }

    private void retryPending() {
        // Each retry takes its own entry off the queue (and puts it back if it fails again), so
        // an unexpected failure of one leaves the others waiting, not lost.
        for (String key : List.copyOf(pending.keySet())) {
            Runnable retry = pending.get(key);
            if (retry != null) {
                retry.run();
            }
        }
        if (pending.isEmpty()) {
            stopRetrying();
            refresh();
        }
    }

    private void notSaved() {
        saved.setText(getTranslation("scorecard.state.retrying"));
        saveState.getElement().setAttribute("data-state", "error");
        submit.setEnabled(false);
        UI ui = UI.getCurrent();
        if (ui != null && retries == null) {
            ui.setPollInterval(RETRY_MILLIS);
            retries = ui.addPollListener(e -> retryPending());
        }
    }

    private void stopRetrying() {
        if (retries != null) {
            retries.remove();
            retries = null;
            getUI().ifPresent(ui -> ui.setPollInterval(-1));
        }
    }

    private void savedNow() {
        if (pending.isEmpty()) {
            saved.setText(getTranslation("scorecard.state.saved", LocalTime.now(zone).format(TIME)));
            saveState.getElement().setAttribute("data-state", "saved");
        }
        settle();
    }

    /** Clears the "Saving…" the browser shows from the moment of a tap or keystroke. */
    private void settle() {
        saveState.getElement().executeJs("this.removeAttribute('data-pending')");
    }

    /** Puts the criterion in the address, so a reload or a bookmark opens the card there. */
    private void remember(String code) {
        getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null,
                "scorecards/" + visitId + "?at=" + URLEncoder.encode(code, StandardCharsets.UTF_8)));
    }

    // ---- Progress and moving around ----

    /** Shows every criterion, the section figures and the progress. */
    private void refresh() {
        refresh(null);
    }

    /**
     * Shows the progress and one criterion with its section's figures (a change touches nothing
     * else), or everything when {@code changed} is null.
     */
    private void refresh(String changed) {
        ScorecardCheck.Progress now = ScorecardCheck.progress(card.rubric(), entries);
        progress.setText(getTranslation("scorecard.progress", now.scored(), now.total(), now.evidenceMissing()));
        next.setEnabled(!now.complete());
        submit.setEnabled(now.complete() && pending.isEmpty());
        for (RubricSection section : card.rubric().sections()) {
            if (changed != null && section.criteria().stream().noneMatch(c -> c.code().equals(changed))) {
                continue;
            }
            for (Criterion criterion : section.criteria()) {
                if (changed != null && !criterion.code().equals(changed)) {
                    continue;
                }
                ScoreEntry entry = entries.get(criterion.code());
                panels.get(criterion.code()).show(entry,
                        ScorecardCheck.needsEvidence(card.rubric(), criterion, entry.mark()), card.editable());
            }
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
        CriterionPanel panel = panels.get(code);
        panel.scrollIntoView();
        panel.getElement().executeJs("this.querySelector('vaadin-button:not([disabled])')?.focus()");
        remember(code);
    }

    // ---- Submit and reopen ----

    private void confirmSubmit() {
        if (!pending.isEmpty()) {
            Notification.show(getTranslation("scorecard.state.retrying"), 4000, Notification.Position.MIDDLE);
            return;
        }
        ConfirmDialog confirm = new ConfirmDialog(getTranslation("scorecard.submitTitle"),
                getTranslation("scorecard.submitText"), getTranslation("scorecard.submit"), e -> {
                    try {
                        scorecards.submit(card.id(), card.version());
                        Notification.show(getTranslation("scorecard.submitted"), 4000, Notification.Position.MIDDLE)
                                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                        // The submitted card opens at its top, where its state and Reopen are.
                        current = null;
                    } catch (RuleViolation violation) {
                        Notification.show(getTranslation(violation.messageKey(), violation.arguments()), 6000,
                                Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
                    } catch (OptimisticLockingFailureException stale) {
                        Notification.show(getTranslation("scorecard.stale"), 6000, Notification.Position.MIDDLE)
                                .addThemeVariants(NotificationVariant.LUMO_WARNING);
                    }
                    render();
                });
        confirm.setId("scorecard-submit-confirm");
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.open();
    }

    private void reopenDialog() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("scorecard.reopenTitle"));
        dialog.setId("scorecard-reopen-dialog");
        Paragraph text = new Paragraph(getTranslation("scorecard.reopenText"));
        TextArea reason = new TextArea(getTranslation("scorecard.reopenReason"));
        reason.setId("scorecard-reopen-reason");
        reason.setWidthFull();
        reason.setMaxLength(2000);
        dialog.add(text, reason);
        Button confirm = new Button(getTranslation("scorecard.reopen"), e -> {
            try {
                scorecards.reopen(card.id(), card.version(), reason.getValue());
                dialog.close();
                render();
            } catch (RuleViolation violation) {
                reason.setInvalid(true);
                reason.setErrorMessage(getTranslation(violation.messageKey(), violation.arguments()));
            } catch (OptimisticLockingFailureException stale) {
                dialog.close();
                Notification.show(getTranslation("scorecard.stale"), 6000, Notification.Position.MIDDLE);
                render();
            }
        });
        confirm.setId("scorecard-reopen-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("action.cancel"), e -> dialog.close());
        dialog.getFooter().add(cancel, confirm);
        dialog.open();
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
        // "Saving…" from the moment of a tap or keystroke until the server answers, and "Not
        // saved — retrying" while the browser has lost the server (it resends when it is back).
        getElement().executeJs("""
                const root = this;
                const state = () => root.querySelector('#scorecard-save-state');
                const pend = () => state() && state().setAttribute('data-pending', '');
                root.addEventListener('click', e => {
                  if (e.target.closest && e.target.closest('.fc-score-button')) pend();
                });
                root.addEventListener('input', e => {
                  if (e.target.closest && e.target.closest('.fc-evidence')) pend();
                });
                const store = window.Vaadin && window.Vaadin.connectionState;
                if (store && store.addStateChangeListener) {
                  if (window.fcScorecardConnection) store.removeStateChangeListener(window.fcScorecardConnection);
                  window.fcScorecardConnection = (previous, next) => {
                    const element = state();
                    if (!element) return;
                    if (next === 'reconnecting' || next === 'connection-lost') {
                      element.setAttribute('data-offline', '');
                    } else if (next === 'connected') {
                      element.removeAttribute('data-offline');
                    }
                  };
                  store.addStateChangeListener(window.fcScorecardConnection);
                }
                """);
    }

    /** Leaving while a change waits for the database would drop it: ask first. */
    @Override
    public void beforeLeave(BeforeLeaveEvent event) {
        if (pending.isEmpty()) {
            return;
        }
        BeforeLeaveEvent.ContinueNavigationAction leave = event.postpone();
        ConfirmDialog confirm = new ConfirmDialog(getTranslation("scorecard.leaveTitle"),
                getTranslation("scorecard.leaveText"), getTranslation("scorecard.leave"), e -> {
                    pending.clear();
                    leave.proceed();
                });
        confirm.setId("scorecard-leave-confirm");
        confirm.setConfirmButtonTheme("error primary");
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("scorecard.stay"));
        confirm.open();
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        stopRetrying();
    }

    private String when(Instant instant) {
        return instant == null ? "" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(getLocale()).format(instant.atZone(zone));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
