package io.floorcheck.visit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.util.List;

import io.floorcheck.audit.AuditActions;
import io.floorcheck.audit.AuditEvent;
import io.floorcheck.audit.AuditQuery;
import io.floorcheck.audit.AuditService;
import io.floorcheck.audit.internal.AuditRepository;
import io.floorcheck.base.Mark;
import io.floorcheck.base.RuleViolation;
import io.floorcheck.base.Text;
import io.floorcheck.evaluation.EvaluationFixture;
import io.floorcheck.evaluation.EvaluationService;
import io.floorcheck.evaluation.EvaluationStatus;
import io.floorcheck.evaluation.MemberRole;
import io.floorcheck.evaluation.RecordEntry;
import io.floorcheck.evaluation.RecordFilter;
import io.floorcheck.evaluation.RecordKind;
import io.floorcheck.evaluation.UnsubmittedCard;
import io.floorcheck.recommendation.LeadershipScorecardService;
import io.floorcheck.rubric.Criterion;
import io.floorcheck.testsupport.FloorcheckSpringTest;
import io.floorcheck.testsupport.TestAccounts;
import io.floorcheck.vendor.VendorService;
import io.floorcheck.visit.VisitFixture.Planned;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The end of scoring and what happens after unblinding, on MariaDB: moving to consensus lists
 * and closes the cards not submitted (they count for nothing); re-opened scoring makes them drafts
 * again and marks every change by someone who could see colleagues' scores, on the score, in the
 * team view and in the Record; the Record reads per person and kind, evaluators their own only,
 * and exports as formula-safe CSV.
 */
@FloorcheckSpringTest
class ScoringIntegrityTest {

    private static final String A = EvaluationFixture.EVALUATOR_A;
    private static final String B = EvaluationFixture.EVALUATOR_B;

    @Autowired TestAccounts accounts;
    @Autowired EvaluationService evaluations;
    @Autowired VendorService vendors;
    @Autowired VisitService visits;
    @Autowired ScorecardService scorecards;
    @Autowired LeadershipScorecardService leadership;
    @Autowired AuditRepository audit;
    @Autowired AuditService auditService;
    @Autowired DSLContext db;
    EvaluationFixture fixture;
    VisitFixture visitFixture;

    @BeforeEach
    void fixture() {
        fixture = new EvaluationFixture(accounts, evaluations, vendors);
        visitFixture = new VisitFixture(fixture, accounts, evaluations, visits);
    }

    private Planned started(String name) {
        return visitFixture.startedWithBothDeclared(name);
    }

    private static String firstScored(Scorecard card) {
        return card.rubric().sections().stream().flatMap(s -> s.criteria().stream()).filter(c -> !c.gate())
                .map(Criterion::code).findFirst().orElseThrow();
    }

    @Test
    void endingScoringListsAndClosesWhatIsNotSubmittedAndReopeningMarksEveryLaterChange() {
        Planned setup = started("End of scoring");
        accounts.as(A, () -> {
            VisitFixture.submitVisitCard(scorecards, setup.visit());
            VisitFixture.submitLeadershipCard(leadership, setup.visit());
        });
        String code = accounts.as(B, () -> {
            Scorecard draft = scorecards.open(setup.visit());
            String first = firstScored(draft);
            scorecards.mark(draft.id(), first, ScoreEntry.UNSAVED, Mark.level(2));
            return first;
        });

        List<UnsubmittedCard> open = accounts.as(EvaluationFixture.LEAD, () -> {
            assertThat(scorecards.team(setup.visit()).scoresVisible()).as("the lead is blind before consensus")
                    .isFalse();
            return evaluations.openCards(setup.evaluation());
        });
        assertThat(open).extracting(UnsubmittedCard::evaluator, UnsubmittedCard::kind, UnsubmittedCard::started,
                UnsubmittedCard::scored).containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("Ben Evaluator", "visit", true, 1),
                        org.assertj.core.groups.Tuple.tuple("Ben Evaluator", "leadership", false, 0));
        assertThat(open).filteredOn(card -> card.kind().equals("visit")).singleElement()
                .satisfies(card -> assertThat(card.total()).isGreaterThan(40));

