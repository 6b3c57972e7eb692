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
    /** The query parameter naming where the user was going, to continue there after the change. */
    public static final String CONTINUE = "continue";

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(PasswordChangeGate::check));
    }

    private static void check(BeforeEnterEvent event) {
        boolean required = CurrentUser.account().map(Account::passwordChangeRequired).orElse(false);
        if (required && !event.getLocation().getPath().equals(ACCOUNT_ROUTE)) {
            // Forward, not reroute: the address bar and the menu then show where the user is. Where
            // they were going goes along, so the account page can offer to continue there.
            String going = event.getLocation().getPathWithQueryParameters();
            if (going.isEmpty()) {
                event.forwardTo(ACCOUNT_ROUTE);
            } else {
                event.forwardTo(ACCOUNT_ROUTE, com.vaadin.flow.router.QueryParameters.of(CONTINUE, going));
            }
        }
    }
}
