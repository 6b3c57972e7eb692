package io.floorcheck.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.server.ErrorEvent;
import io.floorcheck.testsupport.FloorcheckSpringTest;
import io.floorcheck.testsupport.TestAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * A refusal is an expected event (and audited): one warning line with a reference, never a
 * stack trace at ERROR, which let any user fill the log with ~200 lines per click.
 */
@FloorcheckSpringTest
@ExtendWith(OutputCaptureExtension.class)
class RefusalLoggingTest extends SpringBrowserlessTest {

    @Autowired TestAccounts accounts;

    @BeforeEach
    void team() {
        accounts.ensureTeam();
    }

    @Test
    @WithUserDetails(value = TestAccounts.EVALUATOR, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void aPageRefusedWhileOpeningLogsOneWarningAndShowsNotFound(CapturedOutput output) {
        navigate("test-only-refusing-view/4711", RefusedView.class);

        assertThat(getCurrentView().getElement().getTextRecursively()).contains("Page not found")
                .doesNotContain("4711", "member");
        assertOneWarningWithoutStackTrace(output, "Not a member of evaluation 4711");
    }

    @Test
    @WithUserDetails(value = TestAccounts.EVALUATOR, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void anActionRefusedByAServiceLogsOneWarningAndTellsTheUserWithAReference(CapturedOutput output) {
        navigate("", com.vaadin.flow.component.Component.class);
        new UiErrorHandler.Handler().error(new ErrorEvent(
                new RuntimeException("wrapped", new AccessDeniedException("Scorecard 9 belongs to another evaluator"))));
        roundTrip();

        assertThat(find(Notification.class).single().getElement().getProperty("text", ""))
                .containsPattern("You may not do this \\(reference [0-9A-F]{8}\\)").doesNotContain("Scorecard 9");
        assertOneWarningWithoutStackTrace(output, "Scorecard 9 belongs to another evaluator");
    }

    private static void assertOneWarningWithoutStackTrace(CapturedOutput output, String message) {
        var lines = output.getAll().lines().filter(line -> line.contains(message)).toList();
        assertThat(lines).hasSize(1);
        assertThat(lines.getFirst()).contains(" WARN ").containsPattern("Refused [0-9A-F]{8}");
        assertThat(output.getAll()).doesNotContain("AccessDeniedException").doesNotContain(" ERROR ");
    }

    @Test
    @WithUserDetails(value = TestAccounts.EVALUATOR, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void anAddressOfSomethingThatDoesNotExistShowsNotFoundWithoutAnError(CapturedOutput output) {
        navigate("rubrics/version/987654", UnavailableView.class);

        assertThat(getCurrentView().getElement().getTextRecursively()).contains("Page not found")
                .doesNotContain("reference");
        var lines = output.getAll().lines().filter(line -> line.contains("rubrics.error.versionNotFound")).toList();
        assertThat(lines).singleElement().satisfies(line -> assertThat(line).contains(" WARN ")
                .containsPattern("Unavailable [0-9A-F]{8} opening /rubrics/version/987654"));
        assertThat(output.getAll()).doesNotContain(" ERROR ").doesNotContain("\tat io.floorcheck");
    }
}
