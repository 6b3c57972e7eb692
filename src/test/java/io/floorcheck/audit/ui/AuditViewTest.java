package io.floorcheck.audit.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import io.floorcheck.audit.AuditEvent;
import io.floorcheck.audit.SystemRecordKind;
import io.floorcheck.base.ui.AccessDeniedView;
import io.floorcheck.security.SignInDetails;
import io.floorcheck.testsupport.FloorcheckSpringTest;
import io.floorcheck.testsupport.TestAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;

/** The administrators' audit trail: sign-ins with where they came from, filtered by kind; nobody else's. */
@FloorcheckSpringTest
class AuditViewTest extends SpringBrowserlessTest {

    @Autowired TestAccounts accounts;
    @Autowired AuthenticationManager authenticationManager;

    @BeforeEach
    void team() {
        accounts.ensureTeam();
    }

    @Test
    @WithUserDetails(value = TestAccounts.ADMIN, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    @SuppressWarnings("unchecked")
    void anAdministratorReadsFailedSignInsWithTheirAddressAndFiltersByKind() {
        var token = UsernamePasswordAuthenticationToken.unauthenticated("audit.view.guess@example.com", "guess");
        token.setDetails(new SignInDetails("192.0.2.61", java.util.List.of()));
        assertThatThrownBy(() -> authenticationManager.authenticate(token))
                .isInstanceOf(BadCredentialsException.class);

        navigate(AuditView.class);
        Grid<AuditEvent> grid = find(Grid.class).withId("audit-grid").single();
        Select<SystemRecordKind> kind = find(Select.class).withId("audit-kind").single();
        test(kind).selectItem("Sign-ins");
        assertThat(find(Span.class).withId("audit-count").single().getText()).matches("\\d+ entr(y|ies)");
        String newest = test(grid).getCellComponent(0, 0).getElement().getTextRecursively() + " | "
                + test(grid).getCellComponent(0, 1).getElement().getTextRecursively();
        assertThat(newest).contains("audit.view.guess@example.com", "Sign-in failed", "From 192.0.2.61");
        test(kind).selectItem("Rubric library");
        assertThat(java.util.stream.IntStream.range(0, test(grid).size())
                .mapToObj(row -> test(grid).getCellComponent(row, 1).getElement().getTextRecursively()))
                .noneMatch(what -> what.contains("Sign-in"));
    }

    @Test
    @WithUserDetails(value = TestAccounts.PROCUREMENT, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void nobodyElseOpensIt() {
        try {
            navigate(AuditView.class);
        } catch (IllegalArgumentException refused) {
            // the router reports the refusal to the test
        }
        assertThat(getCurrentView()).isInstanceOf(AccessDeniedView.class);
    }
}
