package io.floorcheck.visit.ui;

import java.io.ByteArrayInputStream;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import io.floorcheck.base.RuleViolation;
import io.floorcheck.visit.AgendaItem;
import io.floorcheck.visit.AgendaKind;
import io.floorcheck.visit.Attendee;
import io.floorcheck.visit.BlankScorecardPdf;
import io.floorcheck.visit.CallLogService;
import io.floorcheck.visit.Expectation;
import io.floorcheck.visit.ScorecardService;
import io.floorcheck.visit.Visit;
import io.floorcheck.visit.VisitIntegrity;
import io.floorcheck.visit.VisitService;
import io.floorcheck.visit.VisitStatus;
import jakarta.annotation.security.PermitAll;

/**
 * One visit: where and when (in the site's time), who goes, the agenda, each attendee's
 * expectations before it starts, and afterwards the lead's record of how representative it was.
 */
@Route("visits")
@PermitAll
class VisitView extends Main implements HasUrlParameter<Long>, HasDynamicTitle {

    private final transient VisitService visits;
    private final transient CallLogService callLog;
    private final transient ScorecardService scorecards;
    private long id;
    private Visit visit;
    private String title = "";

    VisitView(VisitService visits, CallLogService callLog, ScorecardService scorecards) {
        this.visits = visits;
        this.callLog = callLog;
        this.scorecards = scorecards;
        addClassName("fc-page");
    }

    @Override
    public void setParameter(BeforeEvent event, Long visitId) {
        id = visitId;
        render();
    }

    private void render() {
        removeAll();
        visit = visits.visit(id);
        title = visit.vendorName() + " · " + visit.site().city();
        H1 heading = new H1(title);
        heading.setId("visit-title");
        Div line = new Div(VisitFormat.status(visit.status()),
                new Span(VisitFormat.when(visit.startsAt(), visit.site().timeZone(), getLocale())));
        line.addClassName("fc-actions");
        Button back = new Button(getTranslation("visits.back"), VaadinIcon.ARROW_LEFT.create(),
                e -> getUI().ifPresent(ui -> ui.navigate("evaluations/visits/" + visit.evaluationId())));
        back.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Anchor paper = new Anchor(DownloadHandler.fromInputStream(download -> {
            byte[] pdf = BlankScorecardPdf.render(visits.blankScorecard(id), getLocale());
            return new DownloadResponse(new ByteArrayInputStream(pdf), "scorecard-" + id + ".pdf",
                    "application/pdf", pdf.length);
        }), AttachmentType.DOWNLOAD, getTranslation("visits.blankScorecard"));
        paper.setId("visit-blank-scorecard");
        paper.addComponentAsFirst(VaadinIcon.PRINT.create());
        paper.addClassName("fc-action-link");
        line.add(back, paper);
        add(heading, line);
        if (visit.notes() != null) {
            add(new Paragraph(visit.notes()));
        }
        if (visit.cancelReason() != null) {
            add(new Paragraph(getTranslation("visits.cancelledBecause", visit.cancelReason())));
        }
        if (visit.iLead()) {
            add(statusActions());
        }
        boolean started = visit.status() == VisitStatus.IN_PROGRESS || visit.status() == VisitStatus.COMPLETED;
        // During the visit the call log comes first: it is what attendees use on the floor.
        if (started) {
            Button debrief = new Button(getTranslation("visits.debrief"), VaadinIcon.USERS.create(),
                    e -> getUI().ifPresent(ui -> ui.navigate("debriefs/" + id)));
            debrief.setId("visit-debrief");
            debrief.getStyle().set("align-self", "flex-start");
            add(debrief);
            add(new TeamScoresCard(scorecards, id, visit.iAttend(), java.time.ZoneId.of(visit.site().timeZone())));
            add(new CallLogCard(callLog, id, visit.site().timeZone()));
        }
        if (visit.iAttend()) {
            add(expectations());
        }
        add(attendees(), agenda(), integrity());
    }

    // ---- Status ----

    private Div statusActions() {
        Div actions = new Div();
        actions.addClassName("fc-actions");
        actions.setId("visit-actions");
        switch (visit.status()) {
            case PLANNED -> {
                actions.add(confirmed("visit-start", "visits.start", startText(), () -> visits.start(id,
                        visit.version())));
                Button cancel = new Button(getTranslation("visits.cancel"), e -> cancelDialog());
                cancel.setId("visit-cancel");
                actions.add(cancel);
            }
            case IN_PROGRESS -> actions.add(confirmed("visit-complete", "visits.complete",
                    getTranslation("visits.completeText"),
                    () -> visits.complete(id, visit.version())));
            default -> { }
        }
        return actions;
    }

