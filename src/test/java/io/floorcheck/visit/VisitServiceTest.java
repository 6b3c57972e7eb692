package io.floorcheck.visit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;

import io.floorcheck.base.RuleViolation;
import io.floorcheck.evaluation.EvaluationFixture;
import io.floorcheck.evaluation.EvaluationService;
import io.floorcheck.testsupport.FloorcheckSpringTest;
import io.floorcheck.testsupport.TestAccounts;
import io.floorcheck.vendor.VendorService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;

/** Planning visits, their status, integrity record and expectations, on MariaDB. */
@FloorcheckSpringTest
class VisitServiceTest {

    @Autowired TestAccounts accounts;
    @Autowired EvaluationService evaluations;
    @Autowired VendorService vendors;
    @Autowired VisitService visits;
    EvaluationFixture fixture;

    @BeforeEach
    void fixture() {
        fixture = new EvaluationFixture(accounts, evaluations, vendors);
    }

    private <T> T lead(java.util.function.Supplier<T> work) {
        return accounts.as(EvaluationFixture.LEAD, work);
    }

    private static void refused(Runnable call, String key) {
        assertThatThrownBy(call::run).isInstanceOf(RuleViolation.class).hasMessageContaining(key);
    }

    /** An open evaluation with one candidate and a planned visit to its site, Ada attending. */
    private long plannedVisit(String name) {
        long vendor = fixture.vendor(name + " BPO");
        var setup = fixture.open(name, vendor);
        return lead(() -> {
            long site = evaluations.evaluation(setup.id()).candidates().getFirst().vendor().sites().getFirst().id();
            long id = visits.plan(setup.id(), new VisitPlan(vendor, site, LocalDateTime.of(2027, 1, 12, 9, 0),
                    "Bring badges"));
            visits.setAttendees(id, List.of(fixture.evaluatorA));
            return id;
        });
    }

    @Test
    void aVisitIsPlannedAtTheSitesLocalTimeWithAttendeesAndAnAgenda() {
        long id = plannedVisit("Plan");

        lead(() -> {
            visits.setAgenda(id, List.of(
                    new AgendaItem(AgendaKind.BRIEFING, LocalTime.of(9, 0), "Site director's briefing", null, null, null),
                    new AgendaItem(AgendaKind.FLOOR_SHADOWING, LocalTime.of(10, 0), "Shadow billing queue",
                            fixture.evaluatorA, "Team Dalisay, billing queue", "Pick agents ourselves")));
            return null;
        });

        Visit visit = accounts.as(EvaluationFixture.EVALUATOR_A, () -> visits.visit(id));
        assertThat(visit.status()).isEqualTo(VisitStatus.PLANNED);
        assertThat(visit.site().timeZone()).isEqualTo("Asia/Manila");
        assertThat(visit.startsAt()).isEqualTo(LocalDateTime.of(2027, 1, 12, 9, 0));
        assertThat(visit.attendees()).extracting(Attendee::name).containsExactly("Ada Evaluator");
        assertThat(visit.iAttend()).isTrue();
        assertThat(visit.agenda()).extracting(AgendaItem::title)
                .containsExactly("Site director's briefing", "Shadow billing queue");
        assertThat(accounts.as(EvaluationFixture.READER, () -> visits.visits(visit.evaluationId())))
                .singleElement().satisfies(summary -> {
                    assertThat(summary.siteCity()).isEqualTo("Manila");
                    assertThat(summary.attendees()).containsExactly("Ada Evaluator");
                });
        lead(() -> {
            refused(() -> visits.setAgenda(id, List.of(new AgendaItem(AgendaKind.FLOOR_SHADOWING, null, "Shadow",
                    fixture.evaluatorB, null, null))), "visits.error.agendaAttendee");
            refused(() -> visits.setAttendees(id, List.of(fixture.reader)), "visits.error.notEvaluator");
            return null;
        });
    }

    @Test
    void expectationsAreTheAttendeesOwnAndLockWhenTheVisitStarts() {
        long id = plannedVisit("Expect");
        String section = accounts.as(EvaluationFixture.EVALUATOR_A, () -> {
            List<Expectation> mine = visits.myExpectations(id);
            assertThat(mine).hasSize(9).allSatisfy(e -> assertThat(e.expectedScore()).isNull());
            String first = mine.getFirst().sectionCode();
            visits.expect(id, first, 4, "Their QA deck looked mature");
            refused(() -> visits.expect(id, first, 6, null), "visits.error.scoreOutside");
            refused(() -> visits.expect(id, "G", 3, null), "visits.error.noSuchSection");
            assertThat(visits.myExpectations(id).getFirst()).satisfies(e -> {
                assertThat(e.expectedScore()).isEqualTo(4);
                assertThat(e.reason()).isEqualTo("Their QA deck looked mature");
            });
            return first;
        });
        accounts.as(EvaluationFixture.READER, () -> refused(() -> visits.myExpectations(id),
                "visits.error.notAttendee"));

        lead(() -> visits.start(id, visits.visit(id).version()));

        accounts.as(EvaluationFixture.EVALUATOR_A, () -> {
            refused(() -> visits.expect(id, section, 3, "changed my mind"), "visits.error.expectationsLocked");
            assertThat(visits.myExpectations(id).getFirst().expectedScore()).isEqualTo(4);
        });
    }

