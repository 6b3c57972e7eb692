package io.floorcheck.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.server.ErrorEvent;
import io.floorcheck.base.RuleViolation;
import io.floorcheck.testsupport.FloorcheckSpringTest;
import io.floorcheck.testsupport.TestAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;

/** What a user is told when an action fails: the rule in their words, never the exception. */
@FloorcheckSpringTest
class UiErrorHandlerTest extends SpringBrowserlessTest {

    @Autowired TestAccounts accounts;

    @BeforeEach
    void team() {
        accounts.ensureTeam();
    }

    private String notifiedAfter(Throwable failure) {
        navigate("", com.vaadin.flow.component.Component.class);
        new UiErrorHandler.Handler().error(new ErrorEvent(new RuntimeException("wrapped", failure)));
        roundTrip();
        return find(Notification.class).single().getElement().getProperty("text", "");
    }

    @Test
    @WithUserDetails(value = TestAccounts.ADMIN, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void aBrokenRuleIsShownInTheUsersLanguage() {
        assertThat(notifiedAfter(new RuleViolation("users.error.duplicateEmail", "ana@example.com")))
                .isEqualTo("A user with the e-mail ana@example.com already exists.");
    }

    @Test
    @WithUserDetails(value = TestAccounts.ADMIN, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void aConcurrentChangeAsksForAReloadAndSaysNothingWasOverwritten() {
        assertThat(notifiedAfter(new OptimisticLockingFailureException("row 7 version 3")))
                .contains("Someone else changed this").doesNotContain("row 7");
    }

    @Test
    @WithUserDetails(value = TestAccounts.ADMIN, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void anythingElseGivesAReferenceAndNoDetail() {
        assertThat(notifiedAfter(new IllegalStateException("socket to db-7 closed")))
                .containsPattern("reference [0-9A-F]{8}").doesNotContain("db-7", "IllegalState");
    }
}