    /**
     * What starting the visit means; for a visit planned for a later day (at the site), that it is
     * early, and by how much — a tap on the wrong visit would lock its expectations for nothing.
     */
    private String startText() {
        java.time.ZoneId site = java.time.ZoneId.of(visit.site().timeZone());
        java.time.LocalDate today = java.time.LocalDate.now(site);
        long days = java.time.temporal.ChronoUnit.DAYS.between(today, visit.startsAt().toLocalDate());
        return days > 0 ? getTranslation("visits.startTextEarly", VisitFormat.when(visit.startsAt(),
                visit.site().timeZone(), getLocale()), days) : getTranslation("visits.startText");
    }

    private Button confirmed(String buttonId, String labelKey, String text, Runnable action) {
        Button button = new Button(getTranslation(labelKey), e -> {
            ConfirmDialog confirm = new ConfirmDialog(getTranslation(labelKey), text,
                    getTranslation(labelKey), yes -> {
                        action.run();
                        render();
                    });
            confirm.setId(buttonId + "-confirm");
            confirm.setCancelable(true);
            confirm.setCancelText(getTranslation("action.cancel"));
            confirm.open();
        });
        button.setId(buttonId);
        button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return button;
    }

    private void cancelDialog() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("visits.cancel"));
        TextArea reason = new TextArea(getTranslation("reason.label"));
        reason.setWidthFull();
        dialog.add(reason);
        Button ok = new Button(getTranslation("visits.cancel"), e -> {
            try {
                visits.cancel(id, visit.version(), reason.getValue());
                dialog.close();
                render();
            } catch (RuleViolation violation) {
                reason.setInvalid(true);
                reason.setErrorMessage(getTranslation(violation.messageKey(), violation.arguments()));
            }
        });
        ok.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), ok);
        dialog.open();
    }

    // ---- Expectations ----

    private Div expectations() {
        Div card = card("visit-expectations", "visits.expectations");
        boolean open = visit.status() == VisitStatus.PLANNED;
        card.add(new Paragraph(getTranslation(open ? "visits.expectationsIntro" : "visits.expectationsLocked")));
        for (Expectation expectation : visits.myExpectations(id)) {
            Select<Integer> score = new Select<>();
            score.setLabel(expectation.sectionCode() + " · " + expectation.sectionTitle());
            List<Integer> levels = new ArrayList<>();
            for (int level = expectation.scaleMin(); level <= expectation.scaleMax(); level++) {
                levels.add(level);
            }
            score.setItems(levels);
            score.setEmptySelectionAllowed(true);
            score.setEmptySelectionCaption(getTranslation("visits.noExpectation"));
            score.setValue(expectation.expectedScore());
            score.setId("expect-score-" + expectation.sectionCode());
            score.setWidth("16rem");
            TextField reason = new TextField(getTranslation("visits.expectationWhy"));
            reason.setValue(Objects.toString(expectation.reason(), ""));
            reason.setId("expect-reason-" + expectation.sectionCode());
            reason.addClassName("fc-grow");
            score.setReadOnly(!open);
            reason.setReadOnly(!open);
            // Saved as soon as a field changes: nothing to remember to press.
            Runnable save = () -> visits.expect(id, expectation.sectionCode(), score.getValue(), reason.getValue());
            score.addValueChangeListener(e -> save.run());
            reason.addValueChangeListener(e -> save.run());
            Div row = new Div(score, reason);
            row.addClassName("fc-edit-row");
            card.add(row);
        }
        return card;
    }

    // ---- Attendees and agenda ----

    private Div attendees() {
        Div card = card("visit-attendees", "visits.attendees");
        if (visit.attendees().isEmpty()) {
            card.add(new Paragraph(getTranslation("visits.noAttendees")));
        } else {
            card.add(new Paragraph(visit.attendees().stream().map(a -> a.title() == null ? a.name()
                    : a.name() + " (" + a.title() + ")").collect(Collectors.joining(", "))));
        }
        boolean editable = visit.status() == VisitStatus.PLANNED || visit.status() == VisitStatus.IN_PROGRESS;
        if (visit.iLead() && editable) {
            // Evaluators who have not declared for this vendor (or wait for a decision, or are
            // excluded) could not contribute on the visit: say so while choosing them.
            Map<Long, String> gaps = visits.declarationGaps(id);
            List<String> warned = visit.attendees().stream().filter(a -> gaps.containsKey(a.userId()))
                    .map(a -> getTranslation(gaps.get(a.userId()), a.name())).toList();
            if (!warned.isEmpty()) {
                Div warning = new Div();
                warning.addClassName("fc-notice");
                warning.setId("visit-attendee-warning");
                warning.add(new Paragraph(getTranslation("visits.coi.warning", visit.vendorName())));
                UnorderedList list = new UnorderedList();
                warned.forEach(w -> list.add(new ListItem(w)));
                warning.add(list);
                card.add(warning);
            }
            MultiSelectComboBox<Attendee> picker = new MultiSelectComboBox<>(getTranslation("visits.attendees"));
            picker.setId("visit-attendee-picker");
            List<Attendee> choices = visits.attendeeChoices(id);
            picker.setItems(choices);
            picker.setItemLabelGenerator(a -> gaps.containsKey(a.userId())
                    ? a.name() + " — " + getTranslation(gaps.get(a.userId()) + ".short") : a.name());
            Set<Long> current = visit.attendees().stream().map(Attendee::userId).collect(Collectors.toSet());
            picker.setValue(choices.stream().filter(a -> current.contains(a.userId())).collect(Collectors.toSet()));
            picker.setWidth("28rem");
            Button save = new Button(getTranslation("visits.saveAttendees"), e -> {
                visits.setAttendees(id, picker.getValue().stream().map(Attendee::userId).toList());
                saved();
            });
            save.setId("visit-attendees-save");
            Div row = new Div(picker, save);
            row.addClassName("fc-edit-row");
            card.add(row);
        }
        return card;
    }

    private Div agenda() {
        Div card = card("visit-agenda", "visits.agenda");
        List<AgendaItem> items = visit.agenda();
        boolean editable = visit.iLead() && visit.status() != VisitStatus.COMPLETED
                && visit.status() != VisitStatus.CANCELLED;
        if (items.isEmpty()) {
            card.add(new Paragraph(getTranslation("visits.noAgenda")));
        }
        for (int i = 0; i < items.size(); i++) {
            AgendaItem item = items.get(i);
            Span time = new Span(item.startsAt() == null ? "–" : item.startsAt().toString());
            time.addClassName("fc-strong");
            Span kind = new Span(getTranslation("visits.kind." + item.kind()));
            kind.addClassName("fc-tag");
            Div text = new Div(kind, new Span(item.title()));
            text.addClassName("fc-rubric-cell");
            if (item.attendeeId() != null || item.withWhom() != null) {
                String who = visit.attendees().stream().filter(a -> Objects.equals(a.userId(), item.attendeeId())).map(Attendee::name)
                        .findFirst().orElse("");
                Span pairing = new Span(pairing(who, item.withWhom()));
                pairing.addClassName("fc-muted");
                text.add(pairing);
            }
            if (item.notes() != null) {
                Span notes = new Span(item.notes());
                notes.addClassName("fc-muted");
                text.add(notes);
            }
            Div row = new Div(time, text);
            row.addClassName("fc-task-row");
            if (editable) {
                int index = i;
                Button remove = new Button(VaadinIcon.TRASH.create(), e -> {
                    List<AgendaItem> rest = new ArrayList<>(items);
                    rest.remove(index);
                    visits.setAgenda(id, rest);
                    saved();
                });
                remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON, ButtonVariant.LUMO_ERROR);
                remove.setAriaLabel(getTranslation("editor.remove"));
                row.add(remove);
            }
            card.add(row);
        }
        if (editable) {
            card.add(agendaForm(items));
        }
        return card;
    }

    private Component agendaForm(List<AgendaItem> items) {
        Select<AgendaKind> kind = new Select<>();
        kind.setId("agenda-kind");
        kind.setLabel(getTranslation("visits.field.kind"));
        kind.setItems(AgendaKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("visits.kind." + k));
        kind.setValue(AgendaKind.FLOOR_SHADOWING);
        TimePicker time = new TimePicker(getTranslation("visits.field.time"));
        time.setId("agenda-time");
        time.setWidth("9rem");
        TextField title = new TextField(getTranslation("visits.field.title"));
        title.setId("agenda-title");
        title.addClassName("fc-grow");
        Select<Attendee> who = new Select<>();
        who.setLabel(getTranslation("visits.field.who"));
        who.setItems(visit.attendees());
        who.setItemLabelGenerator(a -> a == null ? "" : a.name());
        who.setEmptySelectionAllowed(true);
        TextField withWhom = new TextField(getTranslation("visits.field.withWhom"));
        Button add = new Button(getTranslation("visits.addAgenda"), VaadinIcon.PLUS.create(), e -> {
            List<AgendaItem> next = new ArrayList<>(items);
            next.add(new AgendaItem(kind.getValue(), time.getValue(), title.getValue(),
                    who.getValue() == null ? null : who.getValue().userId(), withWhom.getValue(), null));
            next.sort(java.util.Comparator.comparing(AgendaItem::startsAt,
                    java.util.Comparator.nullsLast(LocalTime::compareTo)));
            try {
                visits.setAgenda(id, next);
                saved();
            } catch (RuleViolation violation) {
                title.setInvalid(true);
                title.setErrorMessage(getTranslation(violation.messageKey(), violation.arguments()));
            }
        });
        add.setId("agenda-add");
        Div form = new Div(kind, time, title, who, withWhom, add);
        form.addClassName("fc-edit-row");
        return form;
    }

    // ---- Integrity ----

    private Div integrity() {
        Div card = card("visit-integrity", "visits.integrity");
        VisitIntegrity integrity = visit.integrity();
        boolean editable = visit.iLead() && visit.status() == VisitStatus.COMPLETED;
        if (!editable) {
            card.add(new Paragraph(integrity.recorded() ? summary(integrity)
                    : getTranslation(visit.status() == VisitStatus.COMPLETED ? "visits.integrityPending"
                            : "visits.integrityAfter")));
            return card;
        }
        RadioButtonGroup<Boolean> picked = yesNo("visits.integrity.picked", integrity.pickedAgents());
        RadioButtonGroup<Boolean> unsupervised = yesNo("visits.integrity.unsupervised", integrity.unsupervised());
        RadioButtonGroup<Boolean> alone = yesNo("visits.integrity.focusGroup", integrity.focusGroupAlone());
        RadioButtonGroup<Boolean> volume = yesNo("visits.integrity.volume", integrity.typicalVolume());
        TextField hospitality = new TextField(getTranslation("visits.integrity.hospitality"));
        hospitality.setValue(Objects.toString(integrity.hospitality(), ""));
        hospitality.addClassName("fc-wide");
        TextArea note = new TextArea(getTranslation("visits.integrity.note"));
        note.setValue(Objects.toString(integrity.note(), ""));
        note.addClassName("fc-wide");
        Button save = new Button(getTranslation("visits.integrity.save"), e -> {
            visits.recordIntegrity(id, visit.version(), new VisitIntegrity(picked.getValue(), unsupervised.getValue(),
                    alone.getValue(), volume.getValue(), hospitality.getValue(), note.getValue(), null));
            saved();
        });
        save.setId("integrity-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        card.add(picked, unsupervised, alone, volume, hospitality, note, save);
        return card;
    }

    private RadioButtonGroup<Boolean> yesNo(String labelKey, Boolean value) {
        RadioButtonGroup<Boolean> group = new RadioButtonGroup<>(getTranslation(labelKey));
        group.setItems(true, false);
        group.setItemLabelGenerator(b -> getTranslation(b ? "visits.yes" : "visits.no"));
        group.setValue(value);
        return group;
    }

    private String summary(VisitIntegrity integrity) {
        return getTranslation("visits.integritySummary", answer(integrity.pickedAgents()),
                answer(integrity.unsupervised()), answer(integrity.focusGroupAlone()),
                answer(integrity.typicalVolume()), Objects.toString(integrity.hospitality(), "–"),
                Objects.toString(integrity.note(), ""));
    }

    private String answer(Boolean value) {
        return getTranslation(value == null ? "visits.unanswered" : value ? "visits.yes" : "visits.no");
    }

    private void saved() {
        Notification.show(getTranslation("evaluations.saved"), 2500, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        render();
    }

    private Div card(String cardId, String headingKey) {
        Div card = new Div(new H2(getTranslation(headingKey)));
        card.addClassName("fc-card");
        card.setId(cardId);
        return card;
    }

    @Override
    public String getPageTitle() {
        return title + " · " + getTranslation("app.name");
    }

    /** "Marcus with Team Dalisay", or either part alone: never "with …" without the attendee. */
    private String pairing(String who, String withWhom) {
        if (who.isEmpty()) {
            return Objects.toString(withWhom, "");
        }
        return withWhom == null ? who : getTranslation("visits.pairing", who, withWhom);
    }
}