    @Test
    void theStatusMovesFromPlannedToCompletedAndIntegrityIsRecordedAfterwards() {
        long id = plannedVisit("Status");
        lead(() -> {
            int planned = visits.visit(id).version();
            refused(() -> visits.complete(id, planned), "visits.error.notInProgress");
            refused(() -> visits.recordIntegrity(id, planned, new VisitIntegrity(true, true, true, true, null, null,
                    null)), "visits.error.notCompleted");
            visits.start(id, planned);
            assertThatThrownBy(() -> visits.complete(id, planned)).isInstanceOf(OptimisticLockingFailureException.class);
            visits.complete(id, visits.visit(id).version());
            refused(() -> visits.cancel(id, visits.visit(id).version(), "too late"), "visits.error.notPlanned");
            visits.recordIntegrity(id, visits.visit(id).version(), new VisitIntegrity(true, false, true, false,
                    "Lunch with the site director", "Volume was a third of a normal Monday", null));
            return null;
        });
        VisitIntegrity integrity = accounts.as(EvaluationFixture.EVALUATOR_A, () -> visits.visit(id).integrity());
        var summary = accounts.as(EvaluationFixture.EVALUATOR_A, () -> evaluations.visible().stream()
                .filter(e -> e.id() == visits.visit(id).evaluationId()).findFirst().orElseThrow());
        assertThat(summary.visitsCompleted()).as("the evaluations list counts completed visits").isEqualTo(1);
        assertThat(summary.visits()).isEqualTo(1);
        assertThat(integrity.recorded()).isTrue();
        assertThat(integrity.unsupervised()).isFalse();
        assertThat(integrity.hospitality()).isEqualTo("Lunch with the site director");
    }

    @Test
    void onlyTheLeadPlansAndNobodyOutsideTheEvaluationSeesItsVisits() {
        long id = plannedVisit("Access");
        Visit visit = lead(() -> visits.visit(id));
        long otherVendor = fixture.vendor("Other BPO");
        var other = fixture.draft("Other evaluation", otherVendor);

        accounts.as(EvaluationFixture.EVALUATOR_A, () -> {
            assertThatThrownBy(() -> visits.plan(visit.evaluationId(), new VisitPlan(visit.vendorId(),
                    visit.site().id(), LocalDateTime.of(2027, 2, 1, 9, 0), null)))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> visits.start(id, visit.version())).isInstanceOf(AccessDeniedException.class);
        });
        accounts.as(EvaluationFixture.EVALUATOR_B, () -> {
            assertThatThrownBy(() -> visits.visit(id)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> visits.visits(visit.evaluationId())).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> visits.myExpectations(id)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> visits.expect(id, "1", 3, null)).isInstanceOf(AccessDeniedException.class);
        });
        lead(() -> {
            refused(() -> visits.plan(visit.evaluationId(), new VisitPlan(otherVendor, visit.site().id(),
                    LocalDateTime.of(2027, 2, 1, 9, 0), null)), "evaluations.error.notCandidate");
            long otherSite = evaluations.evaluation(other.id()).candidates().getFirst().vendor().sites().getFirst()
                    .id();
            refused(() -> visits.plan(visit.evaluationId(), new VisitPlan(visit.vendorId(), otherSite,
                    LocalDateTime.of(2027, 2, 1, 9, 0), null)), "visits.error.notSite");
            return null;
        });
        // An administrator outside the team reads the visits but changes none of them.
        accounts.as(io.floorcheck.testsupport.TestAccounts.ADMIN, () -> {
            assertThat(visits.visit(id).iLead()).isFalse();
            assertThatThrownBy(() -> visits.plan(visit.evaluationId(), new VisitPlan(visit.vendorId(),
                    visit.site().id(), LocalDateTime.of(2027, 2, 1, 9, 0), null)))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> visits.start(id, visit.version())).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> visits.setAttendees(id, java.util.List.of())).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> visits.cancel(id, visit.version(), "admin")).isInstanceOf(AccessDeniedException.class);
        });
    }

    @Test
    void planningWarnsAboutAttendeesWhoseDeclarationKeepsThemFromContributing() {
        long id = plannedVisit("Declarations");
        Visit visit = lead(() -> visits.visit(id));
        lead(() -> {
            evaluations.putMember(visit.evaluationId(), fixture.evaluatorB, io.floorcheck.evaluation.MemberRole.EVALUATOR);
            return null;
        });
        assertThat(lead(() -> visits.declarationGaps(id))).containsEntry(fixture.evaluatorA, "visits.coi.missing")
                .containsEntry(fixture.evaluatorB, "visits.coi.missing");
        accounts.as(EvaluationFixture.EVALUATOR_A, () -> evaluations.declare(visit.evaluationId(), visit.vendorId(),
                false, null));
        accounts.as(EvaluationFixture.EVALUATOR_B, () -> evaluations.declare(visit.evaluationId(), visit.vendorId(),
                true, "Former employer"));
        assertThat(lead(() -> visits.declarationGaps(id))).doesNotContainKey(fixture.evaluatorA)
                .containsEntry(fixture.evaluatorB, "visits.coi.pending");
        accounts.as(EvaluationFixture.EVALUATOR_A, () -> assertThatThrownBy(() -> visits.declarationGaps(id))
                .isInstanceOf(AccessDeniedException.class));
    }

    @Test
    void aSiteThatAVisitRefersToCannotBeRemovedFromItsVendor() {
        long id = plannedVisit("Site in use");
        Visit visit = lead(() -> visits.visit(id));

        lead(() -> {
            var vendor = vendors.vendor(visit.vendorId());
            var withoutSites = new io.floorcheck.vendor.VendorDraft(vendor.details().legalName(),
                    vendor.details().shortName(), vendor.details().hqCountry(), vendor.details().website(),
                    vendor.details().description(), vendor.details().serviceLines(), vendor.details().languages(),
                    vendor.details().notes(), List.of(), vendor.details().contacts());
            refused(() -> vendors.update(vendor.id(), vendor.version(), withoutSites), "vendors.error.siteInUse");
            return null;
        });
        assertThat(lead(() -> visits.visit(id)).site().city()).isEqualTo("Manila");
    }
}
