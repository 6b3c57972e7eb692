package io.floorcheck.home.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import io.floorcheck.testsupport.FloorcheckSpringTest;
import io.floorcheck.testsupport.TestAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;

@FloorcheckSpringTest
class HomeViewTest extends SpringBrowserlessTest {

    @Autowired TestAccounts accounts;

    @BeforeEach
    void team() {
        accounts.ensureTeam();
    }

    private java.util.List<String> links() {
        return find(Anchor.class).withClassName("fc-tile").all().stream()
                .map(anchor -> anchor.getText() + " -> " + anchor.getHref()).toList();
    }

    @Test
    @WithUserDetails(value = TestAccounts.VIEWER, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void aReaderIsWelcomedByNameAndOffersOnlyWhatTheyMayOpen() {
        navigate(HomeView.class);

        assertThat(find(H1.class).withId("home-welcome").single().getText()).isEqualTo("Welcome, Test Viewer");
        assertThat(links()).containsExactly("Evaluations -> /evaluations", "Rubrics -> /rubrics",
                "My account -> /account");
    }

    @Test
    @WithUserDetails(value = TestAccounts.ADMIN, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void anAdministratorIsOfferedUserAdministration() {
        navigate(HomeView.class);

        assertThat(links()).containsExactly("Evaluations -> /evaluations", "Rubrics -> /rubrics",
                "Vendors -> /vendors", "Users -> /users", "Audit trail -> /audit", "My account -> /account");
    }
}
