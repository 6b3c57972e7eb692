package io.floorcheck.comparison.ui;

import java.util.List;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCaption;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeader;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;

/**
 * A plain HTML table with a caption, column headers and row headers: what a screen reader reads
 * instead of a chart, and what anyone can copy. Wrapped so that a wide one scrolls on its own.
 */
final class DataTable {

    private DataTable() {
    }

    /** Rows of cells; the first cell of each row heads it. */
    static Div of(String id, String caption, List<String> headers, List<List<String>> rows) {
        NativeTable table = new NativeTable();
        table.setId(id);
        table.addClassName("fc-data-table");
        NativeTableCaption title = new NativeTableCaption();
        title.setText(caption);
        table.add(title);
        NativeTableHeader head = new NativeTableHeader();
        NativeTableRow headRow = new NativeTableRow();
        for (String header : headers) {
            NativeTableHeaderCell cell = new NativeTableHeaderCell(header);
            cell.getElement().setAttribute("scope", "col");
            headRow.add(cell);
        }
        head.add(headRow);
        NativeTableBody body = new NativeTableBody();
        for (List<String> row : rows) {
            NativeTableRow line = new NativeTableRow();
            for (int c = 0; c < row.size(); c++) {
                if (c == 0) {
                    NativeTableHeaderCell first = new NativeTableHeaderCell(row.get(c));
                    first.getElement().setAttribute("scope", "row");
                    line.add(first);
                } else {
                    line.add(new NativeTableCell(row.get(c)));
                }
            }
            body.add(line);
        }
        table.add(head, body);
        Div wrapper = new Div(table);
        wrapper.addClassName("fc-table-scroll");
        // A wide table scrolls inside its wrapper: keyboard users reach it with Tab and scroll with the arrows.
        wrapper.getElement().setAttribute("tabindex", "0");
        wrapper.getElement().setAttribute("role", "region");
        wrapper.getElement().setAttribute("aria-label", caption);
        return wrapper;
    }
}
