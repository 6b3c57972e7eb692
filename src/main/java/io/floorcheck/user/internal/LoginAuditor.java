package io.floorcheck.user.internal;

import io.floorcheck.audit.AuditActions;
import io.floorcheck.audit.AuditEntry;
import io.floorcheck.audit.AuditService;
import io.floorcheck.security.ThrottledLoginException;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authorization.event.AuthorizationDeniedEvent;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/** Writes sign-ins, failed sign-ins and denied service calls to the audit trail. */
@Component
class LoginAuditor {

    private final AuditService audit;

    LoginAuditor(AuditService audit) {
        this.audit = audit;
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        audit.recordAs(actor(event.getAuthentication()), AuditEntry.of(AuditActions.LOGIN_SUCCEEDED, null, null));
    }

    @EventListener
    void onFailure(AbstractAuthenticationFailureEvent event) {
        boolean throttled = event.getException() instanceof ThrottledLoginException;
        // The reason is for administrators reading the trail; the user was told only "failed".
        audit.recordAs(actor(event.getAuthentication()),
                AuditEntry.of(throttled ? AuditActions.LOGIN_THROTTLED : AuditActions.LOGIN_FAILED, null, null)
                        .withReason(event.getException().getClass().getSimpleName()));
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

    private static String actor(Authentication authentication) {
        String name = authentication == null ? null : authentication.getName();
        return name == null || name.isBlank() ? "(blank)" : UserRepository.normalizeEmail(name);
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
