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
    void contributingNeedsADeclarationAndAConflictWaitsForTheLeadWhoDecidesEitherWay() {
        long clean = fixture.vendor("Clean BPO");
        long related = fixture.vendor("Related BPO");
        var setup = fixture.draft("Conflict gate", clean, related);
        accounts.as(EvaluationFixture.EVALUATOR_A, () -> {
            evaluations.declare(setup.id(), clean, false, null);
            refused(() -> evaluations.requireMayContribute(setup.id(), clean), "evaluations.error.notOpen");
        });
        asLead(() -> evaluations.advance(setup.id(), version(setup.id())));
        accounts.as(EvaluationFixture.EVALUATOR_A, () -> {
            assertThatCode(() -> evaluations.requireMayContribute(setup.id(), clean)).doesNotThrowAnyException();
            refused(() -> evaluations.requireMayContribute(setup.id(), related), "evaluations.error.declareFirst");
            assertThat(evaluations.contributionGate(setup.id(), related)).hasValueSatisfying(gate -> {
                assertThat(gate.aboutDeclaration()).isTrue();
                assertThat(gate.declarationPath()).isEqualTo("evaluations/view/" + setup.id() + "?declare=" + related);
            });
            refused(() -> evaluations.declare(setup.id(), related, true, " \u200B"),
                    "evaluations.error.conflictDescription");
            refused(() -> evaluations.declare(setup.id(), related, true, "x".repeat(CoiDeclaration.DESCRIPTION_LENGTH + 1)),
                    "evaluations.error.conflictDescriptionLength");
            evaluations.declare(setup.id(), related, true, "My brother-in-law is their site director in Cebu");
            refused(() -> evaluations.requireMayContribute(setup.id(), related), "evaluations.error.conflictPending");
            assertThat(evaluations.mayReadOthersScores(setup.id(), related)).as("waiting: blind until consensus")
                    .isFalse();
        });
        assertThat(asLead(() -> evaluations.attention())).filteredOn(a -> a.evaluationId() == setup.id())
                .extracting(Attention::kind).contains(Attention.Kind.REVIEW_CONFLICTS);
        accounts.as(EvaluationFixture.READER, () -> refused(() -> evaluations.declare(setup.id(), clean, false, null),
                "evaluations.error.notEvaluator"));
        asLead(() -> {
            refused(() -> evaluations.decide(setup.id(), fixture.evaluatorA, clean, 0, CoiDecision.ALLOW,
                    "No conflict to decide"), "evaluations.error.nothingToDecide");
            int read = evaluations.evaluation(setup.id()).declaration(fixture.evaluatorA, related).orElseThrow()
                    .version();
            refused(() -> evaluations.decide(setup.id(), fixture.evaluatorA, related, read, CoiDecision.ALLOW, " "),
                    "evaluations.error.reasonMissing");
            assertThatThrownBy(() -> evaluations.decide(setup.id(), fixture.evaluatorA, related, read - 1,
                    CoiDecision.ALLOW, "A stale page")).isInstanceOf(OptimisticLockingFailureException.class);
            evaluations.decide(setup.id(), fixture.evaluatorA, related, read, CoiDecision.ALLOW,
                    "Relative works at another site; steering committee agreed");
            return null;
        });
        accounts.as(EvaluationFixture.EVALUATOR_A, () ->
                assertThatCode(() -> evaluations.requireMayContribute(setup.id(), related)).doesNotThrowAnyException());
        Evaluation record = asLead(() -> evaluations.evaluation(setup.id()));
        assertThat(record.declaration(fixture.evaluatorA, related).orElseThrow()).satisfies(d -> {
            assertThat(d.conflict()).isTrue();
            assertThat(d.review()).isEqualTo(CoiReview.ALLOWED);
            assertThat(d.decisionReason()).contains("steering committee");
            assertThat(d.decidedBy()).isEqualTo("Test Procurement");
            assertThat(d.declaredAt()).isNotNull();
        });
        assertThat(asLead(() -> evaluations.attention())).filteredOn(a -> a.evaluationId() == setup.id())
                .extracting(Attention::kind).doesNotContain(Attention.Kind.REVIEW_CONFLICTS);

        // After the decision the evaluator cannot switch silently: "no conflict" goes back to the lead.
        accounts.as(EvaluationFixture.EVALUATOR_A, () -> {
            evaluations.declare(setup.id(), related, false, null);
            refused(() -> evaluations.requireMayContribute(setup.id(), related), "evaluations.error.conflictPending");
        });
        asLead(() -> {
            CoiDeclaration changed = evaluations.evaluation(setup.id()).declaration(fixture.evaluatorA, related)
                    .orElseThrow();
            assertThat(changed.review()).isEqualTo(CoiReview.PENDING);
            assertThat(changed.decisionReason()).isNull();
            evaluations.decide(setup.id(), fixture.evaluatorA, related, changed.version(), CoiDecision.EXCLUDE,
                    "A conflict declared and withdrawn the next day: keep them off this vendor");
            return null;
        });
        accounts.as(EvaluationFixture.EVALUATOR_A, () -> {
            refused(() -> evaluations.requireMayContribute(setup.id(), related), "evaluations.error.conflicted");
            // Declaring the same again changes nothing and asks the lead nothing.
            evaluations.declare(setup.id(), related, false, null);
            refused(() -> evaluations.requireMayContribute(setup.id(), related), "evaluations.error.conflicted");
        });
        assertThat(asLead(() -> evaluations.attention())).filteredOn(a -> a.evaluationId() == setup.id())
                .extracting(Attention::kind).as("an excluded evaluator is decided, not waiting")
                .doesNotContain(Attention.Kind.REVIEW_CONFLICTS);
        assertThat(audit.forEntity(EvaluationService.ENTITY, String.valueOf(setup.id())))
                .extracting(AuditEvent::action).contains("COI_DECLARED", "COI_ALLOWED", "COI_EXCLUDED")
                .filteredOn("COI_EXCLUDED"::equals).hasSize(1);
        assertThat(audit.forEntity(EvaluationService.ENTITY, String.valueOf(setup.id())))
                .allSatisfy(event -> assertThat(event.evaluationId()).isEqualTo(setup.id()));
    }

    @Test
    void anAdministratorChangesNothingInAnEvaluationButHandsItToANewLeadWithAReason() {
        long vendor = fixture.vendor("Hand-over BPO");
        var setup = fixture.open("Hand-over", vendor);
        String successor = "successor.procurement@example.com";
        long successorId = accounts.ensure(successor, "Sam Successor", "PROCUREMENT");
        long procurement = accounts.ensure(EvaluationFixture.LEAD, "Test Procurement", "PROCUREMENT");
        asLead(() -> {
            evaluations.putMember(setup.id(), successorId, MemberRole.READER);
            return null;
        });
        int version = version(setup.id());
        EvaluationDraft details = asLead(() -> evaluations.evaluation(setup.id()).toDraft());
        accounts.as(TestAccounts.ADMIN, () -> {
            assertThat(evaluations.evaluation(setup.id()).myRole()).as("reads it, outside the team").isNull();
            Map<String, Runnable> changes = new java.util.LinkedHashMap<>();
            changes.put("update", () -> evaluations.update(setup.id(), version, details));
            changes.put("setCandidates", () -> evaluations.setCandidates(setup.id(), List.of(vendor)));
            changes.put("putMember", () -> evaluations.putMember(setup.id(), fixture.evaluatorB, MemberRole.EVALUATOR));
            changes.put("removeMember", () -> evaluations.removeMember(setup.id(), fixture.reader));
            changes.put("advance", () -> evaluations.advance(setup.id(), version));
            changes.put("openCards", () -> evaluations.openCards(setup.id()));
            changes.put("decide", () -> evaluations.decide(setup.id(), fixture.evaluatorA, vendor, 0,
                    CoiDecision.ALLOW, "admin"));
            changes.put("record", () -> evaluations.record(setup.id(), RecordFilter.all(java.time.ZoneOffset.UTC), 0, 10));
            changes.forEach((name, call) -> assertThatThrownBy(call::run).as(name)
                    .isInstanceOf(AccessDeniedException.class));
            refused(() -> evaluations.handOver(setup.id(), successorId, " "), "evaluations.error.reasonMissing");
            refused(() -> evaluations.handOver(setup.id(), fixture.evaluatorA, "An evaluator"),
                    "evaluations.error.leadRole");
            evaluations.handOver(setup.id(), successorId, "Priya left the company on 30 November");
        });
        accounts.as(EvaluationFixture.LEAD, () -> {
            assertThat(evaluations.evaluation(setup.id()).myRole()).isEqualTo(MemberRole.READER);
            assertThatThrownBy(() -> evaluations.advance(setup.id(), version)).isInstanceOf(AccessDeniedException.class);
        });
        accounts.as(successor, () -> {
            assertThat(evaluations.evaluation(setup.id()).myRole()).isEqualTo(MemberRole.LEAD);
            assertThat(evaluations.advance(setup.id(), version)).isEqualTo(EvaluationStatus.CONSENSUS);
            assertThatThrownBy(() -> evaluations.handOver(setup.id(), procurement, "Back"))
                    .as("only an administrator hands over").isInstanceOf(AccessDeniedException.class);
        });
        assertThat(audit.forEntity(EvaluationService.ENTITY, String.valueOf(setup.id())))
                .filteredOn(e -> e.action().equals("EVALUATION_LEAD_HANDED_OVER")).singleElement().satisfies(e -> {
                    assertThat(e.actor()).isEqualTo(TestAccounts.ADMIN);
                    assertThat(e.oldValue()).contains("Test Procurement");
                    assertThat(e.newValue()).contains("Sam Successor");
                    assertThat(e.reason()).isEqualTo("Priya left the company on 30 November");
                });
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
        calls.put("decide", () -> evaluations.decide(theirs, fixture.evaluatorB, vendorB, 0, CoiDecision.ALLOW,
                "curious"));
        calls.put("requireMayContribute", () -> evaluations.requireMayContribute(theirs, vendorB));
        calls.put("contributionGate", () -> evaluations.contributionGate(theirs, vendorB));
        calls.put("mayReadOthersScores", () -> evaluations.mayReadOthersScores(theirs, vendorB));
        calls.put("unblinded", () -> evaluations.unblinded(theirs, vendorB));
        calls.put("recordSeen", () -> evaluations.recordSeen(theirs, vendorB));
        calls.put("record", () -> evaluations.record(theirs, RecordFilter.all(java.time.ZoneOffset.UTC), 0, 10));
        calls.put("recordCount", () -> evaluations.recordCount(theirs, RecordFilter.all(java.time.ZoneOffset.UTC)));
        calls.put("recordCsv", () -> evaluations.recordCsv(theirs, RecordFilter.all(java.time.ZoneOffset.UTC)));
        calls.put("recordPeople", () -> evaluations.recordPeople(theirs));
        calls.put("openCards", () -> evaluations.openCards(theirs));
        calls.put("handOver", () -> evaluations.handOver(theirs, fixture.evaluatorA, "curious"));
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
    void nobodyDecidesAboutTheirOwnConflictAndAnAdministratorWhoScoresDecidesNothing() {
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
            assertThatThrownBy(() -> evaluations.decide(setup.id(), self, vendor, read, CoiDecision.ALLOW,
                    "I am sure it is fine")).isInstanceOf(AccessDeniedException.class);
            refused(() -> evaluations.requireMayContribute(setup.id(), vendor), "evaluations.error.conflictPending");
        });
        asLead(() -> {
            // A lead who was made lead after declaring as an evaluator still does not decide their own.
            evaluations.putMember(setup.id(), self, MemberRole.LEAD);
            return null;
        });
        accounts.as(adminEvaluator, () -> {
            int read = evaluations.evaluation(setup.id()).declaration(self, vendor).orElseThrow().version();
            refused(() -> evaluations.decide(setup.id(), self, vendor, read, CoiDecision.ALLOW, "Fine"),
                    "evaluations.error.ownConflict");
        });
    }
}
