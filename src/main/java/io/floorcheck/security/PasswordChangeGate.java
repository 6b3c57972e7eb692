package io.floorcheck.security;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/**
 * A user whose password was generated for them (and so seen by an administrator or a log
 * file) can open nothing but their account page until they have chosen their own.
 */
@Component
public class PasswordChangeGate implements VaadinServiceInitListener {

    /** The route of the user's own account page, where the password is changed. */
    public static final String ACCOUNT_ROUTE = "account";

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(PasswordChangeGate::check));
    }

    private static void check(BeforeEnterEvent event) {
        boolean required = CurrentUser.account().map(Account::passwordChangeRequired).orElse(false);
        if (required && !event.getLocation().getPath().equals(ACCOUNT_ROUTE)) {
            // Forward, not reroute: the address bar and the menu then show where the user is.
            event.forwardTo(ACCOUNT_ROUTE);
        }
    }
}
