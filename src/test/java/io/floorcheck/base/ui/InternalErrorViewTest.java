package io.floorcheck.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import io.floorcheck.testsupport.FloorcheckSpringTest;
import io.floorcheck.testsupport.TestAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;

@FloorcheckSpringTest
class InternalErrorViewTest extends SpringBrowserlessTest {

    @Autowired TestAccounts accounts;

    @BeforeEach
    void team() {
        accounts.ensureTeam();
    }

    @Test
    @WithUserDetails(value = TestAccounts.EVALUATOR, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void aFailingPageShowsAReferenceToQuoteAndNothingOfTheCause() {
        navigate("test-only-exploding-view", InternalErrorView.class);

        String text = getCurrentView().getElement().getTextRecursively();
        assertThat(text).contains("Something went wrong").containsPattern("reference [0-9A-F]{8}");
        assertThat(text).doesNotContain("secret-host", "IllegalStateException", "app_user");
    }
}
