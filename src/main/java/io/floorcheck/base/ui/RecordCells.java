package io.floorcheck.base.ui;

import java.util.function.Function;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

/**
 * The parts an evaluation's Record and the administrators' audit trail share: the filter row,
 * the three columns (when and who, what, from → to and why) and their cells. The time and the
 * person share a cell: two narrow columns left the change itself — the part people read — too
 * little room at 1024 pixels.
 */
public final class RecordCells {

    private RecordCells() {
    }

    /** A day to filter from or to, cleared with one tap. */
    public static DatePicker day(String label, String id) {
        DatePicker day = new DatePicker(label);
        day.setId(id);
        day.setClearButtonVisible(true);
        return day;
    }

    public static Div filters(Component... fields) {
        Div row = new Div(fields);
        row.addClassName("fc-record-filters");
        return row;
    }

    /** The grid's three columns, headed by the given (translated) words, paged by the caller's data. */
    public static <T> void columns(Grid<T> grid, String[] headers, Function<T, Component> whenWho,
            Function<T, Component> what, Function<T, Component> change) {
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT,
                GridVariant.LUMO_ROW_STRIPES);
        grid.addComponentColumn(whenWho::apply).setHeader(headers[0]).setWidth("11rem").setFlexGrow(0);
        grid.addComponentColumn(what::apply).setHeader(headers[1]).setWidth("11rem").setFlexGrow(1);
        grid.addComponentColumn(change::apply).setHeader(headers[2]).setWidth("14rem").setFlexGrow(3);
        grid.setPageSize(50);
        grid.setHeight("36rem");
    }

    public static Component whenWho(String when, String who) {
        return lines(when, who == null ? "" : who);
    }

    /** The action in words, then muted details (what it was done to, from where). */
    public static Div what(String action, String... details) {
        return lines(action, details);
    }

    /**
     * From → to, then why. {@code hidden} (translated) stands in for values the reader may not
     * see yet; {@code reason} is already worded ("Why: …") or null.
     */
    public static Component change(String old, String now, String reason, String hidden) {
        Div cell = new Div();
        cell.addClassName("fc-record-change");
        if (hidden != null) {
            Span withheld = new Span(hidden);
            withheld.addClassName("fc-muted");
            cell.add(withheld);
        }
        if (old != null) {
            Span before = new Span(old);
            before.addClassName("fc-record-old");
            cell.add(before, new Span(" → "));
        }
        if (now != null) {
            Span after = new Span(now);
            after.addClassName("fc-record-new");
            cell.add(after);
        }
        if (reason != null) {
            Paragraph why = new Paragraph(reason);
            why.addClassName("fc-record-reason");
            cell.add(why);
        }
        return cell;
    }

    /** An action's words, or the action as recorded when it has none yet. */
    public static String actionWords(String action, String translated, String key) {
        return translated == null || translated.startsWith("!") || translated.equals(key) ? action : translated;
    }

    private static Div lines(String first, String... muted) {
        Div cell = new Div(new Span(first));
        for (String detail : muted) {
            if (detail != null) {
                Span line = new Span(detail);
                line.addClassName("fc-muted");
                cell.add(line);
            }
        }
        cell.addClassName("fc-record-what");
        return cell;
    }
}
