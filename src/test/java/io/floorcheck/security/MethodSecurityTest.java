package io.floorcheck.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import io.floorcheck.audit.AuditActions;
import io.floorcheck.audit.AuditService;
import io.floorcheck.testsupport.FloorcheckSpringTest;
import io.floorcheck.testsupport.TestAccounts;
import io.floorcheck.user.UserService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithUserDetails;

/** Proves {@code @EnableMethodSecurity} is on: services refuse the wrong role whatever the UI shows. */
@FloorcheckSpringTest
class MethodSecurityTest {

    @Autowired UserService users;
    @Autowired AuditService audit;
    @Autowired TestAccounts accounts;

    @BeforeEach
    void team() {
        accounts.ensureTeam();
    }

    @Test
    @WithUserDetails(value = TestAccounts.EVALUATOR, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void anEvaluatorCannotListUsersAndTheDenialIsAudited() {
        assertThatThrownBy(() -> users.search("")).isInstanceOf(AccessDeniedException.class);
        assertThat(audit.countSince(TestAccounts.EVALUATOR, AuditActions.ACCESS_DENIED,
                Instant.now().minus(1, ChronoUnit.MINUTES))).isPositive();
    }

    @Test
    @WithUserDetails(value = TestAccounts.PROCUREMENT, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void procurementCannotResetPasswordsOrReadTheAuditTrail() {
        assertThatThrownBy(() -> users.resetPassword(1)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> audit.latest(10)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithAnonymousUser
    void nobodySignedInCannotChangeAPassword() {
        assertThatThrownBy(() -> users.changeOwnPassword("a", "b")).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails(value = TestAccounts.ADMIN, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void anAdministratorMayListUsers() {
        assertThat(users.search("test.")).extracting(u -> u.email()).contains(TestAccounts.ADMIN, TestAccounts.VIEWER);
    }
}
