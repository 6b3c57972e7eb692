package io.floorcheck.base.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import io.floorcheck.base.RuleViolation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A rule said no while a page was opening: an old link to a rubric version or visit that does
 * not exist (anymore), a hand-typed id. That is the user's address, not a failure of ours: the
 * not-found page (addresses reveal nothing, as for refusals) and one log line with a reference,
 * instead of "Something went wrong" and a stack trace at ERROR.
 */
@ParentLayout(MainLayout.class)
@AnonymousAllowed
public class UnavailableView extends Div implements HasErrorParameter<RuleViolation>, HasDynamicTitle {

    private static final Logger log = LoggerFactory.getLogger(UnavailableView.class);

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<RuleViolation> parameter) {
        return NotFoundContent.answer(this, log, "Unavailable", event, parameter.getCaughtException().getMessage());
    }

    @Override
    public String getPageTitle() {
        return NotFoundContent.title(this);
    }
}
