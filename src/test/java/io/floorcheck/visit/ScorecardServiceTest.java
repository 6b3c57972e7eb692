package io.floorcheck.visit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;

import io.floorcheck.audit.AuditEvent;
import io.floorcheck.audit.internal.AuditRepository;
import io.floorcheck.base.Mark;
import io.floorcheck.base.RuleViolation;
import io.floorcheck.evaluation.EvaluationFixture;
import io.floorcheck.evaluation.EvaluationService;
import io.floorcheck.recommendation.LeadershipScorecardService;
import io.floorcheck.rubric.Criterion;
import io.floorcheck.testsupport.FloorcheckSpringTest;
import io.floorcheck.testsupport.TestAccounts;
import io.floorcheck.vendor.VendorService;
import io.floorcheck.visit.VisitFixture.Planned;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;

/**
 * Scorecards on MariaDB against the shipped shadow-visit rubric: autosave, the rules of a
 * complete card, submit and reopen with their audit, the blind rule on every read path, the
 * conflict-of-interest gate and two tabs changing the same criterion.
 */
@FloorcheckSpringTest
class ScorecardServiceTest {

    private static final String A = EvaluationFixture.EVALUATOR_A;
    private static final String B = EvaluationFixture.EVALUATOR_B;

    @Autowired TestAccounts accounts;
    @Autowired EvaluationService evaluations;
    @Autowired VendorService vendors;
    @Autowired VisitService visits;
    @Autowired CallLogService callLog;
    @Autowired ScorecardService scorecards;
    @Autowired AuditRepository audit;
    @Autowired LeadershipScorecardService leadership;
    EvaluationFixture fixture;
    VisitFixture visitFixture;

    @BeforeEach
    void fixture() {
        fixture = new EvaluationFixture(accounts, evaluations, vendors);
        visitFixture = new VisitFixture(fixture, accounts, evaluations, visits);
    }

    /** A started visit that Ada and Ben attend, both declared free of conflicts unless told. */
    private Planned started(String name, boolean benConflicted) {
        Planned planned = visitFixture.visit(name, true, fixture.evaluatorA, fixture.evaluatorB);
        visitFixture.declareNoConflict(planned, A);
        accounts.as(B, () -> evaluations.declare(planned.evaluation(), planned.vendor(), benConflicted,
                benConflicted ? "My brother-in-law runs their Manila site" : null));
        return planned;
    }

    private static List<Criterion> criteria(Scorecard card) {
        return card.rubric().sections().stream().flatMap(s -> s.criteria().stream()).toList();
    }

    /** Scores every criterion: gates passed, everything else {@code level} with a note where needed. */
    private void fill(Scorecard card, int level) {
        for (Criterion criterion : criteria(card)) {
            ScoreEntry entry = card.score(criterion.code());
            ScoreSave save = scorecards.mark(card.id(), criterion.code(), entry.version(),
                    criterion.gate() ? Mark.pass() : Mark.level(level));
            if (level != 3 && !criterion.gate()) {
                scorecards.note(card.id(), criterion.code(), save.entry().version(), "Seen on the floor: " + level);
            }
        }
    }

    @Test
    void aScoreAndANoteAreSavedAsTheyAreMadeAndTheCardOpensWhereItWasLeft() {
        Planned setup = started("Autosave", false);
        accounts.as(A, () -> {
            Scorecard card = scorecards.open(setup.visit());
            assertThat(card.status()).isEqualTo(ScorecardStatus.DRAFT);
            assertThat(card.editable()).isTrue();
            int total = card.progress().total();
            assertThat(total).as("the shipped rubric's gates and criteria").isGreaterThan(30);
            String code = criteria(card).stream().filter(c -> !c.gate()).findFirst().orElseThrow().code();

            ScoreSave scored = scorecards.mark(card.id(), code, ScoreEntry.UNSAVED, Mark.level(5));
            assertThat(scored.saved()).isTrue();
            assertThat(scored.progress().scored()).isEqualTo(1);
            assertThat(scored.progress().evidenceMissing()).as("a 5 needs evidence under the default rule")
                    .isEqualTo(1);
            ScoreSave noted = scorecards.note(card.id(), code, scored.entry().version(),
                    "Agent found the refund rule in the knowledge base in 10 seconds");
            assertThat(noted.progress().evidenceMissing()).isZero();

            Scorecard again = scorecards.open(setup.visit());
            assertThat(again.id()).isEqualTo(card.id());
            assertThat(again.score(code).mark()).isEqualTo(Mark.level(5));
            assertThat(again.score(code).evidence()).isEqualTo(
                    "Agent found the refund rule in the knowledge base in 10 seconds");
            assertThat(again.resumeAt()).isEqualTo(code);
            assertThat(again.progress().scored()).isEqualTo(1);
            assertThat(again.progress().total()).isEqualTo(total);
        });
    }

