package io.floorcheck.evaluation.internal;

import java.util.Map;

import io.floorcheck.rubric.RubricUsage;
import io.floorcheck.security.CurrentUser;
import io.floorcheck.vendor.VendorVisibility;
import org.springframework.stereotype.Component;

/**
 * What evaluations tell the lower features without those depending on evaluations: which
 * vendors a member may see (the candidates of their evaluations) and which rubrics are in use.
 */
@Component
class EvaluationLinks implements VendorVisibility, RubricUsage {

    private final EvaluationRepository evaluations;

    EvaluationLinks(EvaluationRepository evaluations) {
        this.evaluations = evaluations;
    }

    @Override
    public boolean maySee(long vendorId) {
        return CurrentUser.account().map(account -> evaluations.candidateOfMember(vendorId, account.id()))
                .orElse(false);
    }

    @Override
    public Map<Long, Integer> evaluationsByRubric() {
        return evaluations.evaluationsByRubric();
    }
}
