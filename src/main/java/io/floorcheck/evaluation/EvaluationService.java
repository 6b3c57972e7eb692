package io.floorcheck.evaluation;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.floorcheck.audit.AccessRefused;
import io.floorcheck.audit.AuditEntry;
import io.floorcheck.audit.AuditService;
import io.floorcheck.base.RuleViolation;
import io.floorcheck.base.Text;
import io.floorcheck.evaluation.internal.EvaluationRepository.Declaration;
import io.floorcheck.evaluation.internal.EvaluationRepository.Row;
import io.floorcheck.evaluation.internal.EvaluationRepository;
import io.floorcheck.rubric.RubricPurpose;
import io.floorcheck.rubric.RubricService;
import io.floorcheck.rubric.RubricVersion;
import io.floorcheck.rubric.VersionChoice;
import io.floorcheck.rubric.VersionStatus;
import io.floorcheck.security.Account;
import io.floorcheck.security.CurrentUser;
import io.floorcheck.security.Roles;
import io.floorcheck.user.Person;
import io.floorcheck.user.UserService;
import io.floorcheck.vendor.VendorCard;
import io.floorcheck.vendor.VendorFilter;
import io.floorcheck.vendor.VendorService;
import io.floorcheck.vendor.VendorSort;
import io.floorcheck.vendor.VendorSummary;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Evaluations and the rules of independence and visibility. Who sees what is decided here,
 * per call: an administrator sees every evaluation, everyone else only those they are a
 * member of (procurement also those they lead, which makes them a member); a call about
 * another evaluation is refused with {@link AccessDeniedException}, whatever the UI shows.
 */
@Service
public class EvaluationService {

    static final String ENTITY = "evaluation";
    private static final String KEEPERS = "hasAnyRole('" + Roles.ADMIN + "', '" + Roles.PROCUREMENT + "')";

    private final EvaluationRepository evaluations;
    private final RubricService rubrics;
    private final VendorService vendors;
    private final UserService users;
    private final AuditService audit;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final ObjectProvider<VisitProgress> visitProgress;

    EvaluationService(EvaluationRepository evaluations, RubricService rubrics, VendorService vendors,
            UserService users, AuditService audit, Clock clock, ApplicationEventPublisher events,
            ObjectProvider<VisitProgress> visitProgress) {
        this.events = events;
        this.visitProgress = visitProgress;
        this.evaluations = evaluations;
        this.rubrics = rubrics;
        this.vendors = vendors;
        this.users = users;
        this.audit = audit;
        this.clock = clock;
    }

    // ---- Reading ----

