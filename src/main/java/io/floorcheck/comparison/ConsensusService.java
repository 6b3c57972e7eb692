package io.floorcheck.comparison;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.floorcheck.audit.AccessRefused;
import io.floorcheck.audit.AuditEntry;
import io.floorcheck.audit.AuditService;
import io.floorcheck.base.RuleViolation;
import io.floorcheck.base.Text;
import io.floorcheck.comparison.ComparisonData.RubricRow;
import io.floorcheck.comparison.internal.ConsensusRepository;
import io.floorcheck.evaluation.Evaluation;
import io.floorcheck.evaluation.EvaluationService;
import io.floorcheck.evaluation.EvaluationStatus;
import io.floorcheck.evaluation.MemberRole;
import io.floorcheck.evaluation.OpenBeforeLock;
import io.floorcheck.scoring.GateStatus;
import io.floorcheck.scoring.Part;
import io.floorcheck.security.CurrentUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The consensus step: the lead records an agreed value (with a rationale) for a disputed item, or
 * waives a failed gate (with the approver and a reason), and can withdraw either with a reason.
 * Individual scores never change. Only while the evaluation is at CONSENSUS (the SQL says so
 * too); every entry is audited; a write quotes the version it read and a stale one gets the item
 * as it now stands instead of overwriting it. Everyone who may open the comparison reads the board.
 */
@Service
public class ConsensusService implements OpenBeforeLock.Source {

    private static final String VALUE_ENTITY = "consensus_value";
    private static final String WAIVER_ENTITY = "gate_waiver";
    private static final int NAME_LENGTH = 200;
    /** The board shows no bootstrap figure: a few resamples keep each write quick while it holds its locks. */
    private static final int BOARD_RESAMPLES = 50;

