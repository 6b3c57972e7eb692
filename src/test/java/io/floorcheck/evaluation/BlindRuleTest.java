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
}