    @Test
    void marksMustFitTheCriterion() {
        Planned setup = started("Fit", false);
        accounts.as(A, () -> {
            Scorecard card = scorecards.open(setup.visit());
            Criterion gate = criteria(card).stream().filter(Criterion::gate).findFirst().orElseThrow();
            Criterion scored = criteria(card).stream().filter(c -> !c.gate()).findFirst().orElseThrow();
            assertRule(() -> scorecards.mark(card.id(), gate.code(), ScoreEntry.UNSAVED, Mark.level(3)),
                    "scorecards.error.gateIsPassFail");
            assertRule(() -> scorecards.mark(card.id(), scored.code(), ScoreEntry.UNSAVED, Mark.pass()),
                    "scorecards.error.notAGate");
            assertRule(() -> scorecards.mark(card.id(), scored.code(), ScoreEntry.UNSAVED, Mark.level(6)),
                    "scorecards.error.scoreOutside");
            assertRule(() -> scorecards.mark(card.id(), "NOPE", ScoreEntry.UNSAVED, Mark.level(3)),
                    "scorecards.error.noSuchCriterion");
            assertThat(gate.naAllowed()).as("the shipped gates allow no N/A").isFalse();
            assertRule(() -> scorecards.mark(card.id(), gate.code(), ScoreEntry.UNSAVED, Mark.notApplicableMark()),
                    "scorecards.error.naNotAllowed");
            assertThat(scorecards.open(setup.visit()).progress().scored()).as("nothing refused was stored").isZero();
        });
    }

