package io.floorcheck.evaluation;

import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import io.floorcheck.security.Roles;
import io.floorcheck.testsupport.TestAccounts;
import io.floorcheck.vendor.ServiceLine;
import io.floorcheck.vendor.VendorDraft;
import io.floorcheck.vendor.VendorService;
import io.floorcheck.vendor.VendorSite;

/** Builds evaluations with their vendors and team as the real users would, for service and view tests. */
public final class EvaluationFixture {

    public static final String LEAD = TestAccounts.PROCUREMENT;
    public static final String EVALUATOR_A = "fixture.evaluator.a@example.com";
    public static final String EVALUATOR_B = "fixture.evaluator.b@example.com";
    public static final String READER = "fixture.reader@example.com";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final TestAccounts accounts;
    private final EvaluationService evaluations;
    private final VendorService vendors;
    public final long evaluatorA;
    public final long evaluatorB;
    public final long reader;

    public EvaluationFixture(TestAccounts accounts, EvaluationService evaluations, VendorService vendors) {
        this.accounts = accounts;
        this.evaluations = evaluations;
        this.vendors = vendors;
        accounts.ensureTeam();
        evaluatorA = accounts.ensure(EVALUATOR_A, "Ada Evaluator", Roles.EVALUATOR);
        evaluatorB = accounts.ensure(EVALUATOR_B, "Ben Evaluator", Roles.EVALUATOR);
        reader = accounts.ensure(READER, "Rita Reader", Roles.VIEWER);
    }

    /** A vendor with one site, under a unique legal name. */
    public long vendor(String name) {
        String unique = name + " " + SEQUENCE.incrementAndGet() + "-" + System.nanoTime();
        return accounts.as(LEAD, () -> vendors.create(new VendorDraft(unique + " Ltd", name, "Philippines",
                "https://example.com", null, Set.of(ServiceLine.VOICE), "English", null,
                List.of(new VendorSite("Manila", "Philippines", 400, Set.of(ServiceLine.VOICE), "Asia/Manila")),
                List.of())));
    }

    /** A draft evaluation led by the test procurement user, with the given candidates, one evaluator and a reader. */
    public Setup draft(String name, long... vendorIds) {
        return accounts.as(LEAD, () -> {
            EvaluationDraft draft = evaluations.newDraft();
            long id = evaluations.create(new EvaluationDraft(name, "Scope of " + name, null, draft.visitRubricId(),
                    draft.recommendationRubricId(), draft.sessionRubricId(), Weights.DEFAULT));
            evaluations.setCandidates(id, java.util.Arrays.stream(vendorIds).boxed().toList());
            evaluations.putMember(id, evaluatorA, MemberRole.EVALUATOR);
            evaluations.putMember(id, reader, MemberRole.READER);
            return new Setup(id, vendorIds);
        });
    }

    /** An open evaluation. */
    public Setup open(String name, long... vendorIds) {
        Setup setup = draft(name, vendorIds);
        accounts.as(LEAD, () -> evaluations.advance(setup.id(), evaluations.evaluation(setup.id()).version()));
        return setup;
    }

    public record Setup(long id, long[] vendors) {
    }
}
