package io.floorcheck.security;

import com.vaadin.flow.component.dependency.CssImport;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.springframework.beans.factory.ObjectProvider;

/**
 * The sign-in page. Spring Security processes the form (POST /login); this view only shows it
 * and, after a failed attempt, one message that does not say whether the account exists.
 */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
@CssImport("./styles/floorcheck.css")
public class LoginView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final LoginForm form = new LoginForm();

    LoginView(ObjectProvider<DemoLogins> demoLogins) {
        addClassName("fc-login");
        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        form.setI18n(i18n(null));

        Div brand = new Div(new H1(getTranslation("app.name")), new Paragraph(getTranslation("app.tagline")));
        brand.addClassName("fc-login-brand");

        Div card = new Div(brand, form);
        card.addClassName("fc-login-card");
        demoLogins.ifAvailable(demo -> card.add(demoNotice(demo)));
        add(card);
    }

    private Div demoNotice(DemoLogins demo) {
        Div notice = new Div();
        notice.addClassName("fc-demo-notice");
        notice.setId("demo-notice");
        notice.add(new Paragraph(new Span(getTranslation("login.demo.title"))));
        UnorderedList logins = new UnorderedList();
        demo.logins().forEach(login -> {
            Span role = new Span(getTranslation("role." + login.role()));
            role.addClassName("fc-demo-role");
            logins.add(new ListItem(new Span(login.email()), role));
        });
        notice.add(logins);
        notice.add(new Paragraph(getTranslation("login.demo.password", demo.password())));
        return notice;
    }

    private LoginI18n i18n(Long throttledSeconds) {
        boolean throttled = throttledSeconds != null;
        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle(getTranslation("login.title"));
        i18n.getForm().setUsername(getTranslation("login.email"));
        i18n.getForm().setPassword(getTranslation("login.password"));
        i18n.getForm().setSubmit(getTranslation("login.submit"));
        i18n.getErrorMessage().setTitle(getTranslation(throttled ? "login.throttled.title" : "login.failed.title"));
        i18n.getErrorMessage().setMessage(throttled ? getTranslation("login.throttled.message", waitText(throttledSeconds))
                : getTranslation("login.failed.message"));
        return i18n;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title") + " · " + getTranslation("app.name");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters().getParameters();
        Long throttled = parameters.containsKey("throttled") ? seconds(parameters.get("throttled")) : null;
        boolean failed = throttled != null || parameters.containsKey("error");
        if (failed) {
            form.setI18n(i18n(throttled));
            form.setError(true);
        }
        keepEmail(failed);
    }

    /**
     * A failed sign-in keeps the e-mail typed (only the password is to be typed again): the form
     * posts to the server, which answers with a new page, so the browser keeps the address in
     * this tab's session storage as the form is sent, and fills it back in after a failure.
     */
    private void keepEmail(boolean failed) {
        form.getElement().executeJs("""
                const form = this;
                const key = 'floorcheck.sign-in.email';
                form.addEventListener('login', e => sessionStorage.setItem(key, e.detail.username || ''));
                const kept = sessionStorage.getItem(key);
                if (!$0 || !kept) {
                  sessionStorage.removeItem(key);
                  return;
                }
                let tries = 0;
                const fill = () => {
                  const find = id => form.querySelector('#' + id)
                      || (form.shadowRoot && form.shadowRoot.querySelector('#' + id));
                  const email = find('vaadinLoginUsername');
                  const password = find('vaadinLoginPassword');
                  if (!email) {
                    if (++tries < 120) {
                      requestAnimationFrame(fill);
                    }
                    return;
                  }
                  email.value = kept;
                  if (password) {
                    password.focus();
                  }
                };
                customElements.whenDefined('vaadin-login-form').then(() => requestAnimationFrame(fill));""",
                failed);
    }

    /** The wait the server named, at least a second (the parameter comes from the address bar). */
    private static long seconds(java.util.List<String> values) {
        try {
            return Math.max(1, Math.min(Long.parseLong(values.getFirst()), 24 * 3600));
        } catch (RuntimeException notANumber) {
            return 60;
        }
    }

    private String waitText(long seconds) {
        return seconds < 60 ? getTranslation("login.wait.seconds", seconds)
                : getTranslation("login.wait.minutes", (seconds + 59) / 60);
    }
}
