package io.floorcheck.base.ui;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.shared.Registration;

/**
 * Changes an autosaving view could not store because the database was away for a moment, kept
 * by what they change (a newer change of the same thing replaces an older one) and retried in
 * order by polling until they are all stored.
 */
public class RetryQueue {

    /** How often the view retries changes the server could not store. */
    public static final int RETRY_MILLIS = 3000;

    private final Map<String, Runnable> pending = new LinkedHashMap<>();
    private Registration polling;

    /** Forgets a waiting change, because a newer change of the same thing is being sent. */
    public void remove(String key) {
        pending.remove(key);
    }

    /** Keeps a change to retry and starts polling, if it has not started yet. */
    public void retryLater(String key, Runnable retry) {
        pending.put(key, retry);
        UI ui = UI.getCurrent();
        if (ui != null && polling == null) {
            ui.setPollInterval(RETRY_MILLIS);
            polling = ui.addPollListener(e -> retryAll(ui));
        }
    }

    public boolean isEmpty() {
        return pending.isEmpty();
    }

    /** Whether a change is waiting under this key. */
    public boolean waiting(String key) {
        return pending.containsKey(key);
    }

    /** Drops every waiting change (the user chose to leave without them). */
    public void clear() {
        pending.clear();
    }

    private void retryAll(UI ui) {
        // Each retry takes its own entry off the queue (and puts it back if it fails again), so
        // an unexpected failure of one leaves the others waiting, not lost.
        for (String key : List.copyOf(pending.keySet())) {
            Runnable retry = pending.get(key);
            if (retry != null) {
                retry.run();
            }
        }
        if (pending.isEmpty()) {
            stop(ui);
        }
    }

    /** Stops polling (when the view is left). */
    public void stop(UI ui) {
        if (polling != null) {
            polling.remove();
            polling = null;
            if (ui != null) {
                ui.setPollInterval(-1);
            }
        }
    }
}