        accounts.as(EvaluationFixture.LEAD, () -> evaluations.advance(setup.evaluation(),
                evaluations.evaluation(setup.evaluation()).version()));

        accounts.as(B, () -> {
            Scorecard closed = scorecards.open(setup.visit());
            assertThat(closed.status()).isEqualTo(ScorecardStatus.CLOSED);
            assertThat(closed.editable()).isFalse();
            assertThatThrownBy(() -> scorecards.mark(closed.id(), code, 0, Mark.level(4)))
                    .isInstanceOf(RuleViolation.class).hasMessageContaining("evaluations.error.frozenAtConsensus");
        });
        accounts.as(EvaluationFixture.LEAD, () -> {
            TeamScores team = scorecards.team(setup.visit());
            assertThat(team.scoresVisible()).isTrue();
            assertThat(team.cards()).filteredOn(c -> c.evaluatorId() == fixture.evaluatorB).singleElement()
                    .satisfies(ben -> {
                        assertThat(ben.status()).isEqualTo(ScorecardStatus.CLOSED);
                        assertThat(ben.scores()).as("a closed card counts for nothing and shows nothing").isEmpty();
                    });
        });
        assertThat(audit.forEntity("scorecard", String.valueOf(accounts.as(B,
                () -> scorecards.open(setup.visit()).id())))).extracting(AuditEvent::action).contains("SCORECARD_CLOSED");

        accounts.as(EvaluationFixture.LEAD, () -> evaluations.reopen(setup.evaluation(),
                evaluations.evaluation(setup.evaluation()).version(), "Ben was ill on the last day; let him finish"));
        assertThat(accounts.as(EvaluationFixture.LEAD, () -> evaluations.evaluation(setup.evaluation()).status()))
                .isEqualTo(EvaluationStatus.OPEN);

        // Ben has been able to see every score since consensus: each change he makes now is marked,
        // though his card was never submitted.
        long benCard = accounts.as(B, () -> {
            Scorecard draft = scorecards.open(setup.visit());
            assertThat(draft.status()).isEqualTo(ScorecardStatus.DRAFT);
            ScoreSave changed = scorecards.mark(draft.id(), code, draft.score(code).version(), Mark.level(4));
            assertThat(changed.entry().afterUnblinding()).isTrue();
            scorecards.note(draft.id(), code, changed.entry().version(), "Saw it again on the replay");
            VisitFixture.submitVisitCard(scorecards, setup.visit());
            VisitFixture.submitLeadershipCard(leadership, setup.visit());
            return draft.id();
        });
        List<AuditEvent> benTrail = audit.forEntity("scorecard", String.valueOf(benCard));
        List<AuditEvent> benChanges = benTrail.stream().filter(e -> e.action().equals("SCORE_CHANGED")).toList();
        assertThat(benChanges).as("the change, the note, then every criterion he scored to finish the card")
                .hasSizeGreaterThan(2).allSatisfy(e -> assertThat(e.marker()).isEqualTo(AuditActions.AFTER_UNBLINDING));
        assertThat(benChanges.getFirst().oldValue()).isEqualTo(code + ": 2");
        assertThat(benChanges.getFirst().newValue()).isEqualTo(code + ": 4");
        assertThat(benTrail).filteredOn(e -> e.action().equals("SCORECARD_SUBMITTED")).singleElement()
                .satisfies(e -> assertThat(e.marker()).isEqualTo(AuditActions.AFTER_UNBLINDING));
        accounts.as(A, () -> assertThat(scorecards.team(setup.visit()).cards())
                .filteredOn(c -> c.evaluatorId() == fixture.evaluatorB).singleElement()
                .satisfies(ben -> assertThat(ben.scores().get(code).afterUnblinding()).isTrue()));

