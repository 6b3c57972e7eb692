package io.floorcheck.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Replaces Vaadin's default error page, which names the exception: the user gets a reference
 * to quote, the log gets the cause under the same reference.
 */
@ParentLayout(MainLayout.class)
@AnonymousAllowed
public class InternalErrorView extends Div implements HasErrorParameter<Exception>, HasDynamicTitle {

    private static final Logger log = LoggerFactory.getLogger(InternalErrorView.class);

    public InternalErrorView() {
        addClassName("fc-error-page");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        String reference = ErrorReference.next();
        log.error("Error {} while opening {}", reference, event.getLocation().getPath(), parameter.getCaughtException());
        removeAll();
        add(new H1(getTranslation("error.internal.title")),
                new Paragraph(getTranslation("error.internal.text", reference)),
                new Anchor("", getTranslation("error.notFound.home")));
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }

    /** Every page has a title (screen readers announce it; tabs and history show it). */
    @Override
    public String getPageTitle() {
        return getTranslation("error.internal.title") + " · " + getTranslation("app.name");
    }
}