    /** The evaluations the current user may see, soonest decision first. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<EvaluationSummary> visible() {
        Account me = me();
        Map<Long, MemberRole> mine = evaluations.memberships(me.id());
        List<Row> rows = evaluations.rows(mine.keySet(), isAdmin(me));
        List<Long> ids = rows.stream().map(Row::id).toList();
        Map<Long, List<Long>> candidates = evaluations.candidates(ids);
        Map<Long, Map<Long, MemberRole>> members = evaluations.members(ids);
        Map<Long, List<Declaration>> declarations = evaluations.declarations(ids);
        VisitProgress progress = visitProgress.getIfAvailable();
        Map<Long, VisitProgress.Counts> visits = progress == null ? Map.of() : progress.visits(ids);
        return rows.stream().map(row -> {
            List<Long> vendorIds = candidates.getOrDefault(row.id(), List.of());
            Set<Long> evaluators = evaluatorsOf(members.getOrDefault(row.id(), Map.of()));
            long made = declarations.getOrDefault(row.id(), List.of()).stream()
                    .filter(d -> evaluators.contains(d.userId()) && vendorIds.contains(d.vendorId())).count();
            VisitProgress.Counts visitCounts = visits.getOrDefault(row.id(), VisitProgress.Counts.NONE);
            return new EvaluationSummary(row.id(), row.name(), row.status(), row.decisionDate(), mine.get(row.id()),
                    vendorIds.size(), evaluators.size(), (int) made, evaluators.size() * vendorIds.size(),
                    visitCounts.planned(), visitCounts.completed(), visitCounts.scorecardsExpected(),
                    visitCounts.scorecardsSubmitted());
        }).toList();
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Evaluation evaluation(long id) {
        MemberRole role = requireMember(id);
        Row row = evaluations.find(id).orElseThrow(() -> new RuleViolation("evaluations.error.notFound"));
        return assemble(row, role);
    }

    /** What waits for the current user across their evaluations. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<Attention> attention() {
        Account me = me();
        Map<Long, MemberRole> mine = evaluations.memberships(me.id());
        List<Row> rows = evaluations.rows(mine.keySet(), false);
        List<Long> ids = rows.stream().map(Row::id).toList();
        Map<Long, List<Long>> candidates = evaluations.candidates(ids);
        Map<Long, List<Declaration>> declarations = evaluations.declarations(ids);
        List<Attention> items = new ArrayList<>();
        for (Row row : rows) {
            MemberRole role = mine.get(row.id());
            List<Declaration> declared = declarations.getOrDefault(row.id(), List.of());
            if (role == MemberRole.EVALUATOR && row.status() != EvaluationStatus.LOCKED) {
                long open = candidates.getOrDefault(row.id(), List.of()).stream()
                        .filter(vendor -> declared.stream().noneMatch(d -> d.userId() == me.id()
                                && d.vendorId() == vendor)).count();
                if (open > 0) {
                    items.add(new Attention(Attention.Kind.DECLARE_CONFLICTS, row.id(), row.name(), (int) open));
                }
            }
            if (role == MemberRole.LEAD && row.status() == EvaluationStatus.DRAFT) {
                items.add(new Attention(Attention.Kind.FINISH_SETUP, row.id(), row.name(), 0));
            }
            if (role == MemberRole.LEAD) {
                long conflicts = declared.stream().filter(d -> d.conflict() && d.mitigationReason() == null).count();
                if (conflicts > 0) {
                    items.add(new Attention(Attention.Kind.REVIEW_CONFLICTS, row.id(), row.name(), (int) conflicts));
                }
            }
        }
        return items;
    }

    // ---- Choices for setting up ----

    @Transactional(readOnly = true)
    @PreAuthorize(KEEPERS)
    public List<VersionChoice> rubricChoices(RubricPurpose purpose) {
        return rubrics.published(purpose);
    }

    @Transactional(readOnly = true)
    @PreAuthorize(KEEPERS)
    public List<VendorSummary> vendorChoices() {
        return vendors.search(VendorFilter.NONE, 0, 500, List.of(new VendorSort(VendorSort.Column.SHORT_NAME, true)));
    }

    @Transactional(readOnly = true)
    @PreAuthorize(KEEPERS)
    public List<Person> people() {
        return users.directory();
    }

    // ---- Setting up ----

    /**
     * A new evaluation in DRAFT, led by its creator, with the latest published version of
     * each shipped purpose unless chosen otherwise.
     */
    @Transactional
    @PreAuthorize(KEEPERS)
    public long create(EvaluationDraft draft) {
        checkDetails(draft, null);
        long id = evaluations.insert(draft, me().id(), clock.instant());
        evaluations.putMember(id, me().id(), MemberRole.LEAD, clock.instant());
        audit.record(AuditEntry.of("EVALUATION_CREATED", ENTITY, id).withValues(null, describe(draft)));
        return id;
    }

    /** The latest published version of each purpose, to start a new evaluation with. */
    @Transactional(readOnly = true)
    @PreAuthorize(KEEPERS)
    public EvaluationDraft newDraft() {
        return new EvaluationDraft("", null, null, latest(RubricPurpose.SHADOW_VISIT),
                latest(RubricPurpose.RECOMMENDATION), latest(RubricPurpose.LEADERSHIP_SESSION), Weights.DEFAULT);
    }

