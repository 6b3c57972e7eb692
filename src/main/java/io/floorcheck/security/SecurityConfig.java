package io.floorcheck.security;

import java.time.Clock;
import java.time.Duration;

import com.vaadin.flow.spring.security.VaadinDefaultRequestCache;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.security.authentication.AccountStatusUserDetailsChecker;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authorization.AuthorizationEventPublisher;
import org.springframework.security.authorization.SpringAuthorizationEventPublisher;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.logout.LogoutFilter;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.savedrequest.CookieRequestCache;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/**
 * The web security of Floorcheck. Vaadin's configurer protects views by their annotations;
 * services are protected again by {@code @PreAuthorize}, so a view is never the only guard.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@EnableMethodSecurity
class SecurityConfig {

    static final String LOGIN_FAILED_URL = "/login?error";
    static final String LOGIN_THROTTLED_URL = "/login?throttled=";
    /**
     * What a Vaadin Flow page needs and nothing more: its own scripts, styles and fonts, inline
     * styles and scripts, and {@code eval} for the client engine's executeJs (Flow builds those
     * functions at run time); push and requests go to this origin only; no frames, plugins or
     * foreign forms.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; "
            + "connect-src 'self'; worker-src 'self'; manifest-src 'self'; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'";
    static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), "
            + "interest-cohort=()";

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, AccountDirectory accounts,
            AuthenticationManager authenticationManager, VaadinDefaultRequestCache requestCache,
            SessionLifetime sessionLifetime, TrustedDevices devices, Clock clock) throws Exception {
        DeviceTrustOnSignIn deviceTrust = new DeviceTrustOnSignIn(devices, clock);
        http.authenticationManager(authenticationManager);
        // Probes are for the platform (load balancer, orchestrator): no login, no details.
        http.authorizeHttpRequests(auth -> auth
                .requestMatchers("/actuator/health/liveness", "/actuator/health/readiness").permitAll());
        // The page asked for before login is remembered in a cookie, not a session: an
        // anonymous request (a bot probing /VAADIN/ or a typo) must not create a session.
        requestCache.setDelegateRequestCache(new CookieRequestCache());
        requestCache.ignoreRequests(PathPatternRequestMatcher.withDefaults().matcher("/VAADIN/**"));
        // Session ids travel in a cookie only, never in a URL where they leak into logs.
        // A browser that signs in is trusted for the account from then on (the device cookie).
        http.sessionManagement(session -> session
                .sessionFixation(fixation -> fixation.changeSessionId())
                .addSessionAuthenticationStrategy(deviceTrust)
                .enableSessionUrlRewriting(false));
        http.addFilterAfter(new ActiveAccountFilter(accounts), LogoutFilter.class);
        http.addFilterAfter(sessionLifetime, ActiveAccountFilter.class);
        http.addFilterBefore(new SameOriginSignIn(), UsernamePasswordAuthenticationFilter.class);
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin
                .loginView(LoginView.class)
                // Unknown addresses: anonymous users go to the login page, signed-in users get
                // the friendly not-found view (instead of a bare 403 from the container).
                .anyRequest(url -> url.authenticated()));
        // After the Vaadin configurer, so its login page is known before form login initialises.
        http.formLogin(form -> form.loginPage("/login").failureHandler(failureHandler())
                .authenticationDetailsSource(SignInDetails::new));
        // Nothing frames this app. Written before Vaadin's page handler runs, which then keeps it.
        // HSTS is written only on requests that arrived over TLS (see the README on proxies).
        http.headers(headers -> {
            // Before the request is handled: Vaadin's pages are forwarded to its servlet, and the
            // container commits a forwarded response where the filter cannot add them afterwards.
            headers.addObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
                @Override
                public <O extends HeaderWriterFilter> O postProcess(O filter) {
                    filter.setShouldWriteHeadersEagerly(true);
                    return filter;
                }
            });
            headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                    .frameOptions(frame -> frame.deny())
                    .contentTypeOptions(nosniff -> { })
                    .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                    .permissionsPolicyHeader(permissions -> permissions.policy(PERMISSIONS_POLICY))
                    .httpStrictTransportSecurity(hsts -> hsts.includeSubDomains(true)
                            .maxAgeInSeconds(Duration.ofDays(365).toSeconds()));
        });
        return http.build();
    }

    @Bean
    SessionLifetime sessionLifetime(@Value("${server.servlet.session.timeout:8h}") Duration signedIn) {
        return new SessionLifetime(signedIn);
    }

    /** The lifetime filter runs inside the security chain (it needs the signed-in user), not on its own. */
    @Bean
    FilterRegistrationBean<SessionLifetime> sessionLifetimeOnlyInTheSecurityChain(SessionLifetime lifetime) {
        FilterRegistrationBean<SessionLifetime> registration = new FilterRegistrationBean<>(lifetime);
        registration.setEnabled(false);
        return registration;
    }

    /** Runs before Spring Security, so a rejected probe never reaches anything that creates a session. */
    @Bean
    FilterRegistrationBean<UnknownVaadinPathFilter> unknownVaadinPathFilter() {
        FilterRegistrationBean<UnknownVaadinPathFilter> registration =
                new FilterRegistrationBean<>(new UnknownVaadinPathFilter());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    /** One message for unknown user and wrong password; a throttled login says how long to wait. */
    private static AuthenticationFailureHandler failureHandler() {
        return (request, response, exception) -> {
            String target = exception instanceof ThrottledLoginException throttled
                    ? LOGIN_THROTTLED_URL + Math.max(1, throttled.waitTime().toSeconds()) : LOGIN_FAILED_URL;
            response.sendRedirect(request.getContextPath() + target);
        };
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        // Stores "{bcrypt}…" hashes and can read any id the delegating encoder knows, so the
        // algorithm can be upgraded later without forcing resets.
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    UserDetailsService userDetailsService(AccountDirectory accounts) {
        return login -> accounts.findByLogin(login)
                .orElseThrow(() -> new UsernameNotFoundException("No account"));
    }

    @Bean
    AuthenticationManager authenticationManager(UserDetailsService users, PasswordEncoder encoder,
            SignInFailures failures, TrustedDevices devices, Clock clock, AuthenticationEventPublisher events) {
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(users);
        passwords.setPasswordEncoder(encoder);
        // The password is checked before whether the account is enabled: a disabled account then
        // costs a guesser as much time as any other and tells nothing until the password is right.
        passwords.setPreAuthenticationChecks(user -> { });
        passwords.setPostAuthenticationChecks(new AccountStatusUserDetailsChecker());
        ProviderManager manager = new ProviderManager(
                new ThrottlingAuthenticationProvider(passwords, failures, devices, clock));
        manager.setAuthenticationEventPublisher(events);
        // The principal kept in the session carries no password hash.
        manager.setEraseCredentialsAfterAuthentication(true);
        return manager;
    }

    @Bean
    AuthenticationEventPublisher authenticationEventPublisher(ApplicationEventPublisher publisher) {
        DefaultAuthenticationEventPublisher events = new DefaultAuthenticationEventPublisher(publisher);
        events.setDefaultAuthenticationFailureEvent(
                AuthenticationFailureBadCredentialsEvent.class);
        return events;
    }

    /** Publishes method-security denials as events, so they reach the audit trail. */
    @Bean
    AuthorizationEventPublisher authorizationEventPublisher(ApplicationEventPublisher publisher) {
        return new SpringAuthorizationEventPublisher(publisher);
    }
}
