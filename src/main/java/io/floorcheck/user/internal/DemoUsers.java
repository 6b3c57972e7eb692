package io.floorcheck.user.internal;

import java.util.List;
import java.util.Set;

import io.floorcheck.base.db.DemoDataCondition;
import io.floorcheck.security.DemoLogins;
import io.floorcheck.security.Roles;
import io.floorcheck.user.UserDraft;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * The demo team, one or more per role, seeded only in demo mode on the embedded database.
 * Later features seed their demo evaluations around these people.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(DemoDataCondition.class)
public class DemoUsers {

    /** Published on the login page in demo mode; never used outside it. */
    public static final String PASSWORD = "floorcheck-demo";

    public static final UserDraft ADMIN = user("admin@example.com", "Alex Morgan", "Contact-center tools owner", Roles.ADMIN);
    public static final UserDraft PROCUREMENT = user("priya.nair@example.com", "Priya Nair",
            "Head of Vendor Management", Roles.PROCUREMENT);
    public static final UserDraft EVALUATOR_OPERATIONS = user("marcus.weber@example.com", "Marcus Weber",
            "VP Customer Care", Roles.EVALUATOR);
    public static final UserDraft EVALUATOR_WFM = user("sofia.alvarez@example.com", "Sofía Álvarez",
            "Director Workforce Management", Roles.EVALUATOR);
    public static final UserDraft EVALUATOR_QUALITY = user("kenji.tanaka@example.com", "Kenji Tanaka",
            "Head of Quality & Training", Roles.EVALUATOR);
    public static final UserDraft EVALUATOR_DIGITAL = user("lena.fischer@example.com", "Lena Fischer",
            "Head of Digital Care", Roles.EVALUATOR);
    public static final UserDraft VIEWER = user("claire.dubois@example.com", "Claire Dubois",
            "Chief Operating Officer", Roles.VIEWER);

    public static final List<UserDraft> ALL = List.of(ADMIN, PROCUREMENT, EVALUATOR_OPERATIONS, EVALUATOR_WFM,
            EVALUATOR_QUALITY, EVALUATOR_DIGITAL, VIEWER);

    @Bean
    DemoLogins demoLogins() {
        return new DemoLogins(ALL.stream()
                .map(user -> new DemoLogins.Login(user.email(), user.roles().iterator().next())).toList(), PASSWORD);
    }

    private static UserDraft user(String email, String name, String title, String role) {
        return new UserDraft(email, name, title, Set.of(role));
    }
}
