package io.floorcheck.base.ui;

import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.router.RouteAccessDeniedError;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.event.AuthorizationDeniedEvent;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * A signed-in user opened a view their roles do not allow. They see exactly the not-found
 * page (routes reveal nothing); the attempt is published as Spring Security's denial event,
 * which the audit trail records like a refused service call.
 */
@ParentLayout(MainLayout.class)
@AnonymousAllowed
public class AccessDeniedView extends RouteAccessDeniedError implements HasDynamicTitle {

    private final transient ApplicationEventPublisher events;

    public AccessDeniedView(ApplicationEventPublisher events) {
        this.events = events;
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        events.publishEvent(new AuthorizationDeniedEvent<>(() -> authentication,
                "view /" + event.getLocation().getPath(), new AuthorizationDecision(false)));
        NotFoundContent.showIn(this);
        return HttpServletResponse.SC_NOT_FOUND;
    }

    /** Every page has a title (screen readers announce it; tabs and history show it). */
    @Override
    public String getPageTitle() {
        return NotFoundContent.title(this);
    }
}
