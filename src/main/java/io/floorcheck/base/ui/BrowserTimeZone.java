package io.floorcheck.base.ui;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.function.Consumer;

import com.vaadin.flow.component.UI;

/**
 * The time zone of the user's browser, for "Saved 10:42" and similar times of the user's own
 * actions. Asked once per attach; UTC when the browser names no zone Java knows.
 */
public final class BrowserTimeZone {

    private BrowserTimeZone() {
    }

    public static void retrieve(UI ui, Consumer<ZoneId> use) {
        ui.getPage().retrieveExtendedClientDetails(details -> {
            ZoneId zone;
            try {
                zone = ZoneId.of(details.getTimeZoneId());
            } catch (DateTimeException | NullPointerException e) {
                zone = ZoneOffset.UTC;
            }
            use.accept(zone);
        });
    }
}
