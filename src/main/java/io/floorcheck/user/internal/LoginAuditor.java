package io.floorcheck.user.internal;

import java.time.Clock;
import java.time.Duration;

import io.floorcheck.audit.AuditActions;
import io.floorcheck.audit.AuditEntry;
import io.floorcheck.audit.AuditService;
import io.floorcheck.base.Text;
import io.floorcheck.security.ClientNetwork;
import io.floorcheck.security.ThrottledLoginException;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authorization.event.AuthorizationDeniedEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Writes sign-ins, failed sign-ins and denied service calls to the audit trail. An anonymous
 * client adds at most {@link #ROWS_PER_ADDRESS} rows per {@link #WINDOW}, whatever its failures
 * are (wrong passwords, throttled tries, a disabled account): the working table of sign-in
 * failures counts every one for the throttle; the trail, kept for ever, needs a sample.
 */
@Component
public class LoginAuditor {

    public static final int ROWS_PER_ADDRESS = 40;
    static final Duration WINDOW = Duration.ofMinutes(15);

    private final AuditService audit;
    private final Clock clock;

    LoginAuditor(AuditService audit, Clock clock) {
        this.audit = audit;
        this.clock = clock;
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        audit.recordAs(actor(event.getAuthentication()), AuditEntry.of(AuditActions.LOGIN_SUCCEEDED, null, null)
                .from(address(event.getAuthentication()), network(address(event.getAuthentication()))));
    }

    @EventListener
    void onFailure(AbstractAuthenticationFailureEvent event) {
        boolean throttled = event.getException() instanceof ThrottledLoginException;
        String address = address(event.getAuthentication());
        String network = network(address);
        if (network != null && audit.countFrom(network, clock.instant().minus(WINDOW)) >= ROWS_PER_ADDRESS) {
            return;
        }
        // The reason is for administrators reading the trail; the user was told only "failed".
        audit.recordAs(actor(event.getAuthentication()),
                AuditEntry.of(throttled ? AuditActions.LOGIN_THROTTLED : AuditActions.LOGIN_FAILED, null, null)
                        .withReason(event.getException().getClass().getSimpleName()).from(address, network));
    }

    @EventListener
    void onDenied(AuthorizationDeniedEvent<?> event) {
        Authentication authentication = event.getAuthentication().get();
        // Anonymous requests are turned away to the login page all the time; that is not news.
        if (authentication == null || authentication instanceof AnonymousAuthenticationToken) {
            return;
        }
        audit.recordAs(actor(authentication),
                AuditEntry.of(AuditActions.ACCESS_DENIED, null, null).withReason(describe(event.getSource())));
    }

    /** The login as typed, cleaned (a typed name must not reverse or hide text in the trail's views). */
    private static String actor(Authentication authentication) {
        String name = authentication == null ? null : Text.line(authentication.getName());
        return name == null || name.isBlank() ? "(blank)" : UserRepository.normalizeEmail(name);
    }

    /** The client as throttling counts it: an IPv6 address's /64, so rotating within it adds no rows. */
    private static String network(String address) {
        return address == null ? null : ClientNetwork.of(address);
    }

    private static String address(Authentication authentication) {
        if (authentication != null && authentication.getDetails() instanceof WebAuthenticationDetails details) {
            String address = details.getRemoteAddress();
            return address == null || address.length() <= 64 ? address : address.substring(0, 64);
        }
        return null;
    }

    private static String describe(Object source) {
        if (source instanceof org.aopalliance.intercept.MethodInvocation invocation) {
            return invocation.getMethod().getDeclaringClass().getSimpleName() + "." + invocation.getMethod().getName();
        }
        if (source instanceof jakarta.servlet.http.HttpServletRequest request) {
            return request.getMethod() + " " + request.getRequestURI();
        }
        return String.valueOf(source);
    }
}
