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

    @Autowired TestAccounts accounts;
    @Autowired UserRepository users;
    @Autowired PasswordEncoder passwordEncoder;

    @BeforeEach
    void account() {
        accounts.ensure(EMAIL, "Own Password", "EVALUATOR");
        if (users.findByEmail(GENERATED).isEmpty()) {
            users.insert(new UserDraft(GENERATED, "Generated Password", null, Set.of("VIEWER")),
                    passwordEncoder.encode(TestAccounts.PASSWORD), true, Instant.now());
        }
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
}
