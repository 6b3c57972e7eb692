package io.floorcheck.security;

import java.util.Map;

import com.vaadin.flow.spring.security.VaadinDefaultRequestCache;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authorization.AuthorizationEventPublisher;
import org.springframework.security.authorization.SpringAuthorizationEventPublisher;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.ExceptionMappingAuthenticationFailureHandler;
import org.springframework.security.web.authentication.logout.LogoutFilter;
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
    static final String LOGIN_THROTTLED_URL = "/login?throttled";

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, AccountDirectory accounts,
            AuthenticationManager authenticationManager, VaadinDefaultRequestCache requestCache) throws Exception {
        http.authenticationManager(authenticationManager);
        // Probes are for the platform (load balancer, orchestrator): no login, no details.
        http.authorizeHttpRequests(auth -> auth
                .requestMatchers("/actuator/health/liveness", "/actuator/health/readiness").permitAll());
        // The page asked for before login is remembered in a cookie, not a session: an
        // anonymous request (a bot probing /VAADIN/ or a typo) must not create a session.
        requestCache.setDelegateRequestCache(new CookieRequestCache());
        requestCache.ignoreRequests(PathPatternRequestMatcher.withDefaults().matcher("/VAADIN/**"));
        // Session ids travel in a cookie only, never in a URL where they leak into logs.
        http.sessionManagement(session -> session
                .sessionFixation(fixation -> fixation.changeSessionId())
                .enableSessionUrlRewriting(false));
        http.addFilterAfter(new ActiveAccountFilter(accounts), LogoutFilter.class);
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin
                .loginView(LoginView.class)
                // Unknown addresses: anonymous users go to the login page, signed-in users get
                // the friendly not-found view (instead of a bare 403 from the container).
                .anyRequest(url -> url.authenticated()));
        // After the Vaadin configurer, so its login page is known before form login initialises.
        http.formLogin(form -> form.loginPage("/login").failureHandler(failureHandler()));
        return http.build();
    }

    /** Runs before Spring Security, so a rejected probe never reaches anything that creates a session. */
    @Bean
    FilterRegistrationBean<UnknownVaadinPathFilter> unknownVaadinPathFilter() {
        FilterRegistrationBean<UnknownVaadinPathFilter> registration =
                new FilterRegistrationBean<>(new UnknownVaadinPathFilter());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    /** One message for unknown user and wrong password; a throttled login says so. */
    private static ExceptionMappingAuthenticationFailureHandler failureHandler() {
        ExceptionMappingAuthenticationFailureHandler handler = new ExceptionMappingAuthenticationFailureHandler();
        handler.setDefaultFailureUrl(LOGIN_FAILED_URL);
        handler.setExceptionMappings(Map.of(ThrottledLoginException.class.getName(), LOGIN_THROTTLED_URL));
        return handler;
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
            LoginThrottle throttle, AuthenticationEventPublisher events) {
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(users);
        passwords.setPasswordEncoder(encoder);
        ProviderManager manager = new ProviderManager(new ThrottlingAuthenticationProvider(passwords, throttle));
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