    private long latest(RubricPurpose purpose) {
        // The oldest rubric of the purpose (the shipped one), in its newest published version.
        return rubrics.published(purpose).stream().min(java.util.Comparator.comparing(VersionChoice::rubricId)
                        .thenComparing(VersionChoice::number, java.util.Comparator.reverseOrder()))
                .map(VersionChoice::versionId).orElseThrow(() -> new RuleViolation("evaluations.error.noRubric"));
    }

    /** Changes details; rubric versions and weights only while DRAFT, nothing once LOCKED. */
    @Transactional
    @PreAuthorize(KEEPERS)
    public int update(long id, int expectedVersion, EvaluationDraft draft) {
        requireLead(id);
        Row row = evaluations.lock(id).orElseThrow(() -> new RuleViolation("evaluations.error.notFound"));
        if (row.status() == EvaluationStatus.LOCKED) {
            throw new RuleViolation("evaluations.error.locked");
        }
        Weights stored = new Weights(row.visitWeight(), row.leadershipWeight(), row.recommendationShare(),
                row.sessionShare());
        boolean frozenChanged = row.visitRubricId() != draft.visitRubricId()
                || row.recommendationRubricId() != draft.recommendationRubricId()
                || row.sessionRubricId() != draft.sessionRubricId() || !stored.sameAs(draft.weights());
        if (row.status() != EvaluationStatus.DRAFT && frozenChanged) {
            throw new RuleViolation("evaluations.error.frozen");
        }
        checkDetails(draft, row);
        int version = evaluations.update(id, expectedVersion, draft);
        audit.record(AuditEntry.of("EVALUATION_UPDATED", ENTITY, id).withValues(describe(row), describe(draft)));
        return version;
    }

    /** The candidates; while OPEN candidates can be added but not removed (declarations and scores refer to them). */
    @Transactional
    @PreAuthorize(KEEPERS)
    public void setCandidates(long id, Collection<Long> vendorIds) {
        requireLead(id);
        Row row = evaluations.lock(id).orElseThrow(() -> new RuleViolation("evaluations.error.notFound"));
        List<Long> current = evaluations.candidates(List.of(id)).getOrDefault(id, List.of());
        Set<Long> wanted = new HashSet<>(vendorIds);
        if (row.status() == EvaluationStatus.CONSENSUS || row.status() == EvaluationStatus.LOCKED) {
            throw new RuleViolation("evaluations.error.candidatesClosed");
        }
        if (row.status() == EvaluationStatus.OPEN && !wanted.containsAll(current)) {
            throw new RuleViolation("evaluations.error.candidateRemoval");
        }
        if (vendors.cards(wanted).size() != wanted.size()) {
            throw new RuleViolation("vendors.error.notFound");
        }
        evaluations.setCandidates(id, wanted);
        audit.record(AuditEntry.of("EVALUATION_CANDIDATES", ENTITY, id)
                .withValues(current.stream().sorted().toList().toString(), wanted.stream().sorted().toList().toString()));
    }

    /** Adds someone to the team or changes their role in it. */
    @Transactional
    @PreAuthorize(KEEPERS)
    public void putMember(long id, long userId, MemberRole role) {
        requireLead(id);
        Row row = evaluations.lock(id).orElseThrow(() -> new RuleViolation("evaluations.error.notFound"));
        if (row.status() == EvaluationStatus.LOCKED) {
            throw new RuleViolation("evaluations.error.locked");
        }
        Person person = users.people(List.of(userId)).stream().findFirst()
                .filter(Person::enabled).orElseThrow(() -> new RuleViolation("evaluations.error.noSuchPerson"));
        boolean procurement = person.roles().contains(Roles.PROCUREMENT) || person.roles().contains(Roles.ADMIN);
        if (role == MemberRole.LEAD && !procurement) {
            throw new RuleViolation("evaluations.error.leadRole", person.name());
        }
        if (role == MemberRole.EVALUATOR && !procurement && !person.roles().contains(Roles.EVALUATOR)) {
            throw new RuleViolation("evaluations.error.evaluatorRole", person.name());
        }
        Map<Long, MemberRole> team = evaluations.members(List.of(id)).getOrDefault(id, Map.of());
        if (team.get(userId) == MemberRole.LEAD && role != MemberRole.LEAD && leads(team) == 1) {
            throw new RuleViolation("evaluations.error.lastLead");
        }
        evaluations.putMember(id, userId, role, clock.instant());
        audit.record(AuditEntry.of("EVALUATION_MEMBER", ENTITY, id)
                .withValues(team.get(userId) == null ? null : person.name() + " " + team.get(userId),
                        person.name() + " " + role));
    }

