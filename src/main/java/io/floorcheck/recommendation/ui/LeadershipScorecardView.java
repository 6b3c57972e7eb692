package io.floorcheck.recommendation.ui;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
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
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import io.floorcheck.base.Mark;
import io.floorcheck.base.RuleViolation;
import io.floorcheck.base.ui.Autosave;
import io.floorcheck.base.ui.BrowserTimeZone;
import io.floorcheck.base.ui.CriterionPanel;
import io.floorcheck.base.ui.EvidenceRuleText;
import io.floorcheck.base.ui.GateNotice;
import io.floorcheck.base.ui.NoteClashDialog;
import io.floorcheck.base.ui.SaveState;
import io.floorcheck.evaluation.ContributionRefused;
import io.floorcheck.recommendation.LeadershipCheck;
import io.floorcheck.recommendation.LeadershipScorecard;
import io.floorcheck.recommendation.LeadershipScorecardService;
import io.floorcheck.recommendation.Recommendation;
import io.floorcheck.rubric.Criterion;
import io.floorcheck.rubric.EvidenceRule;
import io.floorcheck.rubric.RubricSection;
import io.floorcheck.rubric.RubricVersion;
import io.floorcheck.visit.ScoreEntry;
import io.floorcheck.visit.ScoreSave;
import io.floorcheck.visit.ScorecardCheck;
import io.floorcheck.visit.ScorecardStatus;
import jakarta.annotation.security.PermitAll;

/**
 * The evaluator's leadership scorecard for a visit: every recommendation of the debrief against
 * the recommendation rubric, then the session as a whole, on one page with one progress line and
 * one submit, so scoring a dozen recommendations feels like one task. It behaves like the visit
 * scorecard: every tap and every few seconds of typing is saved at once, the address names the
 * item being worked on, and a change made elsewhere first is shown, never overwritten.
 */
@Route("leadership")
@PermitAll
class LeadershipScorecardView extends Main implements HasUrlParameter<Long>, HasDynamicTitle, BeforeLeaveObserver {

    private final transient LeadershipScorecardService scorecards;
    private final transient DebriefBroadcaster broadcaster;
    private Registration live;
    private long visitId;
    private LeadershipScorecard card;
    private final Map<String, ScoreEntry> entries = new LinkedHashMap<>();
    private final Map<String, CriterionPanel> panels = new LinkedHashMap<>();
    private final Map<String, Criterion> criteria = new LinkedHashMap<>();
    // Made afresh by every render, so no listener is ever registered twice.
    private Span progress = new Span();
    private Span submittedLabel = new Span();
    private SaveState saveState = new SaveState();
    private Button next = new Button();
    private Button submit = new Button();
    private Div debriefChanged = new Div();
    private String current;
    private String title = "";
    private ZoneId zone = ZoneOffset.UTC;

    LeadershipScorecardView(LeadershipScorecardService scorecards, DebriefBroadcaster broadcaster) {
        this.scorecards = scorecards;
        this.broadcaster = broadcaster;
        // Told at once when the debrief changes under the card.
        io.floorcheck.base.ui.LivePush.whileAttached(this);
        addClassNames("fc-page", "fc-scorecard", "fc-leadership");
    }

    @Override
    public void setParameter(BeforeEvent event, Long visit) {
        visitId = visit;
        current = event.getLocation().getQueryParameters().getSingleParameter("at").orElse(null);
        render();
        // The same view can be shown for another visit (back and forward): listen to this one.
        getUI().ifPresent(this::listen);
    }

    @Override
    public String getPageTitle() {
        return title + " · " + getTranslation("app.name");
    }

