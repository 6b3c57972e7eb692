package io.floorcheck.rubric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

import io.floorcheck.audit.AuditEvent;
import io.floorcheck.audit.internal.AuditRepository;
import io.floorcheck.base.ImportRefused;
import io.floorcheck.base.RuleViolation;
import io.floorcheck.rubric.internal.RubricRepository;
import io.floorcheck.rubric.internal.RubricWriter;
import io.floorcheck.testsupport.FloorcheckSpringTest;
import io.floorcheck.testsupport.TestAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.support.TransactionTemplate;

/** Making, publishing and changing rubrics on MariaDB, through the service as procurement uses it. */
@FloorcheckSpringTest
@WithUserDetails(value = TestAccounts.PROCUREMENT, setupBefore = TestExecutionEvent.TEST_EXECUTION)
class RubricAuthoringTest {

    private static final List<Level> FIVE = List.of(new Level(1, "Absent"), new Level(2, "Ad hoc"),
            new Level(3, "Defined"), new Level(4, "Measured"), new Level(5, "Improving"));

    @Autowired RubricAuthoring authoring;
    @Autowired RubricService rubrics;
    @Autowired RubricRepository repository;
    @Autowired RubricWriter writer;
    @Autowired AuditRepository audit; // the service reads the trail for admins only
    @Autowired TestAccounts accounts;
    @Autowired TransactionTemplate transactions;
    @Autowired io.floorcheck.evaluation.EvaluationService evaluations;
    @Autowired org.jooq.DSLContext dsl;

    @BeforeEach
    void team() {
        accounts.ensureTeam();
    }

    private static Criterion scored(String code, String weight) {
        return new Criterion(code, "Criterion " + code, "Look for " + code, new BigDecimal(weight), 1, 5, true, false,
                null, List.of());
    }

    private static RubricContent valid() {
        Criterion gate = new Criterion("G1", "Licensed workforce", null, null, 1, 5, false, true,
                "Every agent on the floor is on the vendor's payroll", List.of());
        return new RubricContent("Score what you see", RubricContent.DEFAULT_EVIDENCE_RULE, List.of(
                new RubricSection("G", "Gates", null, null, List.of(), List.of(gate)),
                new RubricSection("1", "Calls", "Listen in", new BigDecimal("70"), FIVE,
                        List.of(scored("1.1", "2"), scored("1.2", "1"))),
                new RubricSection("2", "People", null, new BigDecimal("30"), FIVE, List.of(scored("2.1", "1")))));
    }

    private long draftWith(String name, RubricContent content) {
        long draft = authoring.create(new NewRubric(name, RubricPurpose.SHADOW_VISIT, "Built in a test"));
        authoring.saveDraft(draft, 0, content, "First cut");
        return draft;
    }

    @Test
    void aRubricIsCreatedAsADraftSavedAndPublished() {
        long draft = draftWith("Authoring: from scratch", valid());

        RubricVersion saved = rubrics.version(draft);
        assertThat(saved.status()).isEqualTo(VersionStatus.DRAFT);
        assertThat(saved.number()).isEqualTo(1);
        assertThat(saved.revision()).isEqualTo(1);
        assertThat(saved.content()).isEqualTo(valid().withSections(saved.sections()));
        assertThat(saved.sections()).extracting(RubricSection::code).containsExactly("G", "1", "2");
        assertThat(saved.sections().get(1).criteria()).extracting(Criterion::code).containsExactly("1.1", "1.2");

        authoring.publish(draft, 1);

        RubricVersion published = rubrics.version(draft);
        assertThat(published.status()).isEqualTo(VersionStatus.PUBLISHED);
        assertThat(published.publishedAt()).isNotNull();
        assertThat(rubrics.library()).filteredOn(r -> r.name().equals("Authoring: from scratch")).singleElement()
                .satisfies(r -> {
                    assertThat(r.latestPublishedVersionId()).isEqualTo(draft);
                    assertThat(r.draftVersionId()).isNull();
                });
        assertThat(audit.forEntity(RubricAuthoring.ENTITY, String.valueOf(draft))).extracting(AuditEvent::action)
                .contains("RUBRIC_CREATED", "RUBRIC_PUBLISHED");
    }