    @Transactional
    @PreAuthorize(KEEPERS)
    public void removeMember(long id, long userId) {
        requireLead(id);
        Row row = evaluations.lock(id).orElseThrow(() -> new RuleViolation("evaluations.error.notFound"));
        if (row.status() == EvaluationStatus.LOCKED) {
            throw new RuleViolation("evaluations.error.locked");
        }
        Map<Long, MemberRole> team = evaluations.members(List.of(id)).getOrDefault(id, Map.of());
        if (team.get(userId) == MemberRole.LEAD && leads(team) == 1) {
            throw new RuleViolation("evaluations.error.lastLead");
        }
        evaluations.removeMember(id, userId);
        audit.record(AuditEntry.of("EVALUATION_MEMBER_REMOVED", ENTITY, id)
                .withValues(userId + " " + team.get(userId), null));
    }

    // ---- Status ----

    /** One step forward: DRAFT → OPEN → CONSENSUS → LOCKED. Opening needs candidates and evaluators. */
    @Transactional
    @PreAuthorize(KEEPERS)
    public EvaluationStatus advance(long id, int expectedVersion) {
        requireLead(id);
        Row row = evaluations.lock(id).orElseThrow(() -> new RuleViolation("evaluations.error.notFound"));
        EvaluationStatus next = row.status().next().orElseThrow(() -> new RuleViolation("evaluations.error.final"));
        if (next == EvaluationStatus.OPEN) {
            if (evaluations.candidates(List.of(id)).getOrDefault(id, List.of()).isEmpty()) {
                throw new RuleViolation("evaluations.error.noCandidates");
            }
            if (evaluatorsOf(evaluations.members(List.of(id)).getOrDefault(id, Map.of())).isEmpty()) {
                throw new RuleViolation("evaluations.error.noEvaluators");
            }
            // A version chosen while drafting may have been retired since; scoring starts on published ones only.
            requirePublished(row.visitRubricId(), RubricPurpose.SHADOW_VISIT);
            requirePublished(row.recommendationRubricId(), RubricPurpose.RECOMMENDATION);
            requirePublished(row.sessionRubricId(), RubricPurpose.LEADERSHIP_SESSION);
        }
        evaluations.setStatus(id, expectedVersion, next);
        audit.record(AuditEntry.of("EVALUATION_STATUS", ENTITY, id).withValues(row.status().name(), next.name()));
        return next;
    }

    /** One step back from CONSENSUS or LOCKED, with a reason that the audit trail keeps. */
    @Transactional
    @PreAuthorize(KEEPERS)
    public EvaluationStatus reopen(long id, int expectedVersion, String reason) {
        requireLead(id);
        String why = Text.reason(reason);
        Row row = evaluations.lock(id).orElseThrow(() -> new RuleViolation("evaluations.error.notFound"));
        EvaluationStatus back = row.status().reopened()
                .orElseThrow(() -> new RuleViolation("evaluations.error.notReopenable"));
        evaluations.setStatus(id, expectedVersion, back);
        audit.record(AuditEntry.of("EVALUATION_REOPENED", ENTITY, id).withValues(row.status().name(), back.name())
                .withReason(why));
        return back;
    }

    // ---- Conflicts of interest ----

