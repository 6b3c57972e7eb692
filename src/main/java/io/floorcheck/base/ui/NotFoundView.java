package io.floorcheck.base.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.router.RouteNotFoundError;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Shown for unknown addresses. {@link AccessDeniedView} shows the same page for views a user
 * may not open, so routes reveal nothing.
 */
@ParentLayout(MainLayout.class)
@AnonymousAllowed
public class NotFoundView extends RouteNotFoundError implements HasDynamicTitle {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        NotFoundContent.showIn(this);
        return HttpServletResponse.SC_NOT_FOUND;
    }

    /** Every page has a title (screen readers announce it; tabs and history show it). */
    @Override
    public String getPageTitle() {
        return NotFoundContent.title(this);
    }
}
