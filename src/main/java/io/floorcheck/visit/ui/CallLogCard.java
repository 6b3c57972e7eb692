package io.floorcheck.visit.ui;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import io.floorcheck.base.RuleViolation;
import io.floorcheck.visit.Answer;
import io.floorcheck.visit.CallDraft;
import io.floorcheck.visit.CallFigures;
import io.floorcheck.visit.CallLog;
import io.floorcheck.visit.CallLogService;
import io.floorcheck.visit.ObservedCall;
import io.floorcheck.visit.Resolution;
import io.floorcheck.visit.Sentiment;

/**
 * The observed-call log of a visit: figures, the calls, and for attendees a quick entry form
 * made for a tablet — big choices, a start/stop timer for the handle time, one button to log.
 */
class CallLogCard extends Div {

    private final transient CallLogService callLog;
    private final long visitId;
    private final ZoneId siteZone;
    private Instant timerStarted;

    CallLogCard(CallLogService callLog, long visitId, String siteZone) {
        this.callLog = callLog;
        this.visitId = visitId;
        this.siteZone = ZoneId.of(siteZone);
        addClassName("fc-card");
        setId("visit-calls");
        render();
    }

    private void render() {
        removeAll();
        add(new H2(getTranslation("calls.title")));
        CallLog log = callLog.log(visitId);
        Paragraph figures = new Paragraph(figures(this, log.figures()));
        figures.setId("call-figures");
        figures.addClassName("fc-strong");
        add(figures);
        if (log.mayLog()) {
            add(form());
        }
        log.calls().forEach(call -> add(row(call)));
    }

    /** "5 calls observed · 60 % resolved first time (of 5) · average handle time 6:12", for the log and the scorecard. */
    static String figures(Component in, CallFigures figures) {
        if (figures.calls() == 0) {
            return in.getTranslation("calls.none");
        }
        String share = figures.firstContactPercent() == null ? in.getTranslation("calls.fcrUnknown")
                : in.getTranslation("calls.fcr", figures.firstContactPercent(), figures.resolutionKnown());
        String handle = figures.averageHandleSeconds() == null ? in.getTranslation("calls.ahtUnknown")
                : in.getTranslation("calls.aht", minutes((int) Math.round(figures.averageHandleSeconds())));
        return in.getTranslation("calls.figures", figures.calls(), share, handle);
    }

    private Div form() {
        TextField queue = new TextField(getTranslation("calls.queue"));
        queue.setId("call-queue");
        TextField handle = new TextField(getTranslation("calls.handle"));
        handle.setId("call-handle");
        handle.setPlaceholder("m:ss");
        handle.setWidth("8rem");
        Button timer = new Button(getTranslation("calls.timerStart"), VaadinIcon.STOPWATCH.create());
        timer.setId("call-timer");
        timer.addClickListener(e -> {
            if (timerStarted == null) {
                timerStarted = Instant.now();
                timer.setText(getTranslation("calls.timerStop"));
                timer.addThemeVariants(ButtonVariant.LUMO_ERROR);
            } else {
                handle.setValue(minutes((int) Duration.between(timerStarted, Instant.now()).toSeconds()));
                timerStarted = null;
                timer.setText(getTranslation("calls.timerStart"));
                timer.removeThemeVariants(ButtonVariant.LUMO_ERROR);
            }
        });
        RadioButtonGroup<Resolution> fcr = choice("calls.resolved", Resolution.values(), "calls.resolution.");
        fcr.setId("call-fcr");
        IntegerField transfers = count("calls.transfers");
        IntegerField holds = count("calls.holds");
        RadioButtonGroup<Answer> identity = choice("calls.identity", Answer.values(), "calls.answer.");
        RadioButtonGroup<Answer> disclosure = choice("calls.disclosure", Answer.values(), "calls.answer.");
        RadioButtonGroup<Answer> card = choice("calls.card", Answer.values(), "calls.answer.");
        RadioButtonGroup<Sentiment> sentiment = choice("calls.sentiment", Sentiment.values(), "calls.sentiment.");
        TextArea note = new TextArea(getTranslation("calls.note"));
        note.addClassName("fc-wide");
        Button log = new Button(getTranslation("calls.log"), VaadinIcon.PLUS.create(), e -> {
            Integer seconds;
            try {
                seconds = seconds(handle.getValue());
            } catch (IllegalArgumentException invalid) {
                handle.setInvalid(true);
                handle.setErrorMessage(getTranslation("calls.handleInvalid"));
                return;
            }
            try {
                callLog.logCall(visitId, new CallDraft(LocalTime.now(siteZone).truncatedTo(ChronoUnit.MINUTES),
                        queue.getValue(), seconds, fcr.getValue(), value(transfers), value(holds),
                        identity.getValue(), disclosure.getValue(), card.getValue(), sentiment.getValue(),
                        note.getValue()));
                render();
            } catch (RuleViolation violation) {
                note.setInvalid(true);
                note.setErrorMessage(getTranslation(violation.messageKey(), violation.arguments()));
            }
        });
        log.setId("call-log");
        log.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        Div first = new Div(queue, handle, timer, transfers, holds);
        first.addClassName("fc-edit-row");
        Div form = new Div(first, fcr, identity, disclosure, card, sentiment, note, log);
        form.addClassName("fc-call-form");
        return form;
    }