    /** The current user's declaration about one candidate; a conflict needs a description. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void declare(long id, long vendorId, boolean conflict, String description) {
        MemberRole role = requireMember(id);
        if (role != MemberRole.EVALUATOR) {
            throw new RuleViolation("evaluations.error.notEvaluator");
        }
        Row row = evaluations.lock(id).orElseThrow(() -> new RuleViolation("evaluations.error.notFound"));
        if (row.status() == EvaluationStatus.LOCKED) {
            throw new RuleViolation("evaluations.error.locked");
        }
        requireCandidate(id, vendorId);
        if (conflict && (description == null || description.isBlank())) {
            throw new RuleViolation("evaluations.error.conflictDescription");
        }
        long me = me().id();
        var before = evaluations.declaration(id, me, vendorId);
        evaluations.declare(id, me, vendorId, conflict, conflict ? description : null, clock.instant());
        audit.record(AuditEntry.of("COI_DECLARED", ENTITY, id).withValues(before.map(this::describe).orElse(null),
                "vendor " + vendorId + ": " + (conflict ? "conflict: " + description.strip() : "no conflict")));
    }

    /**
     * The lead lets a conflicted evaluator score that vendor after all, for a recorded reason.
     * Nobody decides about their own conflict, and an administrator who scores in this
     * evaluation is an evaluator here, not a lead. {@code declarationVersion} is the version of
     * the declaration the lead read: a declaration changed since is refused, not approved unseen.
     */
    @Transactional
    @PreAuthorize(KEEPERS)
    public void mitigate(long id, long userId, long vendorId, int declarationVersion, String reason) {
        requireLead(id);
        long me = me().id();
        if (userId == me || evaluations.role(id, me).orElse(null) == MemberRole.EVALUATOR) {
            throw new RuleViolation("evaluations.error.ownConflict");
        }
        if (reason == null || reason.isBlank()) {
            throw new RuleViolation("evaluations.error.reasonMissing");
        }
        Row row = evaluations.lock(id).orElseThrow(() -> new RuleViolation("evaluations.error.notFound"));
        if (row.status() == EvaluationStatus.LOCKED) {
            throw new RuleViolation("evaluations.error.locked");
        }
        Declaration declaration = evaluations.declaration(id, userId, vendorId)
                .filter(Declaration::conflict).orElseThrow(() -> new RuleViolation("evaluations.error.noConflict"));
        evaluations.mitigate(id, userId, vendorId, declarationVersion, reason, me, clock.instant());
        audit.record(AuditEntry.of("COI_MITIGATED", ENTITY, id).withValues(describe(declaration),
                "user " + userId + ", vendor " + vendorId + " may score").withReason(reason.strip()));
    }

    /**
     * The gate every scoring feature passes before it accepts a score from the current user
     * for a vendor: an evaluator of this evaluation, while it is OPEN, who declared no
     * conflict for the vendor (or whose conflict the lead mitigated).
     */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public void requireMayScore(long id, long vendorId) {
        String refusal = whyMayNotScore(id, vendorId);
        if (refusal != null) {
            throw new RuleViolation(refusal);
        }
    }

    /**
     * The same gate as {@link #requireMayScore} as a question, for views that show a scorecard
     * read-only to an author who may no longer change it (a refusal thrown inside a caller's
     * transaction would mark it for rollback).
     */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public boolean mayScore(long id, long vendorId) {
        return whyMayNotScore(id, vendorId) == null;
    }

    /** The message key saying why the current user may not score the vendor, or null when they may. */
    private String whyMayNotScore(long id, long vendorId) {
        MemberRole role = requireMember(id);
        if (role != MemberRole.EVALUATOR) {
            return "evaluations.error.notEvaluator";
        }
        Row row = evaluations.find(id).orElseThrow(() -> new RuleViolation("evaluations.error.notFound"));
        if (row.status() != EvaluationStatus.OPEN) {
            return "evaluations.error.notOpen";
        }
        requireCandidate(id, vendorId);
        Declaration declaration = evaluations.declaration(id, me().id(), vendorId).orElse(null);
        if (declaration == null) {
            return "evaluations.error.declareFirst";
        }
        if (declaration.conflict() && declaration.mitigationReason() == null) {
            return "evaluations.error.conflicted";
        }
        return null;
    }