    @Test
    void submitNeedsEveryScoreEveryRequiredNoteAndEveryGateThenTheCardIsReadOnlyUntilReopened() {
        Planned setup = started("Submit", false);
        accounts.as(A, () -> {
            Scorecard card = scorecards.open(setup.visit());
            fill(card, 3);
            Criterion first = criteria(card).stream().filter(c -> !c.gate()).findFirst().orElseThrow();
            Criterion gate = criteria(card).stream().filter(Criterion::gate).findFirst().orElseThrow();
            Scorecard filled = scorecards.open(setup.visit());
            assertThat(filled.progress().complete()).isTrue();

            // A missing score.
            ScoreSave unscored = scorecards.mark(card.id(), first.code(), filled.score(first.code()).version(),
                    Mark.NONE);
            assertThat(unscored.progress().open()).containsExactly(first.code());
            assertRule(() -> scorecards.submit(card.id(), card.version()), "scorecards.error.incomplete");
            // A score that needs evidence, without it.
            ScoreSave low = scorecards.mark(card.id(), first.code(), unscored.entry().version(), Mark.level(1));
            assertThat(low.saved()).isTrue();
            assertThat(low.progress().open()).containsExactly(first.code());
            assertRule(() -> scorecards.submit(card.id(), card.version()), "scorecards.error.incomplete");
            ScoreSave noted = scorecards.note(card.id(), first.code(), low.entry().version(),
                    "Three of four agents could not find the complaints procedure");
            // A gate without a result, then a failed gate without its evidence.
            ScoreSave cleared = scorecards.mark(card.id(), gate.code(), filled.score(gate.code()).version(), Mark.NONE);
            assertRule(() -> scorecards.submit(card.id(), card.version()), "scorecards.error.incomplete");
            ScoreSave failed = scorecards.mark(card.id(), gate.code(), cleared.entry().version(), Mark.fail());
            assertThat(failed.progress().evidenceMissing()).isEqualTo(1);
            assertRule(() -> scorecards.submit(card.id(), card.version()), "scorecards.error.incomplete");
            ScoreSave gateNoted = scorecards.note(card.id(), gate.code(), failed.entry().version(),
                    "No clean-desk policy: card numbers on sticky notes at two desks");
            assertThat(gateNoted.progress().complete()).isTrue();

            int submitted = scorecards.submit(card.id(), card.version());
            Scorecard readOnly = scorecards.open(setup.visit());
            assertThat(readOnly.status()).isEqualTo(ScorecardStatus.SUBMITTED);
            assertThat(readOnly.editable()).isFalse();
            assertThat(readOnly.mayReopen()).isTrue();
            assertRule(() -> scorecards.mark(card.id(), first.code(), noted.entry().version(), Mark.level(2)),
                    "scorecards.error.submitted");
            assertRule(() -> scorecards.note(card.id(), first.code(), noted.entry().version(), "changed"),
                    "scorecards.error.submitted");

            assertRule(() -> scorecards.reopen(card.id(), submitted, " "), "evaluations.error.reasonMissing");
            assertThatThrownBy(() -> scorecards.reopen(card.id(), card.version(), "stale"))
                    .isInstanceOf(OptimisticLockingFailureException.class);
            int reopened = scorecards.reopen(card.id(), submitted, "Misread 1.1 after the debrief");
            ScoreSave changed = scorecards.mark(card.id(), first.code(), noted.entry().version(), Mark.level(2));
            assertThat(changed.saved()).isTrue();
            scorecards.submit(card.id(), reopened);
        });

        long cardId = accounts.as(A, () -> scorecards.open(setup.visit()).id());
        List<AuditEvent> trail = audit.forEntity(ScorecardService.ENTITY, String.valueOf(cardId));
        assertThat(trail).extracting(AuditEvent::action).containsExactly("SCORECARD_SUBMITTED", "SCORECARD_REOPENED",
                "SCORE_CHANGED", "SCORECARD_SUBMITTED");
        assertThat(trail.get(1).reason()).isEqualTo("Misread 1.1 after the debrief");
        assertThat(trail.get(2).oldValue()).startsWith(trail.get(2).newValue().split(":")[0] + ": 1, evidence: Three");
        assertThat(trail.get(2).newValue()).endsWith(": 2, evidence: Three of four agents could not find the "
                + "complaints procedure");
    }

