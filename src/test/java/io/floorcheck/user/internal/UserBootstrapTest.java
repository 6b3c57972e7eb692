package io.floorcheck.user.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import io.floorcheck.testsupport.FloorcheckSpringTest;
import io.floorcheck.user.UserDraft;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Outside demo mode (as in this test context), start-up closes the doors demo mode opened. */
@FloorcheckSpringTest
class UserBootstrapTest {

    @Autowired UserBootstrap bootstrap;
    @Autowired UserRepository users;
    @Autowired PasswordEncoder passwordEncoder;

    @Test
    void aDemoAccountWithThePublishedPasswordIsDisabledAtStartOutsideDemoMode() {
        UserDraft demoProcurement = DemoUsers.PROCUREMENT;
        long id = users.findByEmail(demoProcurement.email()).map(u -> u.id()).orElseGet(() ->
                users.insert(demoProcurement, passwordEncoder.encode(DemoUsers.PASSWORD), Instant.now()));
        assertThat(users.findById(id).orElseThrow().enabled()).isTrue();

        bootstrap.run(new DefaultApplicationArguments());

        assertThat(users.findById(id).orElseThrow().enabled()).isFalse();
    }

    @Test
    void aFreshDatabaseGetsTheFirstAdministratorWithAGeneratedPassword() {
        var admin = users.findByEmail(UserBootstrap.DEFAULT_ADMIN_EMAIL).orElseThrow();
        assertThat(admin.roles()).containsExactly("ADMIN");
        assertThat(admin.enabled()).isTrue();
        assertThat(users.passwordHash(admin.email())).hasValueSatisfying(hash -> assertThat(hash).startsWith("{bcrypt}"));
    }
}
