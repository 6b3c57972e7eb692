package io.floorcheck.base.ui;

import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.IntFunction;
import java.util.function.Supplier;
import java.util.function.ToIntFunction;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.router.BeforeLeaveEvent;
import io.floorcheck.base.RuleViolation;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * How a scorecard saves one item the moment it changes, shared by the visit and leadership
 * scorecards. Each change is sent with the version the view last saw; when another tab changed a
 * different part of the item first, the change is applied on top of the newer version, and
 * when it changed the same part, the view is told to show the clash (never overwrite). A rule
 * refusal is said and the view redrawn; a database that is away keeps the change and retries.
 *
 * @param <E> the stored item, as the feature's service returns it
 */
public final class Autosave<E> {

    /** What the service answered: stored, or not because the item had changed (with what is stored). */
    public record Outcome<E>(boolean saved, E entry) {
    }

    /** Whether the part of an item a change concerns is still as the view last saw it. */
    public interface Unchanged<E> {
        boolean test(E base, E current);
    }

    /** What the scorecard view does with each outcome. */
    public interface View<E> {
        /** The same part was changed elsewhere first: show what is stored and say so. */
        void clash(String key, String kind, E stored);

        /** The item (stored or clashed) is settled: show it and its progress. */
        void settled(String key);

        /** Refused by a rule the view cannot foresee: show the scorecard as it now stands. */
        void redraw();

        /** Zone for the "Saved 10:42" line. */
        ZoneId zone();
    }

    private final Map<String, E> entries;
    private final ToIntFunction<E> version;
    private final View<E> view;
    private final Supplier<SaveState> saveState;
    private final Runnable failing;
    private final RetryQueue retries = new RetryQueue();

    /**
     * @param entries the view's items by key, as last seen; updated here
     * @param saveState the view's current state line (views redraw it)
     * @param failing what else the view does while a change waits (say, disable Submit)
     */
    public Autosave(Map<String, E> entries, ToIntFunction<E> version, View<E> view, Supplier<SaveState> saveState,
            Runnable failing) {
        this.entries = entries;
        this.version = version;
        this.view = view;
        this.saveState = saveState;
        this.failing = failing;
    }

    /** Whether every change is stored (none waits for a retry). */
    public boolean allStored() {
        return retries.isEmpty();
    }

    /**
     * Whether a change of this kind to the item waits for a retry: a view that draws the item
     * afresh (a section opened again) shows the waiting change, not the stored state, so typing
     * on never builds on text that is older than what was typed.
     */
    public boolean waiting(String key, String kind) {
        return retries.waiting(key + "/" + kind);
    }

    /** Saves a change of one kind ("mark", "note", …) of an item, sent with the version last seen. */
    public void save(String key, String kind, IntFunction<Outcome<E>> change, Unchanged<E> unchanged) {
        String retryKey = key + "/" + kind;
        retries.remove(retryKey);
        if (!entries.containsKey(key)) {
            // A change waiting for a retry to an item the scorecard no longer shows (a merged
            // recommendation, after the card was redrawn): the service would refuse it anyway.
            return;
        }
        try {
            store(key, kind, change, unchanged);
        } catch (RuleViolation violation) {
            Notification.show(saveState.get().getTranslation(violation.messageKey(), violation.arguments()), 6000,
                    Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
            view.redraw();
        } catch (TransientDataAccessException | DataAccessResourceFailureException
                | CannotCreateTransactionException e) {
            // The database is away for a moment: keep the change (typed text stays in its field, or
            // is drawn from the waiting change if the view draws the item again, see waiting())
            // and retry shortly; the state line says it is not saved, submit waits.
            retries.retryLater(retryKey, () -> save(key, kind, change, unchanged));
            saveState.get().notSaved();
            failing.run();
        } finally {
            saveState.get().settle();
        }
    }

    private void store(String key, String kind, IntFunction<Outcome<E>> change, Unchanged<E> unchanged) {
        Outcome<E> result = change.apply(version.applyAsInt(entries.get(key)));
        if (!result.saved() && unchanged.test(entries.get(key), result.entry())) {
            // Another tab changed a different part of this item: apply ours on top of it.
            entries.put(key, result.entry());
            result = change.apply(version.applyAsInt(result.entry()));
        }
        entries.put(key, result.entry());
        if (!result.saved()) {
            view.clash(key, kind, result.entry());
        }
        if (retries.isEmpty()) {
            saveState.get().savedAt(view.zone());
        }
        view.settled(key);
    }

    /** Leaving while a change waits for the database would drop it: asks first. */
    public void guardLeave(BeforeLeaveEvent event, Component where) {
        if (retries.isEmpty()) {
            return;
        }
        BeforeLeaveEvent.ContinueNavigationAction leave = event.postpone();
        ConfirmDialog confirm = new ConfirmDialog(where.getTranslation("scorecard.leaveTitle"),
                where.getTranslation("scorecard.leaveText"), where.getTranslation("scorecard.leave"), e -> {
                    retries.clear();
                    leave.proceed();
                });
        confirm.setId("scorecard-leave-confirm");
        confirm.setConfirmButtonTheme("error primary");
        confirm.setCancelable(true);
        confirm.setCancelText(where.getTranslation("scorecard.stay"));
        confirm.open();
    }

    /**
     * Asks before submitting (texts under {@code messages}: ".submitTitle", ".submitText",
     * ".submit", ".submitted"), but not while a change still waits to be stored. A refusal or a
     * version changed elsewhere is said; either way the view is redrawn as it now stands.
     */
    public void confirmSubmit(Component where, String id, String messages, Runnable submit, Runnable submitted) {
        if (!retries.isEmpty()) {
            Notification.show(where.getTranslation("scorecard.state.retrying"), 4000, Notification.Position.MIDDLE);
            return;
        }
        ConfirmDialog confirm = new ConfirmDialog(where.getTranslation(messages + ".submitTitle"),
                where.getTranslation(messages + ".submitText"), where.getTranslation(messages + ".submit"), e -> {
                    try {
                        submit.run();
                        Notification.show(where.getTranslation(messages + ".submitted"), 4000,
                                Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                        submitted.run();
                    } catch (RuleViolation violation) {
                        Notification.show(where.getTranslation(violation.messageKey(), violation.arguments()), 6000,
                                Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
                    } catch (OptimisticLockingFailureException stale) {
                        Notification.show(where.getTranslation("scorecard.stale"), 6000, Notification.Position.MIDDLE)
                                .addThemeVariants(NotificationVariant.LUMO_WARNING);
                    }
                    view.redraw();
                });
        confirm.setId(id);
        confirm.setCancelable(true);
        confirm.setCancelText(where.getTranslation("action.cancel"));
        confirm.open();
    }

    /** Asks for the reason and reopens a submitted scorecard; see {@link ReopenDialog}. */
    public void reopen(Component where, String title, Consumer<String> reopen) {
        new ReopenDialog(title, where.getTranslation("scorecard.reopenText"), reason -> {
            try {
                reopen.accept(reason);
            } catch (RuleViolation violation) {
                return Optional.of(where.getTranslation(violation.messageKey(), violation.arguments()));
            } catch (OptimisticLockingFailureException stale) {
                Notification.show(where.getTranslation("scorecard.stale"), 6000, Notification.Position.MIDDLE);
            }
            view.redraw();
            return Optional.empty();
        }).open();
    }

    /** Stops retrying (the view is left). */
    public void stop(UI ui) {
        retries.stop(ui);
    }
}