    private Div row(ObservedCall logged) {
        CallDraft call = logged.call();
        Span head = new Span((call.observedAt() == null ? "" : call.observedAt() + " · ")
                + (call.queue() == null ? getTranslation("calls.noQueue") : call.queue())
                + (call.handleSeconds() == null ? "" : " · " + minutes(call.handleSeconds())));
        head.addClassName("fc-strong");
        StringBuilder facts = new StringBuilder();
        if (call.firstContact() != null) {
            facts.append(getTranslation("calls.resolved")).append(": ")
                    .append(getTranslation("calls.resolution." + call.firstContact())).append(" · ");
        }
        facts.append(getTranslation("calls.transfersHolds", call.transfers(), call.holds()));
        appendAnswer(facts, "calls.identity", call.identityVerified());
        appendAnswer(facts, "calls.disclosure", call.disclosureRead());
        appendAnswer(facts, "calls.card", call.cardDataOk());
        if (call.sentiment() != null) {
            facts.append(" · ").append(getTranslation("calls.sentiment." + call.sentiment()));
        }
        Span factLine = new Span(facts.toString());
        factLine.addClassName("fc-muted");
        Div text = new Div(head, factLine);
        text.addClassName("fc-rubric-cell");
        if (call.note() != null) {
            text.add(new Span(call.note()));
        }
        Span author = new Span(logged.authorName());
        author.addClassName("fc-muted");
        Div row = new Div(text, author);
        row.addClassName("fc-task-row");
        if (logged.mine()) {
            Button remove = new Button(VaadinIcon.TRASH.create(), e -> {
                callLog.deleteCall(logged.id(), logged.version());
                render();
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON, ButtonVariant.LUMO_ERROR);
            remove.setAriaLabel(getTranslation("editor.remove"));
            row.add(remove);
        }
        return row;
    }

    private void appendAnswer(StringBuilder facts, String key, Answer answer) {
        if (answer != null) {
            facts.append(" · ").append(getTranslation(key)).append(": ").append(getTranslation("calls.answer." + answer));
        }
    }

    private <T extends Enum<T>> RadioButtonGroup<T> choice(String labelKey, T[] values, String itemKeyPrefix) {
        RadioButtonGroup<T> group = new RadioButtonGroup<>(getTranslation(labelKey));
        group.setItems(values);
        group.setItemLabelGenerator(v -> getTranslation(itemKeyPrefix + v.name()));
        group.addThemeVariants(RadioGroupVariant.LUMO_HELPER_ABOVE_FIELD);
        group.addClassName("fc-choice");
        return group;
    }

    private IntegerField count(String labelKey) {
        IntegerField field = new IntegerField(getTranslation(labelKey));
        field.setValue(0);
        field.setMin(0);
        field.setStepButtonsVisible(true);
        field.setWidth("8rem");
        return field;
    }

    private static int value(IntegerField field) {
        return field.getValue() == null ? 0 : field.getValue();
    }

    /** "m:ss" or plain seconds; empty is no handle time. */
    static Integer seconds(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String value = text.strip();
        if (value.matches("\\d+")) {
            return Integer.parseInt(value);
        }
        if (value.matches("\\d{1,3}:[0-5]\\d")) {
            String[] parts = value.split(":");
            return Integer.parseInt(parts[0]) * 60 + Integer.parseInt(parts[1]);
        }
        throw new IllegalArgumentException("Not a duration: " + value);
    }

    static String minutes(int seconds) {
        return seconds / 60 + ":" + String.format("%02d", seconds % 60);
    }
}