        // The Record: the lead filters to Ben's score changes; Ben reads only his own entries.
        RecordFilter bensScores = new RecordFilter(B, RecordKind.SCORES, null, null, ZoneOffset.UTC);
        accounts.as(EvaluationFixture.LEAD, () -> {
            List<RecordEntry> entries = evaluations.record(setup.evaluation(), bensScores, 0, 500);
            // His visit-card changes and the five session scores of his leadership card, all marked.
            assertThat(entries).hasSize(benChanges.size() + 5).extracting(RecordEntry::id)
                    .containsAll(benChanges.stream().map(AuditEvent::id).toList());
            assertThat(entries).allSatisfy(entry -> {
                assertThat(entry.actorName()).isEqualTo("Ben Evaluator");
                assertThat(entry.kind()).isEqualTo(RecordKind.SCORES);
                assertThat(entry.marker()).isEqualTo(AuditActions.AFTER_UNBLINDING);
                // Scoring is open again: the lead is blind to the values until consensus, in the Record too.
                assertThat(entry.valuesHidden()).isTrue();
                assertThat(entry.oldValue()).isNull();
                assertThat(entry.newValue()).isNull();
                assertThat(entry.reason()).as("a reason can tell the score (\"my 4 was for…\")").isNull();
            });
            assertThat(new String(evaluations.recordCsv(setup.evaluation(), bensScores), StandardCharsets.UTF_8))
                    .contains("(scores and reason hidden until consensus)").doesNotContain(code + ": 4");
            assertThat(entries.getFirst().at()).as("newest first").isAfterOrEqualTo(entries.get(1).at());
            assertThat(evaluations.recordCount(setup.evaluation(), bensScores)).isEqualTo(entries.size());
            assertThat(evaluations.record(setup.evaluation(), bensScores, 10, 5)).as("paged in the database")
                    .extracting(RecordEntry::id).containsExactlyElementsOf(entries.subList(10, 15).stream()
                            .map(RecordEntry::id).toList());
            assertThat(evaluations.recordPeople(setup.evaluation())).extracting(p -> p.name())
                    .contains("Ada Evaluator", "Ben Evaluator", "Test Procurement");
            List<RecordEntry> all = evaluations.record(setup.evaluation(), RecordFilter.all(ZoneOffset.UTC), 0, 500);
            assertThat(all).extracting(RecordEntry::action).contains("EVALUATION_STATUS", "EVALUATION_REOPENED",
                    "SCORECARD_CLOSED", "SCORECARD_SUBMITTED", "COI_DECLARED", "VISIT_PLANNED");
        });
        accounts.as(B, () -> assertThat(evaluations.record(setup.evaluation(), bensScores, 0, 500))
                .as("his own entries, with their values").hasSize(benChanges.size() + 5)
                .allSatisfy(entry -> assertThat(entry.valuesHidden()).isFalse())
                .anySatisfy(entry -> assertThat(entry.newValue()).isEqualTo(code + ": 4")));
        accounts.as(A, () -> {
            assertThat(evaluations.record(setup.evaluation(), bensScores, 0, 50)).as("an evaluator's own only")
                    .isEmpty();
            assertThat(evaluations.record(setup.evaluation(), RecordFilter.all(ZoneOffset.UTC), 0, 500))
                    .isNotEmpty().allSatisfy(entry -> assertThat(entry.actor()).isEqualTo(A));
            assertThat(evaluations.recordPeople(setup.evaluation())).extracting(p -> p.login()).containsExactly(A);
        });
    }

    @Test
    void anEvaluatorShownColleaguesScoresHasEveryLaterChangeMarkedAndOneWhoSawNothingHasNot() {
        Planned setup = started("Seen scores");
        // Ben submits first: nobody else has submitted, so there is nothing for him to see yet.
        accounts.as(B, () -> {
            VisitFixture.submitVisitCard(scorecards, setup.visit());
            VisitFixture.submitLeadershipCard(leadership, setup.visit());
            assertThat(scorecards.team(setup.visit()).cards()).filteredOn(c -> c.evaluatorId() == fixture.evaluatorA)
                    .singleElement().satisfies(ada -> assertThat(ada.scores()).isEmpty());
        });
        accounts.as(B, () -> {
            Scorecard card = scorecards.open(setup.visit());
            scorecards.reopen(card.id(), card.version(), "Typo in a note");
            ScoreSave changed = scorecards.mark(card.id(), firstScored(card), card.score(firstScored(card)).version(),
                    Mark.NONE);
            assertThat(changed.entry().afterUnblinding()).as("Ben never saw Ada's scores").isFalse();
            VisitFixture.submitVisitCard(scorecards, setup.visit());
        });
        // Ada submits and opens the team view: she is shown Ben's scores.
        String code = accounts.as(A, () -> {
            VisitFixture.submitVisitCard(scorecards, setup.visit());
            VisitFixture.submitLeadershipCard(leadership, setup.visit());
            assertThat(scorecards.team(setup.visit()).scoresVisible()).isTrue();
            Scorecard card = scorecards.open(setup.visit());
            String first = firstScored(card);
            scorecards.reopen(card.id(), card.version(), "Ben saw something I missed");
            ScoreSave changed = scorecards.mark(card.id(), first, card.score(first).version(), Mark.level(2));
            assertThat(changed.entry().afterUnblinding()).isTrue();
            return first;
        });
        assertThat(audit.forEntity("evaluation", String.valueOf(setup.evaluation()))).filteredOn(e -> e.action().equals("SCORES_UNBLINDED"))
                .singleElement().satisfies(e -> assertThat(e.actor()).isEqualTo(A));
        long adaCard = accounts.as(A, () -> scorecards.open(setup.visit()).id());
        assertThat(audit.forEntity("scorecard", String.valueOf(adaCard)))
                .filteredOn(e -> e.action().equals("SCORE_CHANGED")).singleElement().satisfies(e -> {
                    assertThat(e.marker()).isEqualTo(AuditActions.AFTER_UNBLINDING);
                    assertThat(e.newValue()).startsWith(code + ": 2");
                });
        // Her reason for re-opening speaks of scores: the lead reads it from consensus on.
        accounts.as(EvaluationFixture.LEAD, () -> assertThat(evaluations.record(setup.evaluation(),
                new RecordFilter(A, RecordKind.SCORECARDS, null, null, ZoneOffset.UTC), 0, 50))
                .filteredOn(entry -> entry.action().equals("SCORECARD_REOPENED")).singleElement()
                .satisfies(entry -> {
                    assertThat(entry.valuesHidden()).isTrue();
                    assertThat(entry.reason()).isNull();
                }));
    }

    @Test
    void aReaderAtConsensusWhoScoresOnceScoringReopensIsMarkedAndTheLongestReasonFitsEveryCard() {
        Planned setup = started("Reader at consensus");
        accounts.as(A, () -> {
            VisitFixture.submitVisitCard(scorecards, setup.visit());
            leadership.open(setup.visit()); // left a draft: closed at consensus, re-opened with the reason
        });
        accounts.as(B, () -> {
            VisitFixture.submitVisitCard(scorecards, setup.visit());
            VisitFixture.submitLeadershipCard(leadership, setup.visit());
        });
        // Ben reads along as a reader through consensus: he can see every score there.
        String reason = ("The steering committee wants Ben's site knowledge in the scores after all; "
                + "he read everything at consensus, so each change he makes is to be marked. ").repeat(20)
                .substring(0, Text.REASON_LENGTH);
        accounts.as(EvaluationFixture.LEAD, () -> {
            evaluations.putMember(setup.evaluation(), fixture.evaluatorB, MemberRole.READER);
            evaluations.advance(setup.evaluation(), evaluations.evaluation(setup.evaluation()).version());
            evaluations.reopen(setup.evaluation(), evaluations.evaluation(setup.evaluation()).version(), reason);
            evaluations.putMember(setup.evaluation(), fixture.evaluatorB, MemberRole.EVALUATOR);
        });
        accounts.as(B, () -> {
            Scorecard card = scorecards.open(setup.visit());
            scorecards.reopen(card.id(), card.version(), "Adding what I know of the Cebu site");
            String first = firstScored(card);
            ScoreSave changed = scorecards.mark(card.id(), first, card.score(first).version(), Mark.level(4));
            assertThat(changed.entry().afterUnblinding()).as("he read every score at consensus").isTrue();
        });
        // Ada's closed card is a draft again with the lead's reason in full; submitting it spends the reason.
        long adaCard = accounts.as(A, () -> leadership.open(setup.visit()).id());
        assertThat(reopenReason(adaCard)).isEqualTo("Scoring re-opened: " + reason);
        accounts.as(A, () -> VisitFixture.submitLeadershipCard(leadership, setup.visit()));
        assertThat(reopenReason(adaCard)).as("a reason explains the changes of one re-opening only").isNull();
    }

    private String reopenReason(long leadershipCard) {
        return db.select(io.floorcheck.db.Tables.LEADERSHIP_SCORECARD.REOPEN_REASON)
                .from(io.floorcheck.db.Tables.LEADERSHIP_SCORECARD)
                .where(io.floorcheck.db.Tables.LEADERSHIP_SCORECARD.ID.eq(leadershipCard)).fetchSingle().value1();
    }

    @Test
    void anExportReadsPageAfterPageByPositionSoEntriesWrittenMeanwhileRepeatNothing() {
        Planned setup = started("Record while exporting");
        accounts.as(EvaluationFixture.LEAD, () -> {
            List<AuditEvent> before = auditService.evaluationRecordAfter(setup.evaluation(), AuditQuery.ALL, null,
                    500);
            List<AuditEvent> first = auditService.evaluationRecordAfter(setup.evaluation(), AuditQuery.ALL, null, 3);
            assertThat(first).extracting(AuditEvent::id).containsExactlyElementsOf(
                    before.subList(0, 3).stream().map(AuditEvent::id).toList());
            // Entries written between two pages are newer than the first page: by offset, the next page
            // would start with rows already read.
            visits.plan(setup.evaluation(), new VisitPlan(setup.vendor(), evaluations.evaluation(setup.evaluation())
                    .candidates().getFirst().vendor().sites().getFirst().id(),
                    java.time.LocalDateTime.of(2027, 5, 4, 9, 0), null));
            assertThat(auditService.evaluationRecordCount(setup.evaluation(), AuditQuery.ALL))
                    .isGreaterThan(before.size());
            List<AuditEvent> rest = auditService.evaluationRecordAfter(setup.evaluation(), AuditQuery.ALL,
                    first.getLast(), 500);
            assertThat(rest).extracting(AuditEvent::id).containsExactlyElementsOf(
                    before.subList(3, before.size()).stream().map(AuditEvent::id).toList());
        });
    }

    @Test
    void theRecordExportsAsCsvThatNoSpreadsheetRunsAsAFormula() {
        Planned setup = started("Record export");
        accounts.as(A, () -> evaluations.declare(setup.evaluation(), setup.vendor(), true,
                "=HYPERLINK(\"http://evil.example\",\"click\") @SUM(A1) +1 -1"));
        accounts.as(EvaluationFixture.LEAD, () -> {
            int version = evaluations.evaluation(setup.evaluation()).declaration(fixture.evaluatorA, setup.vendor())
                    .orElseThrow().version();
            evaluations.decide(setup.evaluation(), fixture.evaluatorA, setup.vendor(), version,
                    io.floorcheck.evaluation.CoiDecision.EXCLUDE, "=1+1 @ once");
        });
        byte[] csv = accounts.as(EvaluationFixture.LEAD, () -> evaluations.recordCsv(setup.evaluation(),
                new RecordFilter(null, RecordKind.CONFLICTS, null, null, ZoneOffset.UTC)));
        String text = new String(csv, StandardCharsets.UTF_8);
        List<String> lines = text.lines().toList();
        assertThat(lines.getFirst()).isEqualTo("time_utc,time_Z,person,login,kind,action,subject,old_value,"
                + "new_value,reason,marker");
        assertThat(text).contains("Ada Evaluator", "COI_DECLARED", "COI_EXCLUDED", "CONFLICTS");
        // A cell that would start with = + - @ is prefixed, so a spreadsheet shows it as text.
        assertThat(text).contains(",'=1+1 @ once,");
        assertThat(lines).noneMatch(line -> line.contains(",=") || line.contains(",\"=") || line.contains(",@")
                || line.contains(",+"));
        assertThat(accounts.as(TestAccounts.ADMIN, () -> {
            try {
                evaluations.recordCsv(setup.evaluation(), RecordFilter.all(ZoneOffset.UTC));
                return "read";
            } catch (org.springframework.security.access.AccessDeniedException refused) {
                return "refused";
            }
        })).as("an administrator outside the team reads no evaluation's record").isEqualTo("refused");
    }
}