    private final ComparisonService comparisons;
    private final ConsensusRepository repository;
    private final EvaluationService evaluations;
    private final AuditService audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ConsensusService(ComparisonService comparisons, ConsensusRepository repository, EvaluationService evaluations,
            AuditService audit, ApplicationEventPublisher events, Clock clock) {
        this.comparisons = comparisons;
        this.repository = repository;
        this.evaluations = evaluations;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** The board, for everyone who may open the comparison; the lead edits it at consensus. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public ConsensusBoard board(long evaluationId) {
        Evaluation evaluation = evaluations.evaluation(evaluationId);
        Comparison comparison = comparisons.compute(evaluationId, BOARD_RESAMPLES);
        boolean mayEdit = evaluation.myRole() == MemberRole.LEAD && evaluation.status() == EvaluationStatus.CONSENSUS;
        return BoardAssembly.board(evaluation, comparison, mayEdit, repository.valueVersions(evaluationId),
                repository.waiverVersions(evaluationId));
    }

    /** Records the agreed value of an item over the one read at {@code expectedVersion}. */
    @Transactional(isolation = Isolation.READ_COMMITTED) // reads what committed while it waited for its locks
    @PreAuthorize("isAuthenticated()")
    public ConsensusSave record(long evaluationId, ItemKey key, int expectedVersion, Agreed value, String rationale) {
        requireLeadAtConsensus(evaluationId);
        String why = Text.reason(rationale);
        Target target = requireItem(evaluationId, key);
        RubricRow criterion = target.criterion();
        if (target.upsellRule()) {
            throw new RuleViolation("consensus.error.upsellRule");
        }
        if (criterion.gate() ? value.passed() == null : value.passed() != null) {
            throw new RuleViolation(criterion.gate() ? "consensus.error.gatePassFail" : "consensus.error.notGate");
        }
        if (value.level() != null && (value.level() < criterion.scaleMin() || value.level() > criterion.scaleMax())) {
            throw new RuleViolation("consensus.error.level", criterion.scaleMin(), criterion.scaleMax());
        }
        if (value.notApplicable() && !criterion.naAllowed()) {
            throw new RuleViolation("consensus.error.naNotAllowed");
        }
        long me = me();
        Optional<ConsensusRepository.StoredValue> stored = repository.lockValue(evaluationId, key);
        int current = stored.map(ConsensusRepository.StoredValue::version).orElse(ConsensusBoard.Item.NONE);
        if (current != expectedVersion) {
            return new ConsensusSave(false, item(evaluationId, key));
        }
        if (Boolean.TRUE.equals(value.passed()) && item(evaluationId, key).waiver() != null) {
            throw new RuleViolation("consensus.error.waivedGatePass");
        }
        boolean written = stored.isEmpty()
                ? repository.insertValue(evaluationId, key, value, why, me, clock.instant())
                : repository.updateValue(stored.get().id(), expectedVersion, value, why, me, clock.instant());
        requireWritten(written);
        String before = stored.filter(s -> !s.withdrawn()).map(s -> s.value().describe()).orElse(null);
        ConsensusBoard.Item after = item(evaluationId, key);
        String label = after.label();
        audit.record(AuditEntry.of("CONSENSUS_RECORDED", VALUE_ENTITY, rowId(evaluationId, key))
                .withValues(before == null ? null : label + ": " + before, label + ": " + value.describe())
                .withReason(why).in(evaluationId));
        return new ConsensusSave(true, after);
    }

    /** Withdraws the agreed value in force: the mean of the ratings counts again. */
    @Transactional(isolation = Isolation.READ_COMMITTED) // reads what committed while it waited for its locks
    @PreAuthorize("isAuthenticated()")
    public ConsensusSave withdraw(long evaluationId, ItemKey key, int expectedVersion, String reason) {
        requireLeadAtConsensus(evaluationId);
        String why = Text.reason(reason);
        requireItem(evaluationId, key);
        Optional<ConsensusRepository.StoredValue> stored = repository.lockValue(evaluationId, key);
        if (stored.isEmpty() || stored.get().version() != expectedVersion || stored.get().withdrawn()) {
            return new ConsensusSave(false, item(evaluationId, key));
        }
        requireWritten(repository.withdrawValue(stored.get().id(), expectedVersion, why, me(), clock.instant()));
        ConsensusBoard.Item after = item(evaluationId, key);
        audit.record(AuditEntry.of("CONSENSUS_WITHDRAWN", VALUE_ENTITY, stored.get().id())
                .withValues(after.label() + ": " + stored.get().value().describe(), null)
                .withReason(why).in(evaluationId));
        return new ConsensusSave(true, after);
    }

    /** Waives a failed gate of a vendor: the approver's name and role and the reason are required. */
    @Transactional(isolation = Isolation.READ_COMMITTED) // reads what committed while it waited for its locks
    @PreAuthorize("isAuthenticated()")
    public ConsensusSave waive(long evaluationId, long vendorId, String gateCode, int expectedVersion, String approver,
            String approverRole, String reason) {
        requireLeadAtConsensus(evaluationId);
        String name = required(approver, "consensus.error.approverMissing");
        String role = required(approverRole, "consensus.error.approverRoleMissing");
        String why = Text.reason(reason);
        ItemKey key = new ItemKey(Part.VISIT, vendorId, null, gateCode);
        RubricRow gate = requireItem(evaluationId, key).criterion();
        if (!gate.gate()) {
            throw new RuleViolation("consensus.error.notGate");
        }
        ConsensusBoard.Item item = item(evaluationId, key);
        Optional<ConsensusRepository.StoredWaiver> stored = repository.lockWaiver(evaluationId, vendorId, gateCode);
        int current = stored.map(ConsensusRepository.StoredWaiver::version).orElse(ConsensusBoard.Item.NONE);
        if (current != expectedVersion) {
            return new ConsensusSave(false, item);
        }
        if (item.gateStatus() != GateStatus.FAIL && item.gateStatus() != GateStatus.WAIVED) {
            throw new RuleViolation("consensus.error.gateNotFailed");
        }
        boolean written = stored.isEmpty()
                ? repository.insertWaiver(evaluationId, vendorId, gateCode, name, role, why, me(), clock.instant())
                : repository.updateWaiver(stored.get().id(), expectedVersion, name, role, why, me(), clock.instant());
        requireWritten(written);
        String before = stored.filter(w -> !w.withdrawn()).map(w -> item.label() + " waived, approved by "
                + w.approver() + " (" + w.approverRole() + "): " + w.reason()).orElse(null);
        audit.record(AuditEntry.of("GATE_WAIVED", WAIVER_ENTITY, repository.lockWaiver(evaluationId, vendorId, gateCode)
                        .orElseThrow().id())
                .withValues(before, item.label() + " waived, approved by " + name + " (" + role + ")")
                .withReason(why).in(evaluationId));
        return new ConsensusSave(true, item(evaluationId, key));
    }

    /** Withdraws a waiver: the gate counts as failed again. */
    @Transactional(isolation = Isolation.READ_COMMITTED) // reads what committed while it waited for its locks
    @PreAuthorize("isAuthenticated()")
    public ConsensusSave withdrawWaiver(long evaluationId, long vendorId, String gateCode, int expectedVersion,
            String reason) {
        requireLeadAtConsensus(evaluationId);
        String why = Text.reason(reason);
        ItemKey key = new ItemKey(Part.VISIT, vendorId, null, gateCode);
        requireItem(evaluationId, key);
        Optional<ConsensusRepository.StoredWaiver> stored = repository.lockWaiver(evaluationId, vendorId, gateCode);
        if (stored.isEmpty() || stored.get().version() != expectedVersion || stored.get().withdrawn()) {
            return new ConsensusSave(false, item(evaluationId, key));
        }
        requireWritten(repository.withdrawWaiver(stored.get().id(), expectedVersion, why, me(), clock.instant()));
        ConsensusBoard.Item after = item(evaluationId, key);
        audit.record(AuditEntry.of("GATE_WAIVER_WITHDRAWN", WAIVER_ENTITY, stored.get().id())
                .withValues(after.label() + " waived, approved by " + stored.get().approver() + " ("
                        + stored.get().approverRole() + "): " + stored.get().reason(), null)
                .withReason(why).in(evaluationId));
        return new ConsensusSave(true, after);
    }

    /** For the lock confirmation: disputed items without an agreed value, unmarked gates, failed gates. */
    @Override
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public OpenBeforeLock beforeLock(long evaluationId) {
        ConsensusBoard board = board(evaluationId);
        List<String> disputed = new ArrayList<>();
        List<String> unscored = new ArrayList<>();
        List<String> failed = new ArrayList<>();
        for (ConsensusBoard.Item item : board.items()) {
            String name = item.label();
            if (item.disputed() && item.agreed() == null) {
                disputed.add(name);
            }
            if (item.gate() && item.gateStatus() == GateStatus.UNSCORED) {
                unscored.add(name);
            }
            if (item.gate() && item.gateStatus() == GateStatus.FAIL) {
                failed.add(name);
            }
        }
        return new OpenBeforeLock(disputed, unscored, failed);
    }

    // ---- Helpers ----

    private ConsensusBoard.Item item(long evaluationId, ItemKey key) {
        return board(evaluationId).items().stream().filter(i -> i.key().equals(key)).findFirst()
                .orElseThrow(() -> new RuleViolation("consensus.error.noSuchItem"));
    }

    /**
     * The item's criterion, once the vendor, the recommendation and the criterion are the
     * evaluation's; refused where the upsell rule fixes the value whatever is agreed.
     */
    private Target requireItem(long evaluationId, ItemKey key) {
        ComparisonData data = comparisons.load(evaluationId);
        if (data.vendors().stream().noneMatch(v -> v.id() == key.vendorId())) {
            throw new RuleViolation("consensus.error.noSuchItem");
        }
        var proposal = data.proposals().stream().filter(p -> key.recommendationId() != null
                && p.id() == key.recommendationId() && p.vendorId() == key.vendorId()).findFirst();
        if (key.recommendationId() != null && proposal.isEmpty()) {
            throw new RuleViolation("consensus.error.noSuchItem");
        }
        RubricRow criterion = data.rubric().stream()
                .filter(r -> r.part() == key.part() && r.criterionCode().equals(key.criterionCode()))
                .findFirst().orElseThrow(() -> new RuleViolation("consensus.error.noSuchItem"));
        return new Target(criterion, criterion.upsellMinimum()
                && proposal.map(ComparisonData.ProposalRow::upsell).orElse(false));
    }

    /** An item's criterion, and whether the upsell rule fixes its value (an agreed one would change nothing). */
    private record Target(RubricRow criterion, boolean upsellRule) {
    }

    /**
     * The lead, at consensus; the evaluation's row stays locked to the end of the write, so two
     * writes of one evaluation's consensus take turns (no two first values of an item can race to
     * insert) and none can slip past the lock of the evaluation.
     */
    private void requireLeadAtConsensus(long evaluationId) {
        Evaluation evaluation = evaluations.evaluation(evaluationId);
        if (evaluation.myRole() != MemberRole.LEAD) {
            String what = "Consensus of evaluation " + evaluationId + " is recorded by its lead";
            events.publishEvent(AccessRefused.of(what));
            throw new AccessDeniedException(what);
        }
        requireAtConsensus(evaluations.holdStatus(evaluationId));
    }

    private long rowId(long evaluationId, ItemKey key) {
        return repository.lockValue(evaluationId, key).orElseThrow().id();
    }

    private static void requireAtConsensus(EvaluationStatus status) {
        if (status == EvaluationStatus.LOCKED) {
            throw new RuleViolation("consensus.error.locked");
        }
        if (status != EvaluationStatus.CONSENSUS) {
            throw new RuleViolation("consensus.error.notConsensus");
        }
    }

    /** The statement's own guard refused it: the evaluation left consensus in the meantime. */
    private void requireWritten(boolean written) {
        if (!written) {
            throw new RuleViolation("consensus.error.notConsensus");
        }
    }

    private static String required(String given, String missingKey) {
        String cleaned = Text.clean(given);
        if (cleaned == null || cleaned.isBlank()) {
            throw new RuleViolation(missingKey);
        }
        if (cleaned.strip().length() > NAME_LENGTH) {
            throw new RuleViolation("consensus.error.approverLength", NAME_LENGTH);
        }
        return cleaned.strip();
    }

    private static long me() {
        return CurrentUser.account().orElseThrow(() -> new AccessDeniedException("Not signed in")).id();
    }
}
