package io.floorcheck.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.floorcheck.user.UserDraft;
import io.floorcheck.user.internal.UserRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** What the server says to anyone on the network, before and at sign-in. */
@ProductionAppIT
class HttpSurfaceIT {

    @LocalServerPort
    int port;

    @Autowired UserRepository users;
    @Autowired PasswordEncoder passwordEncoder;
    @Autowired org.springframework.boot.web.server.servlet.context.ServletWebServerApplicationContext web;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return get(path, null);
    }

    private HttpResponse<String> get(String path, String cookie) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Signs in through the login form and returns the session cookie of the signed-in session. */
    private String signedInSession(String email, String password) throws IOException, InterruptedException {
        HttpResponse<String> response = signIn(email, password, null);
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).doesNotContain("error"));
        return sessionCookie(response).orElseThrow();
    }

    private HttpResponse<String> signIn(String email, String password, String cookie)
            throws IOException, InterruptedException {
        String form = "username=" + URLEncoder.encode(email, StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form));
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static Optional<String> sessionCookie(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream()
                .filter(cookie -> cookie.startsWith("JSESSIONID=")).map(cookie -> cookie.split(";")[0]).findFirst();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/VAADIN", "/VAADIN/", "/VAADIN/no-such-file.js", "/no-such-page", "/users",
            "/actuator", "/actuator/env", "/error"})
    void anonymousRequestsGetNoSessionAndNoInternals(String path) throws Exception {
        HttpResponse<String> response = get(path);

        assertThat(sessionCookie(response)).as("session cookie for " + path).isEmpty();
        assertThat(response.body()).doesNotContainIgnoringCase("exception").doesNotContain("at io.floorcheck")
                .doesNotContainIgnoringCase("tomcat").doesNotContainIgnoringCase("whitelabel")
                .doesNotContainIgnoringCase("stacktrace");
        assertThat(response.statusCode()).isNotEqualTo(200);
    }

    @Test
    void aStillEnabledAccountKeepsItsSession() throws Exception {
        String session = signedInSession("kenji.tanaka@example.com", "floorcheck-demo");
        assertThat(get("/", session).statusCode()).isEqualTo(200);
        assertThat(get("/", session).statusCode()).isEqualTo(200);
    }

    @Test
    void signedInUsersStillSeeNoOtherActuatorEndpoint() throws Exception {
        String session = signedInSession("priya.nair@example.com", "floorcheck-demo");
        for (String path : new String[] {"/actuator/env", "/actuator/beans", "/actuator/configprops", "/actuator/info"}) {
            HttpResponse<String> response = get(path, session);
            // Vaadin answers with its page shell and renders the not-found view in the browser.
            assertThat(response.headers().firstValue("Content-Type")).as(path)
                    .hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
            assertThat(response.body()).as(path).doesNotContain("propertySources", "\"beans\"", "\"contexts\"");
        }
    }

    @Test
    void anOpenSessionEndsOnceTheAccountIsDisabled() throws Exception {
        long id = users.findByEmail("soon.disabled@example.com").map(u -> u.id()).orElseGet(() -> users.insert(
                new UserDraft("soon.disabled@example.com", "Soon Disabled", null, Set.of("EVALUATOR")),
                passwordEncoder.encode("a long test password"), Instant.now()));
        String session = signedInSession("soon.disabled@example.com", "a long test password");
        // Disabled before the session's first check (checks then repeat once a minute).
        users.setEnabled(id, users.findById(id).orElseThrow().version(), false, Instant.now());

        HttpResponse<String> after = get("/", session);
        assertThat(after.statusCode()).isEqualTo(302);
        assertThat(after.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
    }

    @Test
    void livenessAndReadinessAreOpenAndSayNothingButUp() throws Exception {
        for (String probe : new String[] {"/actuator/health/liveness", "/actuator/health/readiness"}) {
            HttpResponse<String> response = get(probe);
            assertThat(response.statusCode()).as(probe).isEqualTo(200);
            assertThat(response.body()).isEqualTo("{\"status\":\"UP\"}");
            assertThat(sessionCookie(response)).isEmpty();
        }
    }

    @Test
    void aWrongPasswordAndAnUnknownUserGetTheSameAnswer() throws Exception {
        HttpResponse<String> wrongPassword = signIn("priya.nair@example.com", "not-the-password", null);
        HttpResponse<String> unknownUser = signIn("nobody@example.com", "not-the-password", null);

        assertThat(wrongPassword.statusCode()).isEqualTo(302);
        assertThat(wrongPassword.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/login?error"));
        assertThat(unknownUser.statusCode()).isEqualTo(wrongPassword.statusCode());
        assertThat(unknownUser.headers().firstValue("Location")).isEqualTo(wrongPassword.headers().firstValue("Location"));
        assertThat(unknownUser.body()).isEqualTo(wrongPassword.body());
    }

    @Test
    void signingInIssuesANewSessionIdSoAPlantedOneIsWorthless() throws Exception {
        String before = sessionCookie(get("/login")).orElseThrow();

        HttpResponse<String> response = signIn("claire.dubois@example.com", "floorcheck-demo", before);

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).doesNotContain("error"));
        assertThat(sessionCookie(response)).isPresent().get().isNotEqualTo(before);
    }

    @Test
    void signingInTrustsTheBrowserWithACookieOnlyTheLoginFormReceivesAndNoScriptReads() throws Exception {
        HttpResponse<String> first = signIn("kenji.tanaka@example.com", "floorcheck-demo", null);
        String header = deviceCookie(first).orElseThrow();
        assertThat(header).contains("; Path=/login", "; HttpOnly", "; SameSite=Strict", "; Max-Age=7776000")
                .doesNotContain("Secure"); // plain HTTP here; over TLS it is Secure
        String token = header.substring(header.indexOf('=') + 1, header.indexOf(';'));
        assertThat(token).matches("[A-Za-z0-9_-]{43}");

        // Signing in again from the browser keeps its token; someone else on the same tablet adds theirs.
        String again = deviceCookie(signIn("kenji.tanaka@example.com", "floorcheck-demo",
                "floorcheck-device=" + token)).orElseThrow();
        assertThat(again).startsWith("floorcheck-device=" + token + ";");
        String shared = deviceCookie(signIn("claire.dubois@example.com", "floorcheck-demo",
                "floorcheck-device=" + token)).orElseThrow();
        assertThat(shared).matches("floorcheck-device=[A-Za-z0-9_-]{43}\\." + token + ";.*");
        // A failed sign-in trusts nothing.
        assertThat(deviceCookie(signIn("kenji.tanaka@example.com", "not-the-password", null))).isEmpty();
    }

    private static Optional<String> deviceCookie(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream()
                .filter(cookie -> cookie.startsWith("floorcheck-device=")).findFirst();
    }

    @Test
    void aSignInSentFromAnotherSiteIsRefusedBeforeAnyPasswordCheck() throws Exception {
        String lead = "priya.nair@example.com";
        assertThat(signInFrom(lead, "Origin", "https://evil.example").statusCode()).isEqualTo(403);
        assertThat(signInFrom(lead, "Origin", "http://localhost:" + (port + 1)).statusCode()).isEqualTo(403);
        assertThat(signInFrom(lead, "Origin", "null").statusCode()).isEqualTo(403);
        assertThat(signInFrom(lead, "Referer", "https://evil.example/prize.html").statusCode()).isEqualTo(403);
        // Another spelling of the same path is the same sign-in, refused the same way.
        HttpResponse<String> encoded = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/%6Cogin")).header("Content-Type", "application/x-www-form-urlencoded")
                .header("Origin", "https://evil.example").POST(HttpRequest.BodyPublishers.ofString(
                        "username=" + URLEncoder.encode(lead, StandardCharsets.UTF_8) + "&password=floorcheck-demo"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(encoded.headers().firstValue("Location").orElse("")).as("never signed in")
                .doesNotEndWith(":" + port + "/");
        assertThat(sessionCookie(encoded).map(this::signedIn).orElse(false)).isFalse();

        HttpResponse<String> ownPage = signInFrom(lead, "Origin", "http://localhost:" + port);
        assertThat(ownPage.statusCode()).isEqualTo(302);
        assertThat(ownPage.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).doesNotContain("error"));
    }

    @Test
    void everyPageCarriesTheSecurityHeaders() throws Exception {
        String session = signedInSession("claire.dubois@example.com", "floorcheck-demo");
        for (HttpResponse<String> response : List.of(get("/login"), get("/", session), get("/evaluations", session))) {
            var headers = response.headers();
            assertThat(headers.firstValue("Content-Security-Policy")).hasValueSatisfying(csp -> assertThat(csp)
                    .contains("default-src 'self'", "frame-ancestors 'none'", "object-src 'none'"));
            assertThat(headers.firstValue("X-Frame-Options")).contains("DENY");
            assertThat(headers.firstValue("X-Content-Type-Options")).contains("nosniff");
            assertThat(headers.firstValue("Referrer-Policy")).contains("strict-origin-when-cross-origin");
            assertThat(headers.firstValue("Permissions-Policy")).hasValueSatisfying(
                    policy -> assertThat(policy).contains("camera=()", "microphone=()"));
            // Over plain HTTP there is no HSTS: it is sent only on requests that arrived over TLS.
            assertThat(headers.firstValue("Strict-Transport-Security")).isEmpty();
        }
    }

    @Test
    void anAnonymousSessionLivesTenMinutesAndASignedInOneEightHours() throws Exception {
        String anonymous = sessionCookie(get("/login")).orElseThrow();
        assertThat(maxInactiveSeconds(anonymous)).isEqualTo(600);

        String signedIn = signedInSession("claire.dubois@example.com", "floorcheck-demo");
        assertThat(get("/", signedIn).statusCode()).isEqualTo(200);
        assertThat(maxInactiveSeconds(signedIn)).isEqualTo(8 * 3600);
    }

    /** Whether a session cookie belongs to a signed-in session (the home page answers instead of the login). */
    private boolean signedIn(String cookie) {
        try {
            return get("/", cookie).statusCode() == 200;
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private int maxInactiveSeconds(String cookie) throws Exception {
        String id = cookie.substring(cookie.indexOf('=') + 1);
        var tomcat = ((org.springframework.boot.tomcat.TomcatWebServer) web.getWebServer()).getTomcat();
        var context = (org.apache.catalina.Context) tomcat.getHost().findChildren()[0];
        return context.getManager().findSession(id).getMaxInactiveInterval();
    }

    private HttpResponse<String> signInFrom(String email, String header, String value)
            throws IOException, InterruptedException {
        String form = "username=" + URLEncoder.encode(email, StandardCharsets.UTF_8) + "&password=floorcheck-demo";
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded").header(header, value)
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
