package io.floorcheck.user.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import io.floorcheck.testsupport.FloorcheckSpringTest;
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
    void aDemoAccountWithThePublishedPasswordIsDisabledAtStartOutsideDemoModeAndOneWithItsOwnIsNot() {
        long published = users.insert(DemoUsers.PROCUREMENT, passwordEncoder.encode(DemoUsers.PASSWORD), Instant.now());
        long changed = users.insert(DemoUsers.EVALUATOR_WFM, passwordEncoder.encode("her own long passphrase"),
                Instant.now());

        bootstrap.run(new DefaultApplicationArguments());

        assertThat(users.findById(published).orElseThrow().enabled()).isFalse();
        assertThat(users.findById(changed).orElseThrow().enabled()).isTrue();
    }

    @Test
    void aFreshDatabaseGetsTheFirstAdministratorWithAGeneratedPassword() {
        var admin = users.findByEmail(UserBootstrap.DEFAULT_ADMIN_EMAIL).orElseThrow();
        assertThat(admin.roles()).containsExactly("ADMIN");
        assertThat(admin.enabled()).isTrue();
        var credentials = users.credentials(admin.email()).orElseThrow();
        assertThat(credentials.passwordHash()).startsWith("{bcrypt}");
        assertThat(credentials.changeRequired()).as("the generated password has been in the log").isTrue();
    }
}