    /**
     * The blind rule for the current user and a vendor; the scoring features tell whether the
     * user has submitted their own scores for it.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public boolean mayReadOthersScores(long id, long vendorId, boolean ownSubmitted) {
        MemberRole role = requireMember(id);
        Row row = evaluations.find(id).orElseThrow(() -> new RuleViolation("evaluations.error.notFound"));
        boolean excluded = evaluations.declaration(id, me().id(), vendorId)
                .map(d -> d.conflict() && d.mitigationReason() == null).orElse(false);
        return BlindRule.mayReadOthersScores(row.status(), role, ownSubmitted, excluded);
    }

    // ---- Rules of access ----

    /** The caller's role in the evaluation; an administrator who is no member reads as such (null role). */
    private MemberRole requireMember(long id) {
        Account me = me();
        var role = evaluations.role(id, me.id());
        if (role.isPresent()) {
            return role.get();
        }
        if (isAdmin(me) && evaluations.find(id).isPresent()) {
            return null;
        }
        throw refused("Not a member of evaluation " + id);
    }

    private void requireLead(long id) {
        Account me = me();
        if (evaluations.role(id, me.id()).orElse(null) == MemberRole.LEAD) {
            return;
        }
        if (isAdmin(me) && evaluations.find(id).isPresent()) {
            return;
        }
        throw refused("Not a lead of evaluation " + id);
    }

    /** The refusal is audited, also when the call's transaction rolls back. */
    private AccessDeniedException refused(String what) {
        events.publishEvent(AccessRefused.of(what));
        return new AccessDeniedException(what);
    }

    private void requireCandidate(long id, long vendorId) {
        if (!evaluations.candidates(List.of(id)).getOrDefault(id, List.of()).contains(vendorId)) {
            throw new RuleViolation("evaluations.error.notCandidate");
        }
    }

    private static Account me() {
        return CurrentUser.account().orElseThrow(() -> new AccessDeniedException("Not signed in"));
    }

    private static boolean isAdmin(Account account) {
        return account.getAuthorities().stream().anyMatch(a -> ("ROLE_" + Roles.ADMIN).equals(a.getAuthority()));
    }

    // ---- Helpers ----

    /**
     * Name, weights and rubric versions; a version is checked only when it is new to the
     * evaluation, so retiring a version in use does not block editing the evaluation's name.
     */
    private void checkDetails(EvaluationDraft draft, Row before) {
        if (draft.name() == null || draft.name().isBlank()) {
            throw new RuleViolation("evaluations.error.nameMissing");
        }
        if (draft.name().strip().length() > EvaluationDraft.NAME_LENGTH) {
            throw new RuleViolation("evaluations.error.nameLength", EvaluationDraft.NAME_LENGTH);
        }
        Text.requireAtMost(draft.scope(), EvaluationDraft.SCOPE_LENGTH, "evaluations.error.scopeLength");
        List<String> problems = draft.weights().problems();
        if (!problems.isEmpty()) {
            throw new RuleViolation(problems.getFirst());
        }
        if (before == null || before.visitRubricId() != draft.visitRubricId()) {
            requirePublished(draft.visitRubricId(), RubricPurpose.SHADOW_VISIT);
        }
        if (before == null || before.recommendationRubricId() != draft.recommendationRubricId()) {
            requirePublished(draft.recommendationRubricId(), RubricPurpose.RECOMMENDATION);
        }
        if (before == null || before.sessionRubricId() != draft.sessionRubricId()) {
            requirePublished(draft.sessionRubricId(), RubricPurpose.LEADERSHIP_SESSION);
        }
    }

    private void requirePublished(long versionId, RubricPurpose purpose) {
        RubricVersion version = rubrics.version(versionId);
        if (version.purpose() != purpose || version.status() != VersionStatus.PUBLISHED) {
            throw new RuleViolation("evaluations.error.rubric",
                    version.rubricName() + " v" + version.number());
        }
    }