    @Test
    void aPublishedVersionCannotBeChangedOrDiscardedNeitherThroughTheServiceNorBySql() {
        long version = draftWith("Authoring: frozen", valid());
        authoring.publish(version, 1);
        RubricContent typoFixed = valid().withSections(List.of(valid().sections().get(1)));

        assertThatThrownBy(() -> authoring.saveDraft(version, 2, typoFixed, null))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("rubrics.error.notDraft");
        assertThatThrownBy(() -> authoring.discard(version))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("rubrics.error.notDraft");
        // Even a caller that skips the service's check is refused by the statement itself.
        var row = new RubricWriter.VersionRow(version, rubrics.version(version).rubricId(), 1, VersionStatus.DRAFT, 2);
        assertThatThrownBy(() -> transactions.executeWithoutResult(tx -> writer.replaceDraft(row, typoFixed, null)))
                .isInstanceOf(OptimisticLockingFailureException.class);
        assertThat(rubrics.version(version).sections()).hasSize(3);
    }

    @Test
    void editingAPublishedVersionStartsTheNextVersionAsACopyAndOnlyOneDraftAtATime() {
        long v1 = draftWith("Authoring: next version", valid());
        authoring.publish(v1, 1);

        long v2 = authoring.startDraft(v1);

        RubricVersion draft = rubrics.version(v2);
        assertThat(draft.number()).isEqualTo(2);
        assertThat(draft.status()).isEqualTo(VersionStatus.DRAFT);
        assertThat(draft.content()).isEqualTo(rubrics.version(v1).content());
        assertThatThrownBy(() -> authoring.startDraft(v1))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("rubrics.error.draftExists");

        RubricContent changed = valid().withSections(List.of(valid().sections().get(0),
                new RubricSection("1", "Calls", "Listen in", new BigDecimal("80"), FIVE,
                        List.of(scored("1.1", "2"), scored("1.3", "1"))),
                new RubricSection("2", "People", null, new BigDecimal("20"), FIVE, List.of(scored("2.1", "1")))));
        authoring.saveDraft(v2, 0, changed, "Hold handling folded into wrap-up");
        authoring.publish(v2, 1);

        assertThat(rubrics.history(draft.rubricId())).extracting(v -> v.number() + " " + v.status())
                .containsExactly("2 PUBLISHED", "1 PUBLISHED");
        assertThat(rubrics.diff(v1, v2)).extracting(c -> c.kind() + " " + c.target() + " " + c.code())
                .containsExactly("CHANGED SECTION 1", "CHANGED CRITERION 1.1", "ADDED CRITERION 1.3",
                        "CHANGED SECTION 2", "CHANGED CRITERION 2.1", "REMOVED CRITERION 1.2");
        assertThat(rubrics.version(v1).sections().get(1).weight()).as("version 1 untouched")
                .isEqualByComparingTo("70");
    }

    @Test
    void sectionWeightsMustSumTo100BeforePublishing() {
        RubricContent ninety = valid().withSections(List.of(valid().sections().get(1),
                new RubricSection("2", "People", null, new BigDecimal("20"), FIVE, List.of(scored("2.1", "1")))));
        long draft = draftWith("Authoring: weights", ninety);

        assertThatThrownBy(() -> authoring.publish(draft, 1))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("rubrics.error.notPublishable");
        assertThat(rubrics.version(draft).status()).isEqualTo(VersionStatus.DRAFT);
        assertThat(RubricRules.publishable(rubrics.version(draft).content())).singleElement()
                .satisfies(problem -> assertThat(problem.args()).containsExactly("90"));
    }

    @Test
    void gatesCarryNoWeightAndNeedAPassConditionNaIsStoredPerCriterion() {
        long draft = authoring.create(new NewRubric("Authoring: gates", RubricPurpose.SHADOW_VISIT, null));
        Criterion weightedGate = new Criterion("G1", "Licences", null, BigDecimal.TEN, 1, 5, false, true, "ok",
                List.of());
        RubricContent withWeightedGate = valid().withSections(List.of(
                new RubricSection("G", "Gates", null, null, List.of(), List.of(weightedGate))));

        assertThatThrownBy(() -> authoring.saveDraft(draft, 0, withWeightedGate, null))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("rubrics.rule.gateWeight");

        Criterion openGate = new Criterion("G1", "Licences", null, null, 1, 5, false, true, "", List.of());
        Criterion noNa = new Criterion("1.1", "Greeting", null, BigDecimal.ONE, 1, 5, false, false, null, List.of());
        RubricContent content = valid().withSections(List.of(
                new RubricSection("G", "Gates", null, null, List.of(), List.of(openGate)),
                new RubricSection("1", "Calls", null, new BigDecimal("100"), FIVE, List.of(noNa))));
        authoring.saveDraft(draft, 0, content, null);

        assertThat(rubrics.version(draft).sections().get(1).criteria().getFirst().naAllowed()).isFalse();
        assertThatThrownBy(() -> authoring.publish(draft, 1)).isInstanceOf(RuleViolation.class);
        assertThat(RubricRules.publishable(rubrics.version(draft).content()))
                .extracting(RubricProblem::key).containsExactly("rubrics.rule.passCondition");
    }

