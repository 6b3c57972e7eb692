package io.floorcheck.visit.ui;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import io.floorcheck.visit.Answer;
import io.floorcheck.visit.CallDraft;
import io.floorcheck.visit.Resolution;
import io.floorcheck.visit.Sentiment;

/**
 * The fields of one observed call, made for a tablet: big choices, a start/stop timer for the
 * handle time. Used to log a call on the floor and for the lead's corrections afterwards.
 */
class CallForm extends Div {

    private final TextField queue = new TextField(getTranslation("calls.queue"));
    private final TextField handle = new TextField(getTranslation("calls.handle"));
    private final RadioButtonGroup<Resolution> fcr = choice("calls.resolved", Resolution.values(), "calls.resolution.");
    private final IntegerField transfers = count("calls.transfers");
    private final IntegerField holds = count("calls.holds");
    private final RadioButtonGroup<Answer> identity = choice("calls.identity", Answer.values(), "calls.answer.");
    private final RadioButtonGroup<Answer> disclosure = choice("calls.disclosure", Answer.values(), "calls.answer.");
    private final RadioButtonGroup<Answer> card = choice("calls.card", Answer.values(), "calls.answer.");
    private final RadioButtonGroup<Sentiment> sentiment = choice("calls.sentiment", Sentiment.values(),
            "calls.sentiment.");
    private final TextArea note = new TextArea(getTranslation("calls.note"));
    private Instant timerStarted;

    /** @param idPrefix prefixes the fields' ids ("call" on the floor, "correct" in the lead's dialog) */
    CallForm(String idPrefix) {
        addClassName("fc-call-form");
        queue.setId(idPrefix + "-queue");
        queue.setMaxLength(CallDraft.QUEUE_LENGTH);
        handle.setId(idPrefix + "-handle");
        handle.setPlaceholder("m:ss");
        handle.setWidth("8rem");
        fcr.setId(idPrefix + "-fcr");
        note.addClassName("fc-wide");
        note.setMaxLength(CallDraft.NOTE_LENGTH);
        Button timer = new Button(getTranslation("calls.timerStart"), VaadinIcon.STOPWATCH.create());
        timer.setId(idPrefix + "-timer");
        // The running time, ticking in the browser (no round trip a second), so the evaluator sees
        // the timer is on and how long the call has lasted.
        Span running = new Span();
        running.setId(idPrefix + "-timer-running");
        running.addClassName("fc-timer-running");
        running.getElement().setAttribute("role", "timer");
        running.getElement().setAttribute("aria-label", getTranslation("calls.timerRunning"));
        timer.addClickListener(e -> {
            if (timerStarted == null) {
                timerStarted = Instant.now();
                timer.setText(getTranslation("calls.timerStop"));
                timer.addThemeVariants(ButtonVariant.LUMO_ERROR);
                running.getElement().executeJs("""
                        const el = this;
                        const started = Date.now();
                        const show = () => {
                          if (!el.isConnected) {
                            clearInterval(el.fcTick); // the form was closed mid-call
                            return;
                          }
                          const s = Math.floor((Date.now() - started) / 1000);
                          el.textContent = Math.floor(s / 60) + ':' + String(s % 60).padStart(2, '0');
                        };
                        clearInterval(el.fcTick);
                        show();
                        el.fcTick = setInterval(show, 1000);""");
            } else {
                String lasted = CallLogCard.minutes((int) Duration.between(timerStarted, Instant.now()).toSeconds());
                handle.setValue(lasted);
                timerStarted = null;
                timer.setText(getTranslation("calls.timerStart"));
                timer.removeThemeVariants(ButtonVariant.LUMO_ERROR);
                // The browser wrote the ticking text, so the browser clears it.
                running.getElement().executeJs("clearInterval(this.fcTick); this.fcTick = null; this.textContent = '';");
            }
        });
        Div first = new Div(queue, handle, timer, running, transfers, holds);
        first.addClassName("fc-edit-row");
        add(first, fcr, identity, disclosure, card, sentiment, note);
    }

    /** Shows a stored call for correcting it. */
    void show(CallDraft call) {
        queue.setValue(call.queue() == null ? "" : call.queue());
        handle.setValue(call.handleSeconds() == null ? "" : CallLogCard.minutes(call.handleSeconds()));
        fcr.setValue(call.firstContact());
        transfers.setValue(call.transfers());
        holds.setValue(call.holds());
        identity.setValue(call.identityVerified());
        disclosure.setValue(call.disclosureRead());
        card.setValue(call.cardDataOk());
        sentiment.setValue(call.sentiment());
        note.setValue(call.note() == null ? "" : call.note());
    }

    /** The call as entered, at the given clock time; null (and the handle field marked) when the handle time is not a duration. */
    CallDraft draft(LocalTime at) {
        Integer seconds;
        try {
            seconds = CallLogCard.seconds(handle.getValue());
        } catch (IllegalArgumentException invalid) {
            handle.setInvalid(true);
            handle.setErrorMessage(getTranslation("calls.handleInvalid"));
            return null;
        }
        handle.setInvalid(false);
        return new CallDraft(at, queue.getValue(), seconds, fcr.getValue(), value(transfers), value(holds),
                identity.getValue(), disclosure.getValue(), card.getValue(), sentiment.getValue(), note.getValue());
    }

    /** Shows a refusal where the user looks last: under the note. */
    void refused(String message) {
        note.setInvalid(true);
        note.setErrorMessage(message);
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
}
