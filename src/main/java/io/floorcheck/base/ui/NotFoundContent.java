package io.floorcheck.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;

/** The one "page not found" text, shown alike for missing and for forbidden addresses. */
final class NotFoundContent {

    private NotFoundContent() {
    }

    /** Replaces the error view's content; error views extend Component, not a container. */
    static void showIn(Component errorView) {
        Div content = new Div(new H1(errorView.getTranslation("error.notFound.title")),
                new Paragraph(errorView.getTranslation("error.notFound.text")),
                new Anchor("", errorView.getTranslation("error.notFound.home")));
        content.addClassName("fc-error-page");
        errorView.getElement().removeAllChildren();
        errorView.getElement().appendChild(content.getElement());
    }

    /**
     * An address answered with the not-found page (refused, or naming nothing that exists): one
     * warning line with a reference and no stack trace (any user could otherwise flood the log),
     * the page, and 404 — so addresses reveal nothing.
     */
    static int answer(Component errorView, Logger log, String what, BeforeEnterEvent event, String why) {
        log.warn("{} {} opening /{}: {}", what, ErrorReference.next(), event.getLocation().getPath(), why);
        showIn(errorView);
        return HttpServletResponse.SC_NOT_FOUND;
    }

    /** The not-found page's title (screen readers announce it; tabs and history show it). */
    static String title(Component errorView) {
        return errorView.getTranslation("error.notFound.title") + " · " + errorView.getTranslation("app.name");
    }
}
