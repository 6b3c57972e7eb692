package io.floorcheck;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The rules of DESIGN.md ("the house") as ArchUnit rules. Kept apart from the test that
 * applies them so a second test can prove each rule catches a deliberate violation.
 */
final class ArchitectureRules {

    /** Generated jOOQ code: never a subject of the rules, but depending on it counts as using jOOQ. */
    static final String GENERATED = "io.floorcheck.db..";
    private static final String[] JOOQ = {"org.jooq..", GENERATED};
    /** Another feature's internal or ui package; base.ui is the shared shell every feature may use. */
    private static final Pattern FEATURE_PART =
            Pattern.compile("^io\\.floorcheck\\.(?!base\\.)(\\w+)\\.(internal|ui)(\\..*)?$");
    private static final Pattern FEATURE = Pattern.compile("^io\\.floorcheck\\.(\\w+)(\\..*)?$");

    private ArchitectureRules() {
    }

    /** Rule 1: views reach data only through their feature's service and records. */
    static final ArchRule UI_HAS_NO_SQL = noClasses().that().resideInAPackage("..ui..")
            .should().dependOnClassesThat().resideInAnyPackage(JOOQ)
            .orShould().dependOnClassesThat().resideInAPackage("..internal..")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("javax.sql.DataSource")
            .as("UI classes use services and records, never jOOQ, generated tables or internal repositories");

    /** Rule 2: only internal packages touch DSLContext and generated classes. */
    static final ArchRule ONLY_INTERNAL_TOUCHES_THE_DATABASE = noClasses()
            .that().resideOutsideOfPackage("..internal..")
            .should().dependOnClassesThat().haveFullyQualifiedName("org.jooq.DSLContext")
            .orShould().dependOnClassesThat().resideInAPackage(GENERATED)
            .as("Only internal packages use DSLContext and the generated jOOQ classes");

    /** Rule 3: Vaadin only in ui packages, the shared shell and security (and the app shell class). */
    static final ArchRule VAADIN_ONLY_IN_UI = noClasses()
            .that().resideOutsideOfPackages("..ui..", "io.floorcheck.base.ui..", "io.floorcheck.security..")
            .and().doNotHaveFullyQualifiedName("io.floorcheck.Application")
            .should().dependOnClassesThat().resideInAPackage("com.vaadin..")
            .as("Vaadin types are used only in ui packages, base.ui and security");

    /** Rule 4a: every public service method runs in a transaction. */
    static final ArchRule SERVICE_METHODS_ARE_TRANSACTIONAL = methods()
            .that().areDeclaredInClassesThat().areAnnotatedWith(Service.class)
            .and().arePublic().and().doNotHaveModifier(JavaModifier.STATIC)
            .should().beAnnotatedWith(Transactional.class)
            .as("Public service methods are @Transactional");

    /** Rule 4b: every public service method says who may call it, even when the answer is everyone. */
    static final ArchRule SERVICE_METHODS_ARE_GUARDED = methods()
            .that().areDeclaredInClassesThat().areAnnotatedWith(Service.class)
            .and().arePublic().and().doNotHaveModifier(JavaModifier.STATIC)
            .should().beAnnotatedWith(PreAuthorize.class)
            .as("Public service methods carry @PreAuthorize");

    /** Rule 5a: features form a DAG. */
    static final ArchRule FEATURES_HAVE_NO_CYCLES = slices().matching("io.floorcheck.(*)..")
            .should().beFreeOfCycles()
            .as("Features depend on each other without cycles");

    /** Rule 5b: another feature is used through its service and records, never its internal or ui. */
    static final ArchRule FEATURES_MEET_AT_THEIR_API = classes().that().resideInAPackage("io.floorcheck..")
            .should(new ArchCondition<>("not depend on another feature's internal or ui package") {
                @Override
                public void check(JavaClass origin, ConditionEvents events) {
                    String feature = featureOf(origin.getPackageName());
                    for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                        Matcher target = FEATURE_PART.matcher(dependency.getTargetClass().getPackageName());
                        if (target.matches() && !target.group(1).equals(feature)) {
                            events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                        }
                    }
                }
            });

    /** Rule 6: scoring is pure Java. */
    static final ArchRule SCORING_IS_PURE = classes().that().resideInAPackage("io.floorcheck.scoring..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "io.floorcheck.scoring..")
            .allowEmptyShould(true)
            .as("Scoring depends on nothing but Java and itself");

    /** Rule 7: PDF rendering never queries; data arrives as an immutable report record. */
    private static final DescribedPredicate<JavaClass> RENDERS_PDF = DescribedPredicate.describe("render PDF",
            javaClass -> javaClass.getDirectDependenciesFromSelf().stream()
                    .anyMatch(dependency -> dependency.getTargetClass().getPackageName().startsWith("org.openpdf")));

    static final ArchRule PDF_RENDERING_IS_PURE = noClasses().that(RENDERS_PDF)
            .should().dependOnClassesThat().resideInAnyPackage(JOOQ)
            .orShould().dependOnClassesThat().resideInAPackage("..internal..")
            .orShould().dependOnClassesThat().resideInAnyPackage("javax.sql..", "java.sql..")
            .orShould().dependOnClassesThat().areAnnotatedWith(Service.class)
            .allowEmptyShould(true)
            .as("PDF rendering takes a report record and returns bytes: no queries, no services");

    static String featureOf(String packageName) {
        Matcher matcher = FEATURE.matcher(packageName);
        return matcher.matches() ? matcher.group(1) : "";
    }
}
