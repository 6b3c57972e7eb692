package io.floorcheck.comparison.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import com.vaadin.flow.shared.Registration;
import tools.jackson.databind.json.JsonMapper;

/**
 * A result chart: the {@code <fc-chart>} web component in {@code frontend/fc-chart.ts}, Apache
 * ECharts with the SVG renderer, fed plain JSON. Every chart on a page has its numbers in a table
 * beside it too, so nothing depends on seeing the picture.
 */
@Tag("fc-chart")
@JsModule("./fc-chart.ts")
@NpmPackage(value = "echarts", version = "6.0.0")
class Chart extends Component {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** The three kinds the component draws. */
    enum Kind {
        WHISKER, BARS, HEATMAP
    }

    Chart(Kind kind, String label, Object data) {
        getElement().setProperty("kind", kind.name().toLowerCase(java.util.Locale.ROOT));
        getElement().setProperty("label", label);
        getElement().setProperty("data", JSON.writeValueAsString(data));
    }

    /** A heatmap cell clicked: its row and column, as indexes into the data's rows and columns. */
    @DomEvent("cell-click")
    public static class CellClick extends ComponentEvent<Chart> {

        private final int row;
        private final int column;

        public CellClick(Chart source, boolean fromClient, @EventData("event.detail.row") int row,
                @EventData("event.detail.column") int column) {
            super(source, fromClient);
            this.row = row;
            this.column = column;
        }

        int row() {
            return row;
        }

        int column() {
            return column;
        }
    }

    Registration onCellClick(ComponentEventListener<CellClick> listener) {
        return addListener(CellClick.class, listener);
    }
}