    private void render() {
        removeAll();
        entries.clear();
        panels.clear();
        criteria.clear();
        try {
            card = scorecards.open(visitId);
        } catch (ContributionRefused refused) {
            title = getTranslation("leadership.title");
            add(new H1(title), new GateNotice(getTranslation(refused.gate().messageKey()),
                    refused.gate().aboutDeclaration() ? refused.gate().declarationPath() : null), backToDebrief());
            return;
        } catch (RuleViolation violation) {
            title = getTranslation("leadership.title");
            Paragraph why = new Paragraph(getTranslation(violation.messageKey(), violation.arguments()));
            why.setId("leadership-refused");
            why.addClassName("fc-notice");
            add(new H1(title), why, backToDebrief());
            return;
        }
        title = getTranslation("leadership.titleFor", card.vendorName(), card.siteCity());
        H1 heading = new H1(title);
        heading.setId("leadership-title");
        add(heading, bar());
        Div line = new Div(backToDebrief(), statusLine());
        line.addClassName("fc-actions");
        add(line);
        if (card.status() == ScorecardStatus.CLOSED) {
            add(notice(getTranslation("scorecard.closedUnsubmitted")));
        } else if (card.status() == ScorecardStatus.SUBMITTED && card.gate() != null) {
            add(new GateNotice(getTranslation(card.gate().messageKey()),
                    card.gate().aboutDeclaration() ? card.gate().declarationPath() : null));
        } else if (card.status() == ScorecardStatus.DRAFT && !card.editable()) {
            add(card.gate() != null ? new GateNotice(getTranslation(card.gate().messageKey()),
                    card.gate().aboutDeclaration() ? card.gate().declarationPath() : null)
                    : notice(getTranslation("scorecard.closed")));
        }
        ScorecardCheck.Progress now = card.progress();
        if (card.status() == ScorecardStatus.SUBMITTED && !now.complete()) {
            // Captured after this card was submitted: counted as unscored until it is reopened.
            add(notice(getTranslation("leadership.addedSince", now.total() - now.scored())));
        }
        add(evidenceRule());
        if (card.recommendations().isEmpty()) {
            add(notice(getTranslation("leadership.none")));
        }
        int number = 1;
        for (Recommendation recommendation : card.recommendations()) {
            add(recommendationSection(number++, recommendation));
        }
        add(sessionSection());
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

    /** Before the first tap: which scores will ask for a note, per rubric where the two differ. */
    private Paragraph evidenceRule() {
        EvidenceRule recommendations = card.recommendationRubric().evidenceRule();
        EvidenceRule session = card.sessionRubric().evidenceRule();
        boolean none = (recommendations == null || !recommendations.any()) && (session == null || !session.any());
        String text = java.util.Objects.equals(recommendations, session) ? rule(recommendations)
                : getTranslation("leadership.evidenceRules", rule(recommendations), rule(session));
        Paragraph line = new Paragraph(none ? getTranslation("scorecard.evidenceRuleNone")
                : getTranslation("scorecard.evidenceRule", text));
        line.setId("leadership-evidence-rule");
        line.addClassName("fc-evidence-rule");
        return line;
    }

    private String rule(EvidenceRule rule) {
        return EvidenceRuleText.of(this, rule == null ? null : rule.atMost(), rule == null ? null : rule.atLeast());
    }

    private Div bar() {
        progress = new Span();
        next = new Button();
        saveState = new SaveState();
        submit = new Button();
        progress.setId("leadership-progress");
        progress.addClassName("fc-strong");
        next.setText(getTranslation("scorecard.next"));
        next.setIcon(VaadinIcon.ARROW_DOWN.create());
        next.setId("leadership-next");
        next.addClickListener(e -> jumpToNextOpen());
        Select<String> jump = new Select<>();
        jump.setId("leadership-jump");
        jump.setPlaceholder(getTranslation("leadership.jump"));
        jump.setAriaLabel(getTranslation("leadership.jump"));
        List<String> targets = new ArrayList<>();
        Map<String, String> labels = new LinkedHashMap<>();
        int number = 1;
        for (Recommendation recommendation : card.recommendations()) {
            String first = LeadershipCheck.key(recommendation.id(), firstCode(card.recommendationRubric()));
            targets.add(first);
            labels.put(first, number++ + ". " + recommendation.details().title());
        }
        String session = LeadershipCheck.key(null, firstCode(card.sessionRubric()));
        targets.add(session);
        labels.put(session, getTranslation("leadership.session"));
        jump.setItems(targets);
        jump.setItemLabelGenerator(labels::get);
        jump.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                goTo(e.getValue());
                jump.clear();
            }
        });
        saveState.setVisible(card.editable());
        Div bar = new Div(progress, next, jump, saveState);
        // In the sticky bar, so it is seen wherever the evaluator is on the card.
        bar.add(debriefChanged());
        bar.addClassName("fc-score-bar");
        bar.setId("leadership-bar");
        if (card.editable()) {
            submit.setText(getTranslation("leadership.submit"));
            submit.setId("leadership-submit");
            submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            submit.addClickListener(e -> confirmSubmit());
            bar.add(submit);
        }
        return bar;
    }

    /**
     * Shown when colleagues add, edit or merge a recommendation while this card is open: the card
     * is redrawn only when the evaluator asks, so nothing moves under their finger.
     */
    private Div debriefChanged() {
        debriefChanged = new Div();
        debriefChanged.setId("leadership-debrief-changed");
        debriefChanged.addClassName("fc-notice");
        Button show = new Button(getTranslation("leadership.showLatest"), VaadinIcon.REFRESH.create(), e -> render());
        show.setId("leadership-show-latest");
        debriefChanged.add(new Span(getTranslation("leadership.debriefChanged") + " "), show);
        debriefChanged.setVisible(false);
        return debriefChanged;
    }

    private Component statusLine() {
        Div line = new Div();
        line.addClassName("fc-actions");
        if (card.status() == ScorecardStatus.SUBMITTED) {
            submittedLabel = new Span(getTranslation("scorecard.submittedAt", when(card.submittedAt())));
            submittedLabel.setId("leadership-submitted");
            submittedLabel.addClassName("fc-status");
            submittedLabel.getElement().setAttribute("data-status", "LOCKED");
            line.add(submittedLabel);
            if (card.mayReopen()) {
                Button reopen = new Button(getTranslation("scorecard.reopen"), VaadinIcon.UNLOCK.create(),
                        e -> reopenDialog());
                reopen.setId("leadership-reopen");
                line.add(reopen);
            }
        }
        return line;
    }

    private Button backToDebrief() {
        Button back = new Button(getTranslation("leadership.backToDebrief"), VaadinIcon.ARROW_LEFT.create(),
                e -> getUI().ifPresent(ui -> ui.navigate("debriefs/" + visitId)));
        back.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        back.setId("leadership-back");
        return back;
    }

    private static Paragraph notice(String text) {
        Paragraph notice = new Paragraph(text);
        notice.addClassName("fc-notice");
        return notice;
    }

    private Section recommendationSection(int number, Recommendation recommendation) {
        Section block = new Section();
        block.addClassNames("fc-score-section", "fc-leadership-item");
        block.setId("recommendation-" + recommendation.id());
        Span code = new Span(String.valueOf(number));
        code.addClassName("fc-code");
        H2 heading = new H2(code, new Span(recommendation.details().title()));
        if (recommendation.upsell()) {
            Span tag = new Span(getTranslation("debrief.upsellTag"));
            tag.addClassNames("fc-tag", "fc-upsell");
            heading.add(tag);
        }
        block.add(heading);
        Paragraph meta = new Paragraph(DebriefView.summary(this, recommendation));
        meta.addClassName("fc-muted");
        block.add(meta);
        if (recommendation.details().description() != null) {
            block.add(new Paragraph(recommendation.details().description()));
        }
        if (recommendation.upsell()) {
            Paragraph why = new Paragraph(getTranslation("debrief.upsellWhy", recommendation.upsellNote()));
            why.addClassName("fc-upsell-note");
            block.add(why);
        }
        addPanels(block, recommendation.id(), card.recommendationRubric(),
                getTranslation("leadership.context", number, recommendation.details().title()));
        return block;
    }

    private Section sessionSection() {
        Section block = new Section();
        block.addClassNames("fc-score-section", "fc-leadership-item");
        block.setId("leadership-session");
        block.add(new H2(getTranslation("leadership.session")));
        Paragraph about = new Paragraph(getTranslation("leadership.sessionHint"));
        about.addClassName("fc-muted");
        block.add(about);
        addPanels(block, null, card.sessionRubric(), getTranslation("leadership.session"));
        return block;
    }

    private void addPanels(Section block, Long recommendationId, RubricVersion rubric, String context) {
        for (RubricSection section : rubric.sections()) {
            for (Criterion criterion : section.criteria()) {
                String key = LeadershipCheck.key(recommendationId, criterion.code());
                entries.put(key, card.score(recommendationId, criterion.code()));
                criteria.put(key, criterion);
                CriterionPanel panel = new CriterionPanel(key, spec(section, criterion, context), List.of(),
                        listener);
                panels.put(key, panel);
                block.add(panel);
            }
        }
    }

    private static CriterionPanel.Spec spec(RubricSection section, Criterion criterion, String context) {
        return new CriterionPanel.Spec(criterion.code(), criterion.title(), criterion.guidance(), criterion.scaleMin(),
                criterion.scaleMax(), criterion.naAllowed(), criterion.gate(), criterion.passCondition(),
                section.descriptorsFor(criterion).stream()
                        .map(level -> new CriterionPanel.Level(level.score(), level.descriptor())).toList(),
                LeadershipScorecardService.EVIDENCE_LENGTH, context);
    }

    private static String firstCode(RubricVersion rubric) {
        return rubric.sections().getFirst().criteria().getFirst().code();
    }

    private RubricVersion rubricOf(String key) {
        return LeadershipCheck.recommendationOf(key).isPresent() ? card.recommendationRubric() : card.sessionRubric();
    }

    // ---- Saving ----

    private final CriterionPanel.Listener listener = new CriterionPanel.Listener() {
        @Override
        public void marked(String key, Mark mark) {
            Long recommendation = LeadershipCheck.recommendationOf(key).orElse(null);
            String code = LeadershipCheck.codeOf(key);
            autosave.save(key, "mark", version -> outcome(scorecards.mark(card.id(), recommendation, code, version,
                    mark)),
                    (base, now) -> base.mark().equals(now.mark()));
        }

        @Override
        public void noted(String key, String evidence) {
            Long recommendation = LeadershipCheck.recommendationOf(key).orElse(null);
            String code = LeadershipCheck.codeOf(key);
            autosave.save(key, "note", version -> outcome(scorecards.note(card.id(), recommendation, code, version,
                    evidence)),
                    (base, now) -> Objects.equals(blankToNull(base.evidence()), blankToNull(now.evidence())));
        }

        @Override
        public void linked(String key, List<Long> ids) {
            // A leadership scorecard links no calls.
        }

        @Override
        public void touched(String key) {
            saveState.settle();
        }
    };

    /** Saves each change at once; see {@link Autosave} for stale versions, clashes and retries. */
    private final Autosave<ScoreEntry> autosave = new Autosave<>(entries, ScoreEntry::version,
            new Autosave.View<>() {
                @Override
                public void clash(String key, String kind, ScoreEntry stored) {
                    showClash(key, kind, stored);
                }

                @Override
                public void settled(String key) {
                    current = key;
                    remember(key);
                    refresh(key);
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

    /** The same item was changed elsewhere first: show what is stored, say so, never overwrite. */
    private void showClash(String key, String kind, ScoreEntry stored) {
        String item = itemName(key);
        if (kind.equals("note")) {
            // Typed text is never dropped: the evaluator chooses between the stored note and theirs.
            String mine = panels.get(key).typedEvidence();
            new NoteClashDialog(item, stored.evidence(), mine, () -> listener.noted(key, mine), this::refresh).open();
            return;
        }
        Notification notification = Notification.show(getTranslation("scorecard.clash", item,
                stored.mark().isSet() ? stored.mark().describe() : getTranslation("scorecard.item.unscored")),
                8000, Notification.Position.MIDDLE);
        notification.addThemeVariants(NotificationVariant.LUMO_WARNING);
        notification.setId("scorecard-clash");
    }

    /** "R2 of recommendation 3" or "L1 of the session", for messages. */
    private String itemName(String key) {
        String code = LeadershipCheck.codeOf(key);
        return LeadershipCheck.recommendationOf(key)
                .map(id -> getTranslation("leadership.itemOf", code, card.recommendationIds().indexOf(id) + 1))
                .orElseGet(() -> getTranslation("leadership.itemOfSession", code));
    }

    /** Puts the item in the address, so a reload or a bookmark opens the card there. */
    private void remember(String key) {
        getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null,
                "leadership/" + visitId + "?at=" + URLEncoder.encode(key, StandardCharsets.UTF_8)));
    }

    // ---- Progress and moving around ----

    private void refresh() {
        refresh(null);
    }

    /** Shows the progress and one item (a change touches nothing else), or every item when {@code changed} is null. */
    private void refresh(String changed) {
        ScorecardCheck.Progress now = LeadershipCheck.progress(card.recommendationRubric(), card.sessionRubric(),
                card.recommendationIds(), byRecommendation(), session());
        progress.setText(getTranslation("scorecard.progress", now.scored(), now.total(), now.evidenceMissing()));
        next.setEnabled(!now.complete());
        submit.setEnabled(now.complete() && autosave.allStored());
        for (Map.Entry<String, CriterionPanel> panel : panels.entrySet()) {
            if (changed != null && !panel.getKey().equals(changed)) {
                continue;
            }
            ScoreEntry entry = entries.get(panel.getKey());
            panel.getValue().show(entry.mark(), entry.evidence(), List.of(), ScorecardCheck.needsEvidence(
                    rubricOf(panel.getKey()), criteria.get(panel.getKey()), entry.mark()), card.editable());
        }
    }

    private Map<Long, Map<String, ScoreEntry>> byRecommendation() {
        Map<Long, Map<String, ScoreEntry>> scores = new LinkedHashMap<>();
        entries.forEach((key, entry) -> LeadershipCheck.recommendationOf(key).ifPresent(id -> scores
                .computeIfAbsent(id, k -> new LinkedHashMap<>()).put(LeadershipCheck.codeOf(key), entry)));
        return scores;
    }

    private Map<String, ScoreEntry> session() {
        Map<String, ScoreEntry> scores = new LinkedHashMap<>();
        entries.forEach((key, entry) -> {
            if (LeadershipCheck.recommendationOf(key).isEmpty()) {
                scores.put(LeadershipCheck.codeOf(key), entry);
            }
        });
        return scores;
    }

    private void jumpToNextOpen() {
        ScorecardCheck.Progress now = LeadershipCheck.progress(card.recommendationRubric(), card.sessionRubric(),
                card.recommendationIds(), byRecommendation(), session());
        LeadershipCheck.nextOpen(card.order(), now, current).ifPresent(this::goTo);
    }

    private void goTo(String key) {
        current = key;
        CriterionPanel panel = panels.get(key);
        panel.scrollIntoView();
        panel.focusMarks();
        remember(key);
    }

    // ---- Submit and reopen ----

    private void confirmSubmit() {
        autosave.confirmSubmit(this, "leadership-submit-confirm", "leadership", () -> scorecards.submit(card.id(), card.version()),
                // The submitted card opens at its top, where its state and Reopen are.
                () -> current = null);
    }

    private void reopenDialog() {
        autosave.reopen(this, getTranslation("leadership.reopenTitle"),
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
        listen(attachEvent.getUI());
    }

    private void listen(UI ui) {
        stopListening();
        // A change that arrives as the page goes away is simply dropped.
        live = broadcaster.register(visitId, ui.accessLater(() -> debriefChanged.setVisible(true), () -> { }));
    }

    private void stopListening() {
        if (live != null) {
            live.remove();
            live = null;
        }
    }

    /** Leaving while a change waits for the database would drop it: ask first. */
    @Override
    public void beforeLeave(BeforeLeaveEvent event) {
        autosave.guardLeave(event, this);
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        autosave.stop(detachEvent.getUI());
        stopListening();
    }

    private String when(Instant instant) {
        return instant == null ? "" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(getLocale()).format(instant.atZone(zone));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
