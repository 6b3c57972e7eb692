package io.floorcheck.user.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Set;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Paragraph;
import io.floorcheck.user.UserDraft;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.PasswordField;
import io.floorcheck.testsupport.FloorcheckSpringTest;
import io.floorcheck.testsupport.TestAccounts;
import io.floorcheck.user.internal.UserRepository;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;

@FloorcheckSpringTest
class AccountViewTest extends SpringBrowserlessTest {

    private static final String EMAIL = "own.password@example.com";
    private static final String GENERATED = "generated.password@example.com";
    private static final String CONTINUING = "continuing.after.change@example.com";

    @Autowired TestAccounts accounts;
    @Autowired UserRepository users;
    @Autowired PasswordEncoder passwordEncoder;
    @Autowired io.floorcheck.rubric.RubricService rubrics;

    @BeforeEach
    void account() {
        accounts.ensure(EMAIL, "Own Password", "EVALUATOR");
        if (users.findByEmail(GENERATED).isEmpty()) {
            users.insert(new UserDraft(GENERATED, "Generated Password", null, Set.of("VIEWER")),
                    passwordEncoder.encode(TestAccounts.PASSWORD), true, Instant.now());
        }
        // Each run starts with a generated password waiting to be replaced.
        long continuing = users.findByEmail(CONTINUING).map(account -> account.id()).orElseGet(() -> users.insert(
                new UserDraft(CONTINUING, "Continuing User", null, Set.of("VIEWER")), "x", true, Instant.now()));
        users.setPasswordHash(continuing, passwordEncoder.encode(TestAccounts.PASSWORD), true, Instant.now());
    }

    @Test
    @WithUserDetails(value = GENERATED, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void aUserWithAGeneratedPasswordCanOpenNothingElseUntilTheyChooseTheirOwn() {
        navigate("", AccountView.class);
        navigate("users", AccountView.class);
        navigate("no-such-page", AccountView.class);
        assertThat(find(Paragraph.class).withId("password-change-required").exists()).isTrue();

        fill(TestAccounts.PASSWORD, "my very own passphrase", "my very own passphrase");

        assertThat(navigate("", Component.class)).isNotInstanceOf(AccountView.class);
        assertThat(users.credentials(GENERATED).orElseThrow().changeRequired()).isFalse();
    }

    private void fill(String current, String fresh, String repeat) {
        test(find(PasswordField.class).withId("password-current").single()).setValue(current);
        test(find(PasswordField.class).withId("password-new").single()).setValue(fresh);
        test(find(PasswordField.class).withId("password-repeat").single()).setValue(repeat);
        test(find(Button.class).withId("password-change").single()).click();
    }

    @Test
    @WithUserDetails(value = EMAIL, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void twoDifferentNewPasswordsAreCaughtBeforeAnythingIsSaved() {
        navigate(AccountView.class);
        fill(TestAccounts.PASSWORD, "first long password", "second long password");

        PasswordField repeat = find(PasswordField.class).withId("password-repeat").single();
        assertThat(repeat.isInvalid()).isTrue();
        assertThat(repeat.getErrorMessage()).isEqualTo("The two new passwords differ.");
        assertThat(passwordEncoder.matches(TestAccounts.PASSWORD, users.passwordHash(EMAIL).orElseThrow())).isTrue();
    }

    @Test
    @WithUserDetails(value = EMAIL, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void aUserChangesTheirOwnPasswordAndIsToldSo() {
        navigate(AccountView.class);
        fill(TestAccounts.PASSWORD, "a brand new passphrase", "a brand new passphrase");

        assertThat(find(Notification.class).single().getElement().getProperty("text", "")
                + find(Notification.class).single().getElement().getTextRecursively())
                .contains("Your password was changed.");
        assertThat(passwordEncoder.matches("a brand new passphrase", users.passwordHash(EMAIL).orElseThrow())).isTrue();
        fill("a brand new passphrase", TestAccounts.PASSWORD, TestAccounts.PASSWORD);
    }

    @Test
    @WithUserDetails(value = CONTINUING, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void afterTheForcedChangeContinueGoesWhereTheUserWasGoingQueryIncluded() {
        // The gate forwards to the account page and names where the user was going.
        go("rubrics/version/" + rubricVersion(), "at=S2");
        assertThat(com.vaadin.flow.component.UI.getCurrent().getActiveViewLocation().getPathWithQueryParameters())
                .isEqualTo("account?continue=rubrics%2Fversion%2F" + rubricVersion() + "%3Fat%3DS2");
        assertThat(find(Button.class).withId("password-continue").all()).as("only once the password is changed")
                .isEmpty();

        fill(TestAccounts.PASSWORD, "a passphrase of my own", "a passphrase of my own");
        assertThat(find(Paragraph.class).withId("password-changed").single().getText()).isNotBlank();
        test(find(Button.class).withId("password-continue").single()).click();

        assertThat(getCurrentView().getClass().getSimpleName()).isEqualTo("RubricVersionView");
        assertThat(com.vaadin.flow.component.UI.getCurrent().getActiveViewLocation().getPathWithQueryParameters())
                .isEqualTo("rubrics/version/" + rubricVersion() + "?at=S2");
    }

    @Test
    @WithUserDetails(value = CONTINUING, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void continueNeverLeavesTheAppNorReturnsToTheAccountPage() {
        for (String odd : new String[] {"continue=..%2F..%2Fadmin", "continue=account%3Fcontinue%3Dusers",
                "continue=https%3A%2F%2Fevil.example%2Fx", "continue=%2F%2Fevil.example", "continue=%5B%5D"}) {
            // A generated password again, and a principal that knows it (the change updates its own).
            users.setPasswordHash(users.findByEmail(CONTINUING).orElseThrow().id(),
                    passwordEncoder.encode(TestAccounts.PASSWORD), true, Instant.now());
            accounts.as(CONTINUING, () -> {
                go("account", odd);
                fill(TestAccounts.PASSWORD, "a passphrase of my own", "a passphrase of my own");
                test(find(Button.class).withId("password-continue").single()).click();
                assertThat(getCurrentView().getClass().getSimpleName()).as(odd).isEqualTo("HomeView");
            });
        }
    }

    /** Navigates with a query, as a link in the browser would (the test's navigate takes none). */
    private void go(String path, String query) {
        com.vaadin.flow.component.UI.getCurrent().navigate(path,
                com.vaadin.flow.router.QueryParameters.fromString(query));
        assertThat(getCurrentView()).isInstanceOf(AccountView.class);
    }

    /** A published rubric version: a page with a parameter that every signed-in user may open. */
    private long rubricVersion() {
        return rubrics.library().getFirst().latestPublishedVersionId();
    }
}
