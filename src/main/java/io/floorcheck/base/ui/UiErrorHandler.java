package io.floorcheck.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import io.floorcheck.base.RuleViolation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Errors thrown from a click or a value change: the user sees a clear message instead of a
 * silent failure, the log has the cause. A broken business rule shows its own message; a
 * concurrent edit gets its own too, because the user's remedy (reload and redo) differs.
 */
@Component
class UiErrorHandler implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(UiErrorHandler.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(new Handler()));
    }

    static final class Handler implements ErrorHandler {

        @Override
        public void error(ErrorEvent event) {
            Throwable cause = event.getThrowable();
            UI ui = UI.getCurrent();
            String message;
            RuleViolation violation = findCause(cause, RuleViolation.class);
            if (violation != null) {
                message = ui == null ? "" : ui.getTranslation(violation.messageKey(), violation.arguments());
            } else if (findCause(cause, AccessDeniedException.class) != null) {
                // Expected and already audited: one line, no stack trace, or anyone could flood the log.
                String reference = ErrorReference.next();
                log.warn("Refused {}: {}", reference, findCause(cause, AccessDeniedException.class).getMessage());
                message = ui == null ? "" : ui.getTranslation("error.refused", reference);
            } else if (findCause(cause, OptimisticLockingFailureException.class) != null) {
                log.info("Concurrent change rejected: {}", cause.getMessage());
                message = ui == null ? "" : ui.getTranslation("error.conflict");
            } else {
                String reference = ErrorReference.next();
                log.error("Error {} in a UI action", reference, cause);
                message = ui == null ? "" : ui.getTranslation("error.unexpected", reference);
            }
            if (ui != null) {
                ui.access(() -> {
                    Notification notification = new Notification(message, 8000, Notification.Position.MIDDLE);
                    notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
                    notification.open();
                });
            }
        }

        private static <T extends Throwable> T findCause(Throwable throwable, Class<T> type) {
            for (Throwable t = throwable; t != null; t = t.getCause()) {
                if (type.isInstance(t)) {
                    return type.cast(t);
                }
            }
            return null;
        }
    }
}
