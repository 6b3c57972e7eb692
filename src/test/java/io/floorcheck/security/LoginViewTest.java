package io.floorcheck.security;

import static org.assertj.core.api.Assertions.assertThat;


import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.router.QueryParameters;
import io.floorcheck.base.ui.MainLayout;
import io.floorcheck.testsupport.FloorcheckSpringTest;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithAnonymousUser;

@FloorcheckSpringTest
@WithAnonymousUser
class LoginViewTest extends SpringBrowserlessTest {

    @Test
    void aSignedOutVisitorOfAProtectedPageLandsOnTheLoginForm() {
        LoginView view = navigate("users", LoginView.class);

        LoginForm form = find(LoginForm.class).single();
        assertThat(form.isError()).isFalse();
        assertThat(form.getAction()).isEqualTo("login");
        assertThat(view.getElement().getText() + textOf(view)).contains("Floorcheck");
    }

    @Test
    void afterAFailedAttemptTheFormShowsOneMessageThatDoesNotSayWhichPartWasWrong() {
        openLogin("error");

        LoginForm form = find(LoginForm.class).single();
        assertThat(form.isError()).isTrue();
        assertThat(i18nOf(form))
                .contains("The e-mail or password is not right. Check them and try again.")
                .doesNotContain("15 minutes");
    }

    @Test
    void aThrottledLoginIsToldHowLongToWait() {
        openLogin("throttled", "130");

        LoginForm form = find(LoginForm.class).single();
        assertThat(form.isError()).isTrue();
        assertThat(i18nOf(form)).contains("paused after repeated failures. Try again in 3 minutes.");

        openLogin("throttled", "1");
        assertThat(i18nOf(find(LoginForm.class).single())).contains("Try again in 1 second.");
    }

    @Test
    void outsideDemoModeTheLoginPageShowsNoDemoAccounts() {
        navigate(LoginView.class);

        assertThat(find(com.vaadin.flow.component.html.Div.class).withId("demo-notice").exists()).isFalse();
        assertThat(find(MainLayout.class).exists()).isFalse();
    }

    private void openLogin(String queryParameter) {
        openLogin(queryParameter, "");
    }

    private void openLogin(String queryParameter, String value) {
        UI.getCurrent().navigate("login", QueryParameters.of(queryParameter, value));
        assertThat(getCurrentView()).isInstanceOf(LoginView.class);
    }

    /** What the browser is told to show; the form's own getter is not public. */
    private static String i18nOf(LoginForm form) {
        return String.valueOf(form.getElement().getPropertyRaw("i18n"));
    }

    private static String textOf(com.vaadin.flow.component.Component component) {
        return component.getElement().getTextRecursively();
    }
}
