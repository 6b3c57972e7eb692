package io.floorcheck.base.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;

/**
 * A service refused what a page asked for while opening (another evaluation's id in the
 * address, say). That is an expected event, already in the audit trail: the log gets one
 * warning with a reference and no stack trace (any user could otherwise flood it), and the user
 * sees the not-found page, so addresses reveal nothing.
 */
@ParentLayout(MainLayout.class)
@AnonymousAllowed
public class RefusedView extends Div implements HasErrorParameter<AccessDeniedException>, HasDynamicTitle {

    private static final Logger log = LoggerFactory.getLogger(RefusedView.class);

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        return NotFoundContent.answer(this, log, "Refused", event, parameter.getCaughtException().getMessage());
    }

    @Override
    public String getPageTitle() {
        return NotFoundContent.title(this);
    }
}
