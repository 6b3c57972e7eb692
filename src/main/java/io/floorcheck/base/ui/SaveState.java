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

    /**
     * How long after the last keystroke in a note its text may still be on its way: a note reaches
     * the server every {@link CriterionPanel#NOTE_SYNC_MILLIS} while typing and once after, plus a margin.
     */
    static final int TYPING_SETTLES_MILLIS = CriterionPanel.NOTE_SYNC_MILLIS + 500;

    /**
     * Clears the "Saving…" the browser shows from the moment of a tap or keystroke — once the last
     * keystroke's text has had time to reach the server: a save that answers while typing goes on
     * (the first keystroke's) must not read "Saved" over text still on its way.
     */
    public void settle() {
        getElement().executeJs("""
                const wait = (window.fcLastInput || 0) + $0 - Date.now();
                clearTimeout(this.fcSettle);
                if (wait > 0) {
                  this.fcSettle = setTimeout(() => this.removeAttribute('data-pending'), wait);
                } else {
                  this.removeAttribute('data-pending');
                }
                """, TYPING_SETTLES_MILLIS);
    }

    /**
     * Makes the browser show "Saving…" on a tap of a score button or typing in an evidence note
     * anywhere inside {@code root}, and "Not saved — retrying" while Vaadin's connection is
     * reconnecting or lost (it resends when it is back); and ask before the tab is reloaded or
     * closed while anything is not saved yet (the browser's own "Leave site?"), so the last second
     * of typing is never lost silently. Installed once per attach of the view; the guard finds the
     * state line where it is and does nothing once the scorecard is left.
     */
    public static void watch(Element root) {
        root.executeJs("""
                const root = this;
                const state = () => root.querySelector('#scorecard-save-state');
                const pend = () => state() && state().setAttribute('data-pending', '');
                // A choice of mark (tap, arrow key or Clear) is on its way from the moment it is made;
                // a tap on the mark already chosen sends nothing and so changes nothing here.
                root.addEventListener('mark-chosen', pend);
                root.addEventListener('input', e => {
                  if (e.target.closest && e.target.closest('.fc-evidence')) {
                    window.fcLastInput = Date.now();
                    pend();
                  }
                });
                if (window.fcUnsavedGuard) window.removeEventListener('beforeunload', window.fcUnsavedGuard);
                window.fcUnsavedGuard = e => {
                  const element = state();
                  if (!element) return;
                  const typing = Date.now() - (window.fcLastInput || 0) < $0;
                  const clients = window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients;
                  const sending = clients && Object.values(clients).some(c => c.isActive && c.isActive());
                  if (typing || sending || element.hasAttribute('data-pending') || element.hasAttribute('data-offline')
                      || element.getAttribute('data-state') === 'error') {
                    e.preventDefault();
                    e.returnValue = '';
                  }
                };
                window.addEventListener('beforeunload', window.fcUnsavedGuard);
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
                // Back online after a tap sent while offline: Vaadin resends it and the server stores
                // it, but the client stays "reconnecting" (and the line "Not saved") until its next
                // request, up to the 5-minute heartbeat. A poll is that next request.
                if (!window.fcBackOnline) {
                  window.fcBackOnline = () => {
                    let tries = 0;
                    const nudge = () => {
                      const connection = window.Vaadin && window.Vaadin.connectionState;
                      const client = window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients
                          && window.Vaadin.Flow.clients.ROOT;
                      if (!connection || connection.state !== 'reconnecting' || !client || !client.poll) return;
                      client.poll();
                      if (++tries < 5) setTimeout(nudge, 3000);
                    };
                    setTimeout(nudge, 3000);
                  };
                  window.addEventListener('online', window.fcBackOnline);
                }
                """, TYPING_SETTLES_MILLIS);
    }
}