    @Test
    void beforeTheirOwnSubmitAnEvaluatorReadsNothingOfColleaguesScores() {
        Planned setup = started("Blind", false);
        long adaCard = accounts.as(A, () -> {
            Scorecard card = scorecards.open(setup.visit());
            fill(card, 4);
            scorecards.submit(card.id(), card.version());
            return card.id();
        });

        accounts.as(B, () -> {
            Scorecard mine = scorecards.open(setup.visit());
            assertThat(mine.id()).isNotEqualTo(adaCard);
            assertThat(mine.scores()).as("Ben's own card starts empty").isEmpty();
            TeamScores team = scorecards.team(setup.visit());
            assertThat(team.scoresVisible()).isFalse();
            assertThat(team.cards()).extracting(TeamScores.Card::name, TeamScores.Card::status)
                    .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("Ada Evaluator",
                            ScorecardStatus.SUBMITTED), org.assertj.core.groups.Tuple.tuple("Ben Evaluator",
                            ScorecardStatus.DRAFT));
            assertThat(team.cards()).allSatisfy(card -> assertThat(card.scores()).isEmpty());
            // Nor through Ada's scorecard id.
            assertThatThrownBy(() -> scorecards.mark(adaCard, "1.1", 0, Mark.level(1)))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> scorecards.note(adaCard, "1.1", 0, "x")).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> scorecards.submit(adaCard, 1)).isInstanceOf(AccessDeniedException.class);
        });
        accounts.as(EvaluationFixture.LEAD, () -> assertThat(evaluations.visible()).filteredOn(e -> e.id()
                == setup.evaluation()).singleElement().satisfies(summary -> {
                    assertThat(summary.scorecardsExpected()).as("one per attendee").isEqualTo(2);
                    assertThat(summary.scorecardsSubmitted()).isEqualTo(1);
                }));
        accounts.as(EvaluationFixture.READER, () -> assertThat(scorecards.team(setup.visit()).scoresVisible())
                .as("a reader waits for consensus").isFalse());
        accounts.as(EvaluationFixture.LEAD, () -> assertThat(scorecards.team(setup.visit()).cards())
                .allSatisfy(card -> assertThat(card.scores()).isEmpty()));

        accounts.as(B, () -> {
            Scorecard mine = scorecards.open(setup.visit());
            fill(mine, 2);
            scorecards.submit(mine.id(), mine.version());
            assertThat(scorecards.team(setup.visit()).scoresVisible())
                    .as("Ben still owes his leadership scorecard for the vendor").isFalse();
            VisitFixture.submitLeadershipCard(leadership, setup.visit());
            TeamScores team = scorecards.team(setup.visit());
            assertThat(team.scoresVisible()).isTrue();
            TeamScores.Card ada = team.cards().stream().filter(c -> c.evaluatorId() == fixture.evaluatorA)
                    .findFirst().orElseThrow();
            assertThat(ada.scores().values()).extracting(e -> e.mark().level()).containsOnly(null, 4);
        });
    }

    @Test
    void scoringNeedsAStartedVisitAnAttendeeAndAnOpenEvaluation() {
        Planned setup = started("Scoring window", false);
        long planned = visitFixture.another(setup, LocalDateTime.of(2027, 5, 4, 9, 0), fixture.evaluatorA);
        accounts.as(A, () -> assertRule(() -> scorecards.open(planned), "scorecards.error.notStarted"));

        long adaCard = accounts.as(A, () -> scorecards.open(setup.visit()).id());
        accounts.as(EvaluationFixture.LEAD, () -> visits.setAttendees(setup.visit(), List.of(fixture.evaluatorB)));
        accounts.as(A, () -> assertRule(() -> scorecards.mark(adaCard, "1.1", ScoreEntry.UNSAVED, Mark.level(3)),
                "scorecards.error.notAttendee"));

        int benVersion = accounts.as(B, () -> {
            Scorecard card = scorecards.open(setup.visit());
            fill(card, 3);
            return scorecards.submit(card.id(), card.version());
        });
        accounts.as(EvaluationFixture.LEAD, () -> evaluations.advance(setup.evaluation(),
                evaluations.evaluation(setup.evaluation()).version()));
        accounts.as(B, () -> {
            Scorecard card = scorecards.open(setup.visit());
            assertThat(card.editable()).isFalse();
            assertThat(card.mayReopen()).as("no reopen once the evaluation is in consensus").isFalse();
            assertRule(() -> scorecards.reopen(card.id(), benVersion, "Too late"), "evaluations.error.frozenAtConsensus");
        });
    }

    @Test
    void theBlindRuleWaitsForEveryVisitToTheVendorAndNeverShowsADraft() {
        Planned setup = started("Two sites", false);
        long second = visitFixture.another(setup, LocalDateTime.of(2027, 6, 1, 9, 0), fixture.evaluatorA);
        for (String who : List.of(B, A)) {
            accounts.as(who, () -> {
                Scorecard card = scorecards.open(setup.visit());
                fill(card, who.equals(A) ? 4 : 2);
                scorecards.submit(card.id(), card.version());
                VisitFixture.submitLeadershipCard(leadership, setup.visit());
            });
        }
        accounts.as(A, () -> assertThat(scorecards.team(setup.visit()).scoresVisible())
                .as("Ada still has the second visit to the vendor to score").isFalse());

        accounts.as(EvaluationFixture.LEAD, () -> visits.cancel(second, visits.visit(second).version(),
                "Second site dropped from the scope"));
        accounts.as(A, () -> {
            TeamScores team = scorecards.team(setup.visit());
            assertThat(team.scoresVisible()).isTrue();
            assertThat(team.cards()).filteredOn(c -> c.evaluatorId() == fixture.evaluatorB).singleElement()
                    .satisfies(ben -> assertThat(ben.scores()).isNotEmpty());
        });
        accounts.as(B, () -> {
            Scorecard card = scorecards.open(setup.visit());
            scorecards.reopen(card.id(), card.version(), "Re-reading my 2.x notes");
        });
        accounts.as(A, () -> assertThat(scorecards.team(setup.visit()).cards())
                .filteredOn(c -> c.evaluatorId() == fixture.evaluatorB).singleElement()
                .satisfies(ben -> {
                    assertThat(ben.status()).isEqualTo(ScorecardStatus.DRAFT);
                    assertThat(ben.scores()).as("a draft is never shown to others").isEmpty();
                }));
    }

    @Test
    void anEvaluatorWithAConflictWaitingForTheLeadGetsNoScorecard() {
        Planned setup = started("Conflict", true);
        accounts.as(B, () -> assertRule(() -> scorecards.open(setup.visit()), "evaluations.error.conflictPending"));
        accounts.as(EvaluationFixture.READER, () -> assertRule(() -> scorecards.open(setup.visit()),
                "scorecards.error.notAttendee"));
    }

    @Test
    void aSecondTabWithAStaleValueGetsTheConflictAndTheCurrentValueNotAnOverwrite() {
        Planned setup = started("Two tabs", false);
        accounts.as(A, () -> {
            Scorecard tablet = scorecards.open(setup.visit());
            Scorecard laptop = scorecards.open(setup.visit());
            String code = criteria(tablet).stream().filter(c -> !c.gate()).findFirst().orElseThrow().code();

            ScoreSave first = scorecards.mark(tablet.id(), code, tablet.score(code).version(), Mark.level(4));
            ScoreSave second = scorecards.mark(laptop.id(), code, laptop.score(code).version(), Mark.level(2));

            assertThat(first.saved()).isTrue();
            assertThat(second.saved()).isFalse();
            assertThat(second.entry().mark()).isEqualTo(Mark.level(4));
            assertThat(second.entry().version()).isEqualTo(first.entry().version());
            ScoreSave staleNote = scorecards.note(laptop.id(), code, laptop.score(code).version(), "typed on laptop");
            assertThat(staleNote.saved()).isFalse();
            assertThat(scorecards.open(setup.visit()).score(code).mark()).isEqualTo(Mark.level(4));
            assertThat(scorecards.open(setup.visit()).score(code).evidence()).isNull();
        });
    }

    @Test
    void callsOfTheVisitAreLinkedAsEvidenceAndALinkedCallIsNotDeleted() {
        Planned setup = started("Evidence calls", false);
        long call = accounts.as(B, () -> callLog.logCall(setup.visit(), new CallDraft(LocalTime.of(10, 5),
                "Billing", 410, Resolution.YES, 0, 1, Answer.YES, Answer.YES, Answer.NA, Sentiment.POSITIVE, null)));
        Planned other = started("Other visit", false);
        long foreign = accounts.as(A, () -> callLog.logCall(other.visit(), new CallDraft(null, "Sales", null, null, 0,
                0, null, null, null, null, null)));
        accounts.as(A, () -> {
            Scorecard card = scorecards.open(setup.visit());
            assertThat(card.calls().calls()).extracting(ObservedCall::id).containsExactly(call);
            String code = criteria(card).stream().filter(c -> !c.gate()).findFirst().orElseThrow().code();
            ScoreSave linked = scorecards.link(card.id(), code, ScoreEntry.UNSAVED, List.of(call));
            assertThat(linked.entry().callIds()).containsExactly(call);
            assertRule(() -> scorecards.link(card.id(), code, linked.entry().version(), List.of(call, foreign)),
                    "scorecards.error.notThisVisitsCall");
            assertThat(scorecards.open(setup.visit()).score(code).callIds()).containsExactly(call);
        });
        accounts.as(B, () -> assertRule(() -> callLog.deleteCall(call, 0), "calls.error.linked"));
    }

    private static void assertRule(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String key) {
        assertThatThrownBy(call).isInstanceOfSatisfying(RuleViolation.class,
                violation -> assertThat(violation.messageKey()).isEqualTo(key));
    }
}
