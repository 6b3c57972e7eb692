package io.floorcheck.vendor.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.textfield.TextField;
import io.floorcheck.base.ui.AccessDeniedView;
import io.floorcheck.testsupport.FloorcheckSpringTest;
import io.floorcheck.testsupport.TestAccounts;
import io.floorcheck.vendor.VendorFilter;
import io.floorcheck.vendor.VendorService;
import io.floorcheck.vendor.VendorSummary;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;

@FloorcheckSpringTest
@WithUserDetails(value = TestAccounts.PROCUREMENT, setupBefore = TestExecutionEvent.TEST_EXECUTION)
class VendorViewsTest extends SpringBrowserlessTest {

    @Autowired TestAccounts accounts;
    @Autowired VendorService vendors;

    @BeforeEach
    void team() {
        accounts.ensureTeam();
    }

    @Test
    @SuppressWarnings("unchecked")
    void procurementCreatesAVendorAndFindsItBySiteCity() {
        String tag = "View" + System.nanoTime();
        navigate(VendorListView.class);
        test(find(Button.class).withId("vendor-new").single()).click();
        test(find(TextField.class).withId("vendor-legal-name").single()).setValue(tag + " Atlas Care Ltd");
        test(find(TextField.class).withId("vendor-short-name").single()).setValue("Atlas " + tag);
        test(find(Button.class).withId("vendor-save").single()).click();

        assertThat(find(H1.class).withId("vendor-title").single().getText()).isEqualTo(tag + " Atlas Care Ltd");
        navigate(VendorListView.class);
        test(find(TextField.class).withId("vendor-search").single()).setValue(tag);
        Grid<VendorSummary> grid = find(Grid.class).withId("vendor-grid").single();
        assertThat(test(grid).size()).isEqualTo(1);
        assertThat(test(grid).getRow(0).shortName()).isEqualTo("Atlas " + tag);
    }

    @Test
    void aBadImportListsItsLinesAndAGoodOneAddsTheVendors() {
        String tag = "Dlg" + System.nanoTime();
        String header = "legal_name,short_name,hq_country,website,description,service_lines,languages,notes,"
                + "site_city,site_country,site_seats,site_channels,site_time_zone\n";
        navigate(VendorListView.class);
        test(find(Button.class).withId("vendor-import").single()).click();
        VendorImportDialog dialog = find(VendorImportDialog.class).single();

        dialog.receive((header + tag + " One,One,Peru,,,Voice,,,Lima,Peru,ten,Voice,America/Lima\n")
                .getBytes(StandardCharsets.UTF_8));

        assertThat(find(Div.class).withId("vendor-import-result").single().getElement().getTextRecursively())
                .contains("Line 2: site_seats “ten” is not a whole number.");
        dialog.receive((header + tag + " One,One,Peru,,,Voice,,,Lima,Peru,10,Voice,America/Lima\n")
                .getBytes(StandardCharsets.UTF_8));
        assertThat(dialog.isOpened()).isFalse();
        assertThat(vendors.count(new VendorFilter(tag, null))).isEqualTo(1);
    }

    @Test
    @WithUserDetails(value = TestAccounts.EVALUATOR, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void anEvaluatorCannotOpenVendorMasterData() {
        assertThatThrownBy(() -> navigate(VendorListView.class)).isInstanceOf(IllegalArgumentException.class);
        assertThat(getCurrentView()).isInstanceOf(AccessDeniedView.class);
    }
}
