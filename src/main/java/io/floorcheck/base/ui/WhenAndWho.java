package io.floorcheck.base.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/**
 * One cell of a record: the time on the first line, the person under it. Two narrow
 * columns left the change itself — the part people read — too little room at 1024 pixels.
 */
public final class WhenAndWho extends Div {

    public WhenAndWho(String when, String who) {
        Span time = new Span(when);
        Span person = new Span(who == null ? "" : who);
        person.addClassName("fc-muted");
        add(time, person);
        addClassName("fc-record-what");
    }
}
