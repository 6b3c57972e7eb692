package io.floorcheck;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import org.junit.jupiter.api.Test;

/** Applies the rules of DESIGN.md to the production code. */
class ArchitectureTest {

    /** The generated jOOQ package is not a subject; dependencies on it still count. */
    private static final ImportOption NOT_GENERATED = (Location location) -> !location.contains("/io/floorcheck/db/");

    private static final JavaClasses PRODUCTION = new ClassFileImporter()
            .withImportOption(new ImportOption.DoNotIncludeTests())
            .withImportOption(NOT_GENERATED)
            .importPackages("io.floorcheck");

    @Test
    void viewsHaveNoSql() {
        ArchitectureRules.UI_HAS_NO_SQL.check(PRODUCTION);
    }

    @Test
    void onlyInternalPackagesTouchTheDatabase() {
        ArchitectureRules.ONLY_INTERNAL_TOUCHES_THE_DATABASE.check(PRODUCTION);
    }

    @Test
    void vaadinStaysInTheUi() {
        ArchitectureRules.VAADIN_ONLY_IN_UI.check(PRODUCTION);
    }

    @Test
    void serviceMethodsAreTransactionalAndGuarded() {
        ArchitectureRules.SERVICE_METHODS_ARE_TRANSACTIONAL.check(PRODUCTION);
        ArchitectureRules.SERVICE_METHODS_ARE_GUARDED.check(PRODUCTION);
    }

    @Test
    void featuresFormADagAndMeetAtTheirApi() {
        ArchitectureRules.FEATURES_HAVE_NO_CYCLES.check(PRODUCTION);
        ArchitectureRules.FEATURES_MEET_AT_THEIR_API.check(PRODUCTION);
    }

    @Test
    void scoringAndPdfRenderingArePure() {
        ArchitectureRules.SCORING_IS_PURE.check(PRODUCTION);
        ArchitectureRules.PDF_RENDERING_IS_PURE.check(PRODUCTION);
    }

    @Test
    void theGeneratedCodeIsExcludedButPresent() throws ClassNotFoundException {
        org.assertj.core.api.Assertions.assertThat(PRODUCTION.stream()
                .filter(javaClass -> javaClass.getPackageName().startsWith("io.floorcheck.db"))).isEmpty();
        org.assertj.core.api.Assertions.assertThat(PRODUCTION.stream()
                .filter(javaClass -> javaClass.getPackageName().startsWith("io.floorcheck.user"))).isNotEmpty();
        Class.forName("io.floorcheck.db.Tables");
    }
}
