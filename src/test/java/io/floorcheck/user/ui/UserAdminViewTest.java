package io.floorcheck.user.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarTester;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import io.floorcheck.audit.AuditActions;
import io.floorcheck.audit.AuditService;
import io.floorcheck.base.ui.AccessDeniedView;
import io.floorcheck.testsupport.FloorcheckSpringTest;
import io.floorcheck.testsupport.TestAccounts;
import io.floorcheck.user.UserAccount;
import io.floorcheck.user.UserService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;

@FloorcheckSpringTest
class UserAdminViewTest extends SpringBrowserlessTest {

    @Autowired TestAccounts accounts;
    @Autowired UserService users;
    @Autowired AuditService audit;

    /** Only this test uses this account, so its audit entries are its own. */
    private static final String CURIOUS_EVALUATOR = "curious.evaluator@example.com";

    @BeforeEach
    void team() {
        accounts.ensureTeam();
        accounts.ensure(CURIOUS_EVALUATOR, "Curious Evaluator", "EVALUATOR");
    }

    @SuppressWarnings("unchecked")
    private Grid<UserAccount> grid() {
        return find(Grid.class).withId("user-grid").single();
    }

    private int rowOf(String email) {
        Grid<UserAccount> grid = grid();
        for (int row = 0; row < test(grid).size(); row++) {
            if (test(grid).getRow(row).email().equals(email)) {
                return row;
            }
        }
        throw new AssertionError(email + " is not in the grid");
    }

    @Test
    @WithUserDetails(value = TestAccounts.ADMIN, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void anAdministratorCreatesAUserAndSeesTheirOneTimePasswordOnce() {
        navigate(UserAdminView.class);
        test(find(Button.class).withId("user-add").single()).click();
        test(find(EmailField.class).withId("user-email").single()).setValue("new.evaluator@example.com");
        test(find(TextField.class).withId("user-name").single()).setValue("Zofia Wójcik");
        test(find(CheckboxGroup.class).withId("user-roles").single()).selectItem("Evaluator");
        test(find(Button.class).withId("user-save").single()).click();

        String password = find(TextField.class).withId("one-time-password").single().getValue();
        assertThat(password).hasSizeGreaterThanOrEqualTo(12);
        UserAccount created = test(grid()).getRow(rowOf("new.evaluator@example.com"));
        assertThat(created.displayName()).isEqualTo("Zofia Wójcik");
        assertThat(created.roles()).containsExactly("EVALUATOR");
    }

    @Test
    @WithUserDetails(value = TestAccounts.ADMIN, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void theFormRefusesToSaveWithoutARoleAndSaysWhy() {
        navigate(UserAdminView.class);
        test(find(Button.class).withId("user-add").single()).click();
        test(find(EmailField.class).withId("user-email").single()).setValue("no.role@example.com");
        test(find(TextField.class).withId("user-name").single()).setValue("No Role");
        test(find(Button.class).withId("user-save").single()).click();

        CheckboxGroup<?> roles = find(CheckboxGroup.class).withId("user-roles").single();
        assertThat(roles.isInvalid()).isTrue();
        assertThat(roles.getErrorMessage()).isEqualTo("Choose at least one role");
        assertThat(users.search("no.role@example.com")).isEmpty();
    }

    @Test
    @WithUserDetails(value = TestAccounts.ADMIN, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void disablingAsksForConfirmationThenMarksTheUserDisabled() {
        accounts.ensure("to.disable@example.com", "To Disable", "EVALUATOR");
        navigate(UserAdminView.class);
        MenuBar actions = (MenuBar) test(grid()).getCellComponent(rowOf("to.disable@example.com"),
                grid().getColumns().size() - 1);
        MenuBarTester<MenuBar> menu = test(actions);
        menu.clickItem(0, 1);
        test(find(ConfirmDialog.class).single()).confirm();

        assertThat(test(grid()).getRow(rowOf("to.disable@example.com")).enabled()).isFalse();
    }

    @Test
    @WithUserDetails(value = CURIOUS_EVALUATOR, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void anEvaluatorCannotOpenUserAdministrationSeesNotFoundAndTheAttemptIsAudited() {
        assertThatThrownBy(() -> navigate(UserAdminView.class)).isInstanceOf(IllegalArgumentException.class);

        assertThat(getCurrentView()).isInstanceOf(AccessDeniedView.class);
        assertThat(getCurrentView().getElement().getTextRecursively()).contains("Page not found");
        assertThat(audit.countSince(CURIOUS_EVALUATOR, AuditActions.ACCESS_DENIED,
                Instant.now().minus(1, ChronoUnit.MINUTES))).isPositive();
    }
}
