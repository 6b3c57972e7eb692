package io.floorcheck.base.ui;

import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.dom.Element;

/**
 * The quiet state line of an autosaving scorecard: "Saved 10:42", "Saving…" from the moment of a
 * tap or keystroke until the server answers (shown by the browser itself), and "Not saved —
 * retrying" while the server could not store a change or the browser has lost the server.
 */
public class SaveState extends Span {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private final Span saved = new Span();

    public SaveState() {
        setId("scorecard-save-state");
        addClassName("fc-save-state");
        saved.addClassName("fc-state-done");
        Span saving = new Span(getTranslation("scorecard.state.saving"));
        saving.addClassName("fc-state-saving");
        Span offline = new Span(getTranslation("scorecard.state.retrying"));
        offline.addClassName("fc-state-offline");
        add(saved, saving, offline);
        saved.setText(getTranslation("scorecard.state.ready"));
    }

    public void savedAt(ZoneId zone) {
        saved.setText(getTranslation("scorecard.state.saved", LocalTime.now(zone).format(TIME)));
        getElement().setAttribute("data-state", "saved");
        settle();
    }

    public void notSaved() {
        saved.setText(getTranslation("scorecard.state.retrying"));
        getElement().setAttribute("data-state", "error");
    }

    /** Clears the "Saving…" the browser shows from the moment of a tap or keystroke. */
    public void settle() {
        getElement().executeJs("this.removeAttribute('data-pending')");
    }

    /**
     * Makes the browser show "Saving…" on a tap of a score button or typing in an evidence note
     * anywhere inside {@code root}, and "Not saved — retrying" while Vaadin's connection is
     * reconnecting or lost (it resends when it is back). Installed once per attach of the view.
     */
    public static void watch(Element root) {
        root.executeJs("""
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
}
