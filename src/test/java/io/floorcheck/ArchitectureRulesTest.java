package io.floorcheck;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.Test;

/**
 * Proves the architecture rules are not vacuous: each one reports the deliberate violations
 * in the {@code archfixturea} and {@code archfixtureb} test packages.
 */
class ArchitectureRulesTest {

    private static final JavaClasses BROKEN = new ClassFileImporter().importPackages("io.floorcheck.archfixturea", "io.floorcheck.archfixtureb");

    private static String violations(com.tngtech.archunit.lang.ArchRule rule) {
        EvaluationResult result = rule.evaluate(BROKEN);
        assertThat(result.hasViolation()).as(rule.getDescription()).isTrue();
        return String.join("\n", result.getFailureReport().getDetails());
    }

    @Test
    void aViewUsingJooqOrAnInternalRepositoryIsReported() {
        assertThat(violations(ArchitectureRules.UI_HAS_NO_SQL)).contains("BrokenView").contains("DSLContext");
    }

    @Test
    void dslContextOutsideInternalIsReported() {
        assertThat(violations(ArchitectureRules.ONLY_INTERNAL_TOUCHES_THE_DATABASE)).contains("BrokenView");
    }

    @Test
    void vaadinOutsideTheUiIsReported() {
        assertThat(violations(ArchitectureRules.VAADIN_ONLY_IN_UI)).contains("OtherRepository");
    }

    @Test
    void aCycleBetweenFeaturesAndAReachIntoAnotherFeaturesInternalsAreReported() {
        violations(ArchitectureRules.FEATURES_HAVE_NO_CYCLES);
        assertThat(violations(ArchitectureRules.FEATURES_MEET_AT_THEIR_API)).contains("OtherRepository");
    }

    @Test
    void aServiceMethodWithoutTransactionOrGuardIsReported() {
        assertThat(violations(ArchitectureRules.SERVICE_METHODS_ARE_TRANSACTIONAL)).contains("everyoneMayCallThis");
        assertThat(violations(ArchitectureRules.SERVICE_METHODS_ARE_GUARDED)).contains("everyoneMayCallThis");
    }

    @Test
    void featureNamesComeFromTheFirstPackageBelowTheRoot() {
        assertThat(ArchitectureRules.featureOf("io.floorcheck.user.internal")).isEqualTo("user");
        assertThat(ArchitectureRules.featureOf("io.floorcheck")).isEmpty();
    }
}
