package io.floorcheck.evaluation.internal;

import java.util.Map;
import java.util.Optional;

import io.floorcheck.audit.AccessRefused;
import io.floorcheck.audit.RecordAccess;
import io.floorcheck.evaluation.MemberRole;
import io.floorcheck.rubric.RubricUsage;
import io.floorcheck.security.Account;
import io.floorcheck.security.CurrentUser;
import io.floorcheck.vendor.VendorVisibility;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * What evaluations tell the lower features without those depending on evaluations: which
 * vendors a member may see (the candidates of their evaluations), which rubrics are in use, and
 * who reads an evaluation's Record (its lead and readers all of it, its evaluators their own
 * entries; an administrator outside the team none of it).
 */
@Component
class EvaluationLinks implements VendorVisibility, RubricUsage, RecordAccess {

    private final EvaluationRepository evaluations;
    private final ApplicationEventPublisher events;

    EvaluationLinks(EvaluationRepository evaluations, ApplicationEventPublisher events) {
        this.evaluations = evaluations;
        this.events = events;
    }

    @Override
    public Optional<String> ownEntriesOnly(long evaluationId) {
        Account me = CurrentUser.account().orElseThrow(() -> new AccessDeniedException("Not signed in"));
        MemberRole role = evaluations.role(evaluationId, me.id()).orElse(null);
        if (role == null) {
            String what = "Not a member of evaluation " + evaluationId + " (its record)";
            events.publishEvent(AccessRefused.of(what));
            throw new AccessDeniedException(what);
        }
        return role == MemberRole.EVALUATOR ? Optional.of(me.email()) : Optional.empty();
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
