package io.floorcheck.report;

import org.openpdf.text.PageSize;
import org.openpdf.text.Rectangle;

/** The paper the report is laid out for: A4 by default, US Letter where that is the custom. */
public enum Paper {
    A4(PageSize.A4), LETTER(PageSize.LETTER);

    private final Rectangle size;

    Paper(Rectangle size) {
        this.size = size;
    }

    Rectangle size() {
        return size;
    }
}
