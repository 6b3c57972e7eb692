package io.floorcheck.evaluation;

import static io.floorcheck.evaluation.BlindRule.mayReadOthersScores;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BlindRuleTest {

    @Test
    void anEvaluatorReadsColleaguesOnlyAfterSubmittingOrFromConsensus() {
        assertThat(mayReadOthersScores(EvaluationStatus.OPEN, MemberRole.EVALUATOR, false, false)).isFalse();
        assertThat(mayReadOthersScores(EvaluationStatus.OPEN, MemberRole.EVALUATOR, true, false)).isTrue();
        assertThat(mayReadOthersScores(EvaluationStatus.CONSENSUS, MemberRole.EVALUATOR, false, false)).isTrue();
        assertThat(mayReadOthersScores(EvaluationStatus.LOCKED, MemberRole.EVALUATOR, false, false)).isTrue();
    }

    @Test
    void anExcludedEvaluatorWaitsForConsensusLikeAReader() {
        assertThat(mayReadOthersScores(EvaluationStatus.OPEN, MemberRole.EVALUATOR, true, true)).isFalse();
        assertThat(mayReadOthersScores(EvaluationStatus.CONSENSUS, MemberRole.EVALUATOR, false, true)).isTrue();
    }

    @Test
    void leadsReadersAndNonMembersSeeNothingWhileScoringIsOpen() {
        for (MemberRole role : new MemberRole[] {MemberRole.LEAD, MemberRole.READER}) {
            assertThat(mayReadOthersScores(EvaluationStatus.DRAFT, role, false, false)).isFalse();
            assertThat(mayReadOthersScores(EvaluationStatus.OPEN, role, true, false)).isFalse();
            assertThat(mayReadOthersScores(EvaluationStatus.CONSENSUS, role, false, false)).isTrue();
        }
        assertThat(mayReadOthersScores(EvaluationStatus.LOCKED, null, false, false)).isFalse();
    }

    @Test
    void whatAMemberIsToldTheyWaitForFollowsTheSameRule() {
        // Scores (or will, once declared): their own cards; a conflict with the lead: the decision;
        // excluded, lead or reader: consensus, as mayReadOthersScores above treats them.
        assertThat(BlindRule.waitsFor(MemberRole.EVALUATOR, null)).isEqualTo(BlindWait.OWN_CARDS);
        assertThat(BlindRule.waitsFor(MemberRole.EVALUATOR, CoiReview.NONE)).isEqualTo(BlindWait.OWN_CARDS);
        assertThat(BlindRule.waitsFor(MemberRole.EVALUATOR, CoiReview.ALLOWED)).isEqualTo(BlindWait.OWN_CARDS);
        assertThat(BlindRule.waitsFor(MemberRole.EVALUATOR, CoiReview.PENDING)).isEqualTo(BlindWait.LEAD_DECISION);
        assertThat(BlindRule.waitsFor(MemberRole.EVALUATOR, CoiReview.EXCLUDED)).isEqualTo(BlindWait.CONSENSUS);
        assertThat(BlindRule.waitsFor(MemberRole.LEAD, null)).isEqualTo(BlindWait.CONSENSUS);
        assertThat(BlindRule.waitsFor(MemberRole.READER, CoiReview.NONE)).isEqualTo(BlindWait.CONSENSUS);
        assertThat(BlindWait.LEAD_DECISION.mayScore()).isTrue();
        assertThat(BlindWait.CONSENSUS.mayScore()).isFalse();
    }
}
