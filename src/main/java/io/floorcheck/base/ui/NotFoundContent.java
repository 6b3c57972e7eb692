package io.floorcheck.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;

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
}
