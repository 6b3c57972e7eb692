package io.floorcheck.vendor.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import io.floorcheck.base.ImportRefused;
import io.floorcheck.base.ui.BoundedUpload;
import io.floorcheck.base.ui.ImportProblemList;
import io.floorcheck.vendor.VendorCsvReader;
import io.floorcheck.vendor.VendorService;

/** Imports vendors and their sites from CSV: all of the file or nothing, every problem with its line. */
class VendorImportDialog extends Dialog {

    private final transient VendorService vendors;
    private final transient Runnable afterImport;
    private final Div result = new Div();

    VendorImportDialog(VendorService vendors, Runnable afterImport) {
        this.vendors = vendors;
        this.afterImport = afterImport;
        setHeaderTitle(getTranslation("vendors.import.title"));
        setId("vendor-import-dialog");
        setWidth("min(42rem, 95vw)");
        Paragraph columns = new Paragraph(String.join(", ", VendorCsvReader.VENDOR_COLUMNS) + ", "
                + String.join(", ", VendorCsvReader.SITE_COLUMNS));
        columns.addClassName("fc-muted");
        BoundedUpload upload = new BoundedUpload(VendorCsvReader.MAX_BYTES, ".csv,text/csv", this::receive,
                message -> {
                    result.removeAll();
                    result.add(new Paragraph(message));
                });
        result.setId("vendor-import-result");
        add(new Paragraph(getTranslation("vendors.import.intro")), columns, upload, result);
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()));
    }

    void receive(byte[] csv) {
        result.removeAll();
        try {
            int created = vendors.importCsv(csv);
            Notification.show(getTranslation("vendors.import.done", created), 5000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            afterImport.run();
            close();
        } catch (ImportRefused refused) {
            result.add(new ImportProblemList(refused.problems()));
        }
    }
}
