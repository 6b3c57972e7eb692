package io.floorcheck.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import io.floorcheck.audit.AuditEvent;
import io.floorcheck.audit.internal.AuditRepository;
import io.floorcheck.base.RuleViolation;
import io.floorcheck.rubric.NewRubric;
import io.floorcheck.rubric.RubricAuthoring;
import io.floorcheck.rubric.RubricPurpose;
import io.floorcheck.rubric.RubricService;
import io.floorcheck.rubric.RubricSummary;
import io.floorcheck.testsupport.FloorcheckSpringTest;
import io.floorcheck.testsupport.TestAccounts;
import io.floorcheck.vendor.VendorFilter;
import io.floorcheck.vendor.VendorService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;

/** The status machine, frozen settings, the conflict-of-interest gate and visibility, on MariaDB. */
@FloorcheckSpringTest
class EvaluationServiceTest {

    @Autowired TestAccounts accounts;
    @Autowired EvaluationService evaluations;
    @Autowired VendorService vendors;
    @Autowired RubricService rubrics;
    @Autowired RubricAuthoring authoring;
    @Autowired AuditRepository audit;
    EvaluationFixture fixture;

    @BeforeEach
    void fixture() {
        fixture = new EvaluationFixture(accounts, evaluations, vendors);
    }

    private <T> T asLead(java.util.function.Supplier<T> work) {
        return accounts.as(EvaluationFixture.LEAD, work);
    }

    private int version(long id) {
        return asLead(() -> evaluations.evaluation(id).version());
    }

    private static void refused(Runnable call, String key) {
        assertThatThrownBy(call::run).isInstanceOf(RuleViolation.class).hasMessageContaining(key);
    }