    @Test
    void twoEditorsOfOneDraftCannotOverwriteEachOtherUnseen() {
        long draft = draftWith("Authoring: two tabs", valid());

        assertThatThrownBy(() -> authoring.saveDraft(draft, 0, valid(), "stale tab"))
                .isInstanceOf(OptimisticLockingFailureException.class);
        assertThat(authoring.saveDraft(draft, 1, valid(), "fresh tab")).isEqualTo(2);
    }

    @Test
    void anExportedVersionImportsBackAsANewRubricWithTheSameContent() {
        RubricSummary shipped = rubrics.library().stream().filter(r -> r.purpose() == RubricPurpose.SHADOW_VISIT
                && r.shipped()).findFirst().orElseThrow();
        RubricVersion original = rubrics.version(shipped.latestPublishedVersionId());

        long imported = authoring.importAsNew(new NewRubric("Authoring: imported visit rubric",
                RubricPurpose.SHADOW_VISIT, null), RubricCsv.export(original));

        assertThat(rubrics.version(imported).sections()).isEqualTo(original.sections());
        assertThat(RubricCsv.export(rubrics.version(imported))).isEqualTo(RubricCsv.export(original));
    }

    @Test
    void aMalformedImportWritesNothingAndNamesEveryBadLine() {
        int before = rubrics.library().size();
        byte[] csv = ("section_code,section_title,section_guidance,section_weight,criterion_code,criterion_title,"
                + "criterion_guidance,criterion_weight,scale_min,scale_max,na_allowed,gate,pass_condition\n"
                + "1,Calls,,100,1.1,Greeting,,1,1,5,true,false,\n"
                + "1,Calls,,100,1.1,Greeting again,,1,1,5,true,false,\n"
                + "1,Calls,,100,1.2,Hold,,lots,1,5,true,false,\n").getBytes(StandardCharsets.UTF_8);

        ImportRefused refused = catchThrowableOfType(ImportRefused.class, () -> authoring.importAsNew(
                new NewRubric("Authoring: never written", RubricPurpose.SHADOW_VISIT, null), csv));

        assertThat(refused.problems()).extracting(p -> p.line() + " " + p.key())
                .containsExactly("3 rubrics.import.criterionTwice", "4 import.notANumber");
        assertThat(rubrics.library()).hasSize(before);
    }

    @Test
    void importingIntoADraftReplacesItsSectionsAndKeepsItsSettings() {
        long draft = draftWith("Authoring: import into draft", valid());
        byte[] csv = ("section_code,section_title,section_guidance,section_weight,criterion_code,criterion_title,"
                + "criterion_guidance,criterion_weight,scale_min,scale_max,na_allowed,gate,pass_condition\n"
                + "9,Only section,,100,9.1,Only criterion,,1,1,5,true,false,\n").getBytes(StandardCharsets.UTF_8);

        authoring.importIntoDraft(draft, 1, csv);

        RubricVersion after = rubrics.version(draft);
        assertThat(after.sections()).extracting(RubricSection::code).containsExactly("9");
        assertThat(after.scaleGuidance()).isEqualTo("Score what you see");
        assertThat(after.revision()).isEqualTo(2);
    }

    @Test
    void aDiscardedFirstDraftTakesItsRubricWithIt() {
        long draft = authoring.create(new NewRubric("Authoring: thrown away", RubricPurpose.RECOMMENDATION, null));

        authoring.discard(draft);

        assertThat(rubrics.library()).extracting(RubricSummary::name).doesNotContain("Authoring: thrown away");
    }

