package io.floorcheck.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import io.floorcheck.testsupport.FloorcheckSpringTest;
import io.floorcheck.testsupport.TestAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;

/** The menu is built from what each role may open; nobody sees a link they cannot follow. */
@FloorcheckSpringTest
class MainLayoutTest extends SpringBrowserlessTest {

    @Autowired TestAccounts accounts;

    @BeforeEach
    void team() {
        accounts.ensureTeam();
    }

    private java.util.List<String> menuLabels() {
        navigate("", com.vaadin.flow.component.Component.class);
        return find(SideNavItem.class, find(SideNav.class).single()).all().stream()
                .map(SideNavItem::getLabel).toList();
    }

    @Test
    @WithUserDetails(value = TestAccounts.ADMIN, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void anAdministratorSeesHomeUsersAndTheAuditTrail() {
        assertThat(menuLabels()).containsExactly("Home", "Evaluations", "Rubrics", "Vendors", "Users", "Audit trail");
    }

    @Test
    @WithUserDetails(value = TestAccounts.EVALUATOR, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void anEvaluatorDoesNotSeeUserAdministration() {
        assertThat(menuLabels()).as("vendor master data is procurement's")
                .containsExactly("Home", "Evaluations", "Rubrics");
    }

    @Test
    @WithUserDetails(value = TestAccounts.VIEWER, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void theUserMenuNamesTheSignedInUserAndTheirRole() {
        menuLabels();
        String userMenu = find(MenuBar.class).withId("user-menu").single().getItems().getFirst().getElement()
                .getTextRecursively();
        assertThat(userMenu).contains("Test Viewer").contains("Leadership reader");
    }

    @Test
    @WithUserDetails(value = TestAccounts.PROCUREMENT, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void anUnknownAddressShowsTheFriendlyNotFoundPage() {
        navigate("no-such-page", NotFoundView.class);
        assertThat(getCurrentView().getElement().getTextRecursively()).contains("Page not found")
                .doesNotContain("Exception");
    }
}