    @Test
    void theStatusMovesOneStepAtATimeAndStepsBackOnlyWithAReason() {
        long vendor = fixture.vendor("Status BPO");
        long id = asLead(() -> {
            var draft = evaluations.newDraft();
            return evaluations.create(new EvaluationDraft("Status machine", null, null, draft.visitRubricId(),
                    draft.recommendationRubricId(), draft.sessionRubricId(), Weights.DEFAULT));
        });
        accounts.as(EvaluationFixture.LEAD, () -> {
            refused(() -> evaluations.advance(id, version(id)), "evaluations.error.noCandidates");
            evaluations.setCandidates(id, List.of(vendor));
            refused(() -> evaluations.advance(id, version(id)), "evaluations.error.noEvaluators");
            refused(() -> evaluations.reopen(id, version(id), "why not"), "evaluations.error.notReopenable");
            evaluations.putMember(id, fixture.evaluatorA, MemberRole.EVALUATOR);

            assertThat(evaluations.advance(id, version(id))).isEqualTo(EvaluationStatus.OPEN);
            refused(() -> evaluations.reopen(id, version(id), "too early"), "evaluations.error.notReopenable");
            assertThat(evaluations.advance(id, version(id))).isEqualTo(EvaluationStatus.CONSENSUS);
            assertThat(evaluations.advance(id, version(id))).isEqualTo(EvaluationStatus.LOCKED);
            refused(() -> evaluations.advance(id, version(id)), "evaluations.error.final");
            refused(() -> evaluations.reopen(id, version(id), "  "), "evaluations.error.reasonMissing");
            int stale = version(id);
            assertThat(evaluations.reopen(id, stale, "Vendor B's site visit notes arrived late"))
                    .isEqualTo(EvaluationStatus.CONSENSUS);
            assertThatThrownBy(() -> evaluations.advance(id, stale))
                    .isInstanceOf(OptimisticLockingFailureException.class);
            assertThat(evaluations.reopen(id, version(id), "Re-score site 2")).isEqualTo(EvaluationStatus.OPEN);
        });
        assertThat(audit.forEntity(EvaluationService.ENTITY, String.valueOf(id)))
                .filteredOn(e -> e.action().equals("EVALUATION_REOPENED"))
                .extracting(AuditEvent::oldValue, AuditEvent::newValue, AuditEvent::reason)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("LOCKED", "CONSENSUS",
                                "Vendor B's site visit notes arrived late"),
                        org.assertj.core.groups.Tuple.tuple("CONSENSUS", "OPEN", "Re-score site 2"));
    }

    @Test
    void rubricsAndWeightsAreFrozenOnceOpenCandidatesCanOnlyBeAdded() {
        long first = fixture.vendor("Frozen One");
        long second = fixture.vendor("Frozen Two");
        var setup = fixture.open("Frozen settings", first);
        accounts.as(EvaluationFixture.LEAD, () -> {
            Evaluation open = evaluations.evaluation(setup.id());
            EvaluationDraft details = open.toDraft();
            Weights other = new Weights(new BigDecimal("50"), new BigDecimal("50"), new BigDecimal("0.7"),
                    new BigDecimal("0.3"));
            refused(() -> evaluations.update(setup.id(), open.version(), new EvaluationDraft(details.name(),
                    details.scope(), details.decisionDate(), details.visitRubricId(), details.recommendationRubricId(),
                    details.sessionRubricId(), other)), "evaluations.error.frozen");

            int renamed = evaluations.update(setup.id(), open.version(), new EvaluationDraft("Frozen settings, renamed",
                    details.scope(), java.time.LocalDate.of(2027, 3, 31), details.visitRubricId(),
                    details.recommendationRubricId(), details.sessionRubricId(), details.weights()));
            assertThat(renamed).isEqualTo(open.version() + 1);

            evaluations.setCandidates(setup.id(), List.of(first, second));
            refused(() -> evaluations.setCandidates(setup.id(), List.of(second)), "evaluations.error.candidateRemoval");
            assertThat(evaluations.evaluation(setup.id()).candidates()).extracting(Candidate::id)
                    .containsExactlyInAnyOrder(first, second);
        });
    }

    @Test
    void weightsAndRubricsAreCheckedWhenAnEvaluationIsSetUp() {
        accounts.as(EvaluationFixture.LEAD, () -> {
            var draft = evaluations.newDraft();
            Consumer<Weights> create = weights -> evaluations.create(new EvaluationDraft("Weights", null, null,
                    draft.visitRubricId(), draft.recommendationRubricId(), draft.sessionRubricId(), weights));
            refused(() -> create.accept(new Weights(new BigDecimal("70"), new BigDecimal("40"),
                    new BigDecimal("0.7"), new BigDecimal("0.3"))), "evaluations.weights.partsSum");
            refused(() -> create.accept(new Weights(new BigDecimal("60"), new BigDecimal("40"),
                    new BigDecimal("0.7"), new BigDecimal("0.4"))), "evaluations.weights.sharesSum");
            long unpublished = authoring.create(new NewRubric("Evaluation test draft rubric",
                    RubricPurpose.SHADOW_VISIT, null));
            refused(() -> evaluations.create(new EvaluationDraft("Draft rubric", null, null, unpublished,
                    draft.recommendationRubricId(), draft.sessionRubricId(), Weights.DEFAULT)),
                    "evaluations.error.rubric");
            refused(() -> evaluations.create(new EvaluationDraft("Wrong purpose", null, null,
                    draft.recommendationRubricId(), draft.recommendationRubricId(), draft.sessionRubricId(),
                    Weights.DEFAULT)), "evaluations.error.rubric");
        });
    }

    @Test
    void scoringNeedsADeclarationIsRefusedWithAConflictAndAllowedAfterMitigation() {
        long clean = fixture.vendor("Clean BPO");
        long related = fixture.vendor("Related BPO");
        var setup = fixture.draft("Conflict gate", clean, related);
        accounts.as(EvaluationFixture.EVALUATOR_A, () -> {
            evaluations.declare(setup.id(), clean, false, null);
            refused(() -> evaluations.requireMayScore(setup.id(), clean), "evaluations.error.notOpen");
        });
        asLead(() -> evaluations.advance(setup.id(), version(setup.id())));
        accounts.as(EvaluationFixture.EVALUATOR_A, () -> {
            assertThatCode(() -> evaluations.requireMayScore(setup.id(), clean)).doesNotThrowAnyException();
            refused(() -> evaluations.requireMayScore(setup.id(), related), "evaluations.error.declareFirst");
            refused(() -> evaluations.declare(setup.id(), related, true, " "), "evaluations.error.conflictDescription");
            evaluations.declare(setup.id(), related, true, "My brother-in-law is their site director in Cebu");
            refused(() -> evaluations.requireMayScore(setup.id(), related), "evaluations.error.conflicted");
            assertThat(evaluations.mayReadOthersScores(setup.id(), related, true)).as("excluded: blind until consensus")
                    .isFalse();
        });
        accounts.as(EvaluationFixture.READER, () -> refused(() -> evaluations.declare(setup.id(), clean, false, null),
                "evaluations.error.notEvaluator"));
        asLead(() -> {
            refused(() -> evaluations.mitigate(setup.id(), fixture.evaluatorA, clean, 0, "No conflict to mitigate"),
                    "evaluations.error.noConflict");
            int read = evaluations.evaluation(setup.id()).declaration(fixture.evaluatorA, related).orElseThrow()
                    .version();
            assertThatThrownBy(() -> evaluations.mitigate(setup.id(), fixture.evaluatorA, related, read - 1,
                    "A stale page")).isInstanceOf(OptimisticLockingFailureException.class);
            evaluations.mitigate(setup.id(), fixture.evaluatorA, related, read,
                    "Relative works at another site; steering committee agreed");
            return null;
        });
        accounts.as(EvaluationFixture.EVALUATOR_A, () ->
                assertThatCode(() -> evaluations.requireMayScore(setup.id(), related)).doesNotThrowAnyException());
        Evaluation record = asLead(() -> evaluations.evaluation(setup.id()));
        assertThat(record.declaration(fixture.evaluatorA, related).orElseThrow()).satisfies(d -> {
            assertThat(d.conflict()).isTrue();
            assertThat(d.mitigationReason()).contains("steering committee");
            assertThat(d.mitigatedBy()).isEqualTo("Test Procurement");
            assertThat(d.declaredAt()).isNotNull();
        });
        assertThat(audit.forEntity(EvaluationService.ENTITY, String.valueOf(setup.id())))
                .extracting(AuditEvent::action).contains("COI_DECLARED", "COI_MITIGATED");
    }

    @Test
    void aMemberOfOneEvaluationIsRefusedEveryReadAndWriteOfAnother() {
        long vendorA = fixture.vendor("Visible BPO");
        long vendorB = fixture.vendor("Hidden BPO");
        var mine = fixture.open("Mine", vendorA);
        var theirs = accounts.as(EvaluationFixture.LEAD, () -> {
            var draft = evaluations.newDraft();
            long id = evaluations.create(new EvaluationDraft("Theirs", null, null, draft.visitRubricId(),
                    draft.recommendationRubricId(), draft.sessionRubricId(), Weights.DEFAULT));
            evaluations.setCandidates(id, List.of(vendorB));
            evaluations.putMember(id, fixture.evaluatorB, MemberRole.EVALUATOR);
            return id;
        });
        int version = version(theirs);
        EvaluationDraft details = asLead(() -> evaluations.evaluation(theirs).toDraft());

        Map<String, Runnable> calls = new java.util.LinkedHashMap<>();
        calls.put("evaluation", () -> evaluations.evaluation(theirs));
        calls.put("update", () -> evaluations.update(theirs, version, details));
        calls.put("setCandidates", () -> evaluations.setCandidates(theirs, List.of(vendorB)));
        calls.put("putMember", () -> evaluations.putMember(theirs, fixture.evaluatorA, MemberRole.EVALUATOR));
        calls.put("removeMember", () -> evaluations.removeMember(theirs, fixture.evaluatorB));
        calls.put("advance", () -> evaluations.advance(theirs, version));
        calls.put("reopen", () -> evaluations.reopen(theirs, version, "curious"));
        calls.put("declare", () -> evaluations.declare(theirs, vendorB, false, null));
        calls.put("mitigate", () -> evaluations.mitigate(theirs, fixture.evaluatorB, vendorB, 0, "curious"));
        calls.put("requireMayScore", () -> evaluations.requireMayScore(theirs, vendorB));
        calls.put("mayReadOthersScores", () -> evaluations.mayReadOthersScores(theirs, vendorB, true));
        calls.put("create", () -> evaluations.create(details));
        calls.put("rubricChoices", () -> evaluations.rubricChoices(RubricPurpose.SHADOW_VISIT));
        calls.put("vendorChoices", () -> evaluations.vendorChoices());
        calls.put("people", () -> evaluations.people());
        calls.put("newDraft", () -> evaluations.newDraft());
        calls.put("vendors.cards", () -> vendors.cards(List.of(vendorB)));
        calls.put("vendors.search", () -> vendors.search(VendorFilter.NONE, 0, 10, List.of()));
        calls.put("vendors.count", () -> vendors.count(VendorFilter.NONE));
        calls.put("vendors.vendor", () -> vendors.vendor(vendorB));
        calls.put("vendors.create", () -> vendors.create(null));
        calls.put("vendors.update", () -> vendors.update(vendorB, 0, null));
        calls.put("vendors.importCsv", () -> vendors.importCsv(new byte[0]));

        java.time.Instant before = java.time.Instant.now().minusSeconds(1);
        accounts.as(EvaluationFixture.EVALUATOR_A, () -> {
            calls.forEach((name, call) -> assertThatThrownBy(call::run).as(name)
                    .isInstanceOf(AccessDeniedException.class));
            assertThat(audit.countSince(EvaluationFixture.EVALUATOR_A, "ACCESS_DENIED", before))
                    .as("every refusal is in the audit trail, also those inside a rolled-back transaction")
                    .isEqualTo(calls.size());
            assertThat(evaluations.visible()).extracting(EvaluationSummary::id).contains(mine.id())
                    .doesNotContain(theirs);
            assertThat(evaluations.attention()).extracting(Attention::evaluationId).doesNotContain(theirs);
            assertThat(vendors.cards(List.of(vendorA))).as("candidates of their own evaluation").hasSize(1);
            assertThat(evaluations.evaluation(mine.id()).candidates()).extracting(Candidate::id)
                    .containsExactly(vendorA);
        });
        String outsider = "outside.procurement@example.com";
        accounts.ensure(outsider, "Olga Outside", "PROCUREMENT");
        accounts.as(outsider, () -> {
            assertThatThrownBy(() -> evaluations.evaluation(theirs)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> evaluations.advance(theirs, version)).isInstanceOf(AccessDeniedException.class);
            assertThat(evaluations.visible()).extracting(EvaluationSummary::id).doesNotContain(theirs, mine.id());
        });
        accounts.as(TestAccounts.ADMIN, () -> assertThat(evaluations.visible()).extracting(EvaluationSummary::id)
                .contains(theirs, mine.id()));
    }

    @Test
    void anEvaluatorIsAskedToDeclareAndTheLibraryCountsTheRubricsInUse() {
        long vendor = fixture.vendor("Attention BPO");
        var setup = fixture.open("Attention", vendor);

        List<Attention> waiting = accounts.as(EvaluationFixture.EVALUATOR_A, () -> evaluations.attention());

        assertThat(waiting).filteredOn(a -> a.evaluationId() == setup.id()).singleElement().satisfies(item -> {
            assertThat(item.kind()).isEqualTo(Attention.Kind.DECLARE_CONFLICTS);
            assertThat(item.count()).isEqualTo(1);
        });
        List<RubricSummary> library = accounts.as(EvaluationFixture.EVALUATOR_A, () -> rubrics.library());
        assertThat(library).filteredOn(RubricSummary::shipped).allSatisfy(r -> assertThat(r.evaluations()).isPositive());
    }

    @Test
    void nobodyAllowsTheirOwnConflictNotEvenAnAdministratorWhoScores() {
        String adminEvaluator = "admin.evaluator@example.com";
        long self = accounts.ensure(adminEvaluator, "Avery Admin", "ADMIN", "EVALUATOR");
        long vendor = fixture.vendor("Own Conflict BPO");
        var setup = fixture.open("Own conflict", vendor);
        asLead(() -> {
            evaluations.putMember(setup.id(), self, MemberRole.EVALUATOR);
            return null;
        });
        accounts.as(adminEvaluator, () -> {
            evaluations.declare(setup.id(), vendor, true, "Former employer");
            int read = evaluations.evaluation(setup.id()).declaration(self, vendor).orElseThrow().version();
            refused(() -> evaluations.mitigate(setup.id(), self, vendor, read, "I am sure it is fine"),
                    "evaluations.error.ownConflict");
            refused(() -> evaluations.requireMayScore(setup.id(), vendor), "evaluations.error.conflicted");
        });
    }
}