    @Test
    @WithUserDetails(value = TestAccounts.EVALUATOR, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void evaluatorsReadRubricsButCannotMakeOrChangeThem() {
        assertThat(rubrics.library()).isNotEmpty();
        assertThatThrownBy(() -> authoring.create(new NewRubric("Authoring: not mine", RubricPurpose.SHADOW_VISIT,
                null))).isInstanceOf(AuthorizationDeniedException.class);
        long shipped = rubrics.library().getFirst().latestPublishedVersionId();
        assertThatThrownBy(() -> authoring.startDraft(shipped)).isInstanceOf(AuthorizationDeniedException.class);
    }

    @Test
    void aVersionAnEvaluationUsesCannotBeChangedDiscardedOrDeleted() {
        long version = draftWith("Authoring: in use", valid());
        authoring.publish(version, 1);
        var defaults = evaluations.newDraft();
        evaluations.create(new io.floorcheck.evaluation.EvaluationDraft("Uses the authoring rubric", null, null,
                version, defaults.recommendationRubricId(), defaults.sessionRubricId(),
                io.floorcheck.evaluation.Weights.DEFAULT));

        assertThat(rubrics.library()).filteredOn(r -> r.name().equals("Authoring: in use")).singleElement()
                .satisfies(r -> assertThat(r.evaluations()).isEqualTo(1));
        assertThatThrownBy(() -> authoring.saveDraft(version, 2, valid(), "sneaky fix"))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("rubrics.error.notDraft");
        assertThatThrownBy(() -> authoring.discard(version))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("rubrics.error.notDraft");
        // The database itself refuses to delete a version an evaluation refers to.
        assertThatThrownBy(() -> transactions.executeWithoutResult(tx -> dsl.deleteFrom(
                io.floorcheck.db.Tables.RUBRIC_VERSION).where(io.floorcheck.db.Tables.RUBRIC_VERSION.ID.eq(version))
                .execute())).hasMessageContaining("foreign key constraint");
        assertThat(rubrics.version(version).sections()).extracting(RubricSection::code).containsExactly("G", "1", "2");
    }

    @Test
    void draftsAreTheirAuthorsAnEvaluatorReadsOnlyPublishedVersions() {
        long unpublished = draftWith("Authoring: not for evaluators yet " + System.nanoTime(), valid());
        long unpublishedRubric = rubrics.version(unpublished).rubricId();
        long first = draftWith("Authoring: second version in the works " + System.nanoTime(), valid());
        authoring.publish(first, 1);
        long rubricId = rubrics.version(first).rubricId();
        long nextDraft = authoring.startDraft(first);

        accounts.as(TestAccounts.EVALUATOR, () -> {
            assertThatThrownBy(() -> rubrics.version(unpublished)).isInstanceOf(RuleViolation.class)
                    .hasMessageContaining("rubrics.error.versionNotFound");
            assertThatThrownBy(() -> rubrics.version(nextDraft)).isInstanceOf(RuleViolation.class);
            assertThat(rubrics.library()).extracting(RubricSummary::id).doesNotContain(unpublishedRubric)
                    .contains(rubricId);
            assertThat(rubrics.library()).allSatisfy(summary -> assertThat(summary.draftVersionId()).isNull());
            assertThat(rubrics.history(rubricId)).extracting(VersionSummary::id).containsExactly(first);
            assertThat(rubrics.version(first).status()).isEqualTo(VersionStatus.PUBLISHED);
        });
        assertThat(rubrics.version(nextDraft).status()).as("the author still reads it").isEqualTo(VersionStatus.DRAFT);
        assertThat(rubrics.history(rubricId)).hasSize(2);
    }

    @Test
    void rubricTextsAreCleanedAndLimited() {
        long draft = draftWith("Authoring: texts " + System.nanoTime(), valid());
        RubricContent messy = valid().withSections(valid().sections().stream().map(section -> new RubricSection(
                section.code(), section.title() + "\u202E", section.guidance(), section.weight(), section.levels(),
                section.criteria())).toList());
        authoring.saveDraft(draft, 1, messy, null);
        assertThat(rubrics.version(draft).sections()).extracting(RubricSection::title)
                .containsExactly("Gates", "Calls", "People");

        RubricContent huge = new RubricContent("x".repeat(RubricRules.TEXT_LENGTH + 1),
                RubricContent.DEFAULT_EVIDENCE_RULE, valid().sections());
        assertThatThrownBy(() -> authoring.saveDraft(draft, 2, huge, null)).isInstanceOf(RuleViolation.class)
                .hasMessageContaining("rubrics.rule.textLength");
        authoring.discard(draft);
    }
}