    private Evaluation assemble(Row row, MemberRole role) {
        List<Long> vendorIds = evaluations.candidates(List.of(row.id())).getOrDefault(row.id(), List.of());
        List<VendorCard> cards = vendorIds.isEmpty() ? List.of() : vendors.cards(vendorIds);
        Map<Long, MemberRole> team = evaluations.members(List.of(row.id())).getOrDefault(row.id(), Map.of());
        List<Declaration> declared = evaluations.declarations(List.of(row.id())).getOrDefault(row.id(), List.of());
        Set<Long> people = new HashSet<>(team.keySet());
        declared.forEach(d -> {
            people.add(d.userId());
            if (d.mitigatedBy() != null) {
                people.add(d.mitigatedBy());
            }
        });
        Map<Long, Person> persons = users.people(people).stream()
                .collect(Collectors.toMap(Person::id, Function.identity()));
        Map<Long, String> vendorNames = cards.stream().collect(Collectors.toMap(VendorCard::id, VendorCard::shortName));
        List<Member> members = team.entrySet().stream().map(e -> {
            Person person = persons.get(e.getKey());
            return new Member(e.getKey(), person == null ? "#" + e.getKey() : person.name(),
                    person == null ? null : person.title(), e.getValue());
        }).toList();
        List<CoiDeclaration> declarations = declared.stream().map(d -> new CoiDeclaration(d.userId(),
                nameOf(persons, d.userId()), d.vendorId(), vendorNames.getOrDefault(d.vendorId(), "#" + d.vendorId()),
                d.conflict(), d.description(), d.declaredAt(), d.mitigationReason(),
                d.mitigatedBy() == null ? null : nameOf(persons, d.mitigatedBy()), d.mitigatedAt(), d.version()))
                .toList();
        return new Evaluation(row.id(), row.version(), row.name(), row.scope(), row.decisionDate(), row.status(),
                choice(row.visitRubricId()), choice(row.recommendationRubricId()), choice(row.sessionRubricId()),
                new Weights(row.visitWeight(), row.leadershipWeight(), row.recommendationShare(), row.sessionShare()),
                cards.stream().map(Candidate::new).toList(), members, declarations, role);
    }

    private VersionChoice choice(long versionId) {
        // Names only: reading three whole rubrics for a label would cost fifteen queries per call.
        return rubrics.choice(versionId);
    }

    private static String nameOf(Map<Long, Person> persons, long id) {
        Person person = persons.get(id);
        return person == null ? "#" + id : person.name();
    }

    private static Set<Long> evaluatorsOf(Map<Long, MemberRole> team) {
        return team.entrySet().stream().filter(e -> e.getValue() == MemberRole.EVALUATOR).map(Map.Entry::getKey)
                .collect(Collectors.toSet());
    }

    private static long leads(Map<Long, MemberRole> team) {
        return team.values().stream().filter(role -> role == MemberRole.LEAD).count();
    }

    private String describe(EvaluationDraft draft) {
        return draft.name().strip() + "; rubrics " + draft.visitRubricId() + "/" + draft.recommendationRubricId()
                + "/" + draft.sessionRubricId() + "; weights " + weights(draft.weights());
    }

    private String describe(Row row) {
        return row.name() + "; rubrics " + row.visitRubricId() + "/" + row.recommendationRubricId() + "/"
                + row.sessionRubricId() + "; weights " + weights(new Weights(row.visitWeight(),
                row.leadershipWeight(), row.recommendationShare(), row.sessionShare()));
    }

    private String describe(Declaration declaration) {
        return "vendor " + declaration.vendorId() + ": " + (declaration.conflict()
                ? "conflict: " + Objects.toString(declaration.description(), "") : "no conflict");
    }

    private static String weights(Weights w) {
        return w.visit().stripTrailingZeros().toPlainString() + "/" + w.leadership().stripTrailingZeros()
                .toPlainString() + " (" + w.recommendationShare().stripTrailingZeros().toPlainString() + "/"
                + w.sessionShare().stripTrailingZeros().toPlainString() + ")";
    }
}
