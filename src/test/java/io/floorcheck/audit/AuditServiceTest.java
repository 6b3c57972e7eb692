package io.floorcheck.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import io.floorcheck.testsupport.FloorcheckSpringTest;
import io.floorcheck.testsupport.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * The administrators' audit trail on MariaDB: sign-ins with where they came from and what
 * happened outside any evaluation, filtered and paged in the database; nobody else reads it.
 */
@FloorcheckSpringTest
class AuditServiceTest {

    @Autowired AuditService audit;
    @Autowired TestAccounts accounts;
    @Autowired AuthenticationManager authenticationManager;

    @Test
    void administratorsReadSignInsWithTheirAddressAndNothingOfAnyEvaluation() {
        accounts.ensureTeam();
        String login = "audited.signin@example.com";
        accounts.ensure(login, "Audited Sign-in", "EVALUATOR");
        var token = UsernamePasswordAuthenticationToken.unauthenticated(login, TestAccounts.PASSWORD);
        token.setDetails(new WebAuthenticationDetails("10.20.30.40", null));
        authenticationManager.authenticate(token);
        Instant since = Instant.now().minus(1, ChronoUnit.MINUTES);

        AuditQuery signIns = new AuditQuery(login, SystemRecordKind.SIGN_INS.actions(), since, null);
        accounts.as(TestAccounts.ADMIN, () -> {
            assertThat(audit.systemRecord(signIns, 0, 10)).singleElement().satisfies(event -> {
                assertThat(event.action()).isEqualTo(AuditActions.LOGIN_SUCCEEDED);
                assertThat(event.clientAddress()).isEqualTo("10.20.30.40");
            });
            assertThat(audit.systemRecordCount(signIns)).isOne();
            assertThat(audit.systemRecordActors()).contains(login);
            assertThat(audit.systemRecord(AuditQuery.ALL, 0, 200)).allSatisfy(event ->
                    assertThat(event.evaluationId()).isNull());
            assertThat(audit.systemRecord(AuditQuery.ALL, 0, 1)).as("paged in the database").hasSize(1);
        });
        accounts.as(TestAccounts.EVALUATOR, () -> {
            assertThatThrownBy(() -> audit.systemRecord(signIns, 0, 10)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> audit.systemRecordCount(signIns)).isInstanceOf(AccessDeniedException.class);
        });
    }
}
