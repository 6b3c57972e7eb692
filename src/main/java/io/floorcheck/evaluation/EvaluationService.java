package io.floorcheck.evaluation;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.floorcheck.audit.AccessRefused;
import io.floorcheck.audit.AuditEntry;
import io.floorcheck.audit.AuditEvent;
import io.floorcheck.audit.AuditQuery;
import io.floorcheck.audit.AuditService;
import io.floorcheck.base.CsvText;
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
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
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
    /** The most rows one CSV export of a Record holds. */
    static final int RECORD_CSV_ROWS = 100_000;
    /** What the CSV says where someone else's scores (and the reason given for them) are withheld. */
    private static final String HIDDEN_UNTIL_CONSENSUS = "(scores and reason hidden until consensus)";
    /** The most entries of a Record read at once. */
    static final int RECORD_PAGE = 500;
    /**
     * Audit actions whose values are the actor's own scores, or whose reason is the actor's own
     * account of them (why they re-opened their card: "my 4 on 1.3 was for…"): withheld from
     * everyone else in the Record until consensus.
     */
    private static final Set<String> OWN_SCORES = Set.of("SCORE_CHANGED", "LEADERSHIP_SCORE_CHANGED",
            "SCORECARD_SUBMITTED", "LEADERSHIP_SCORECARD_SUBMITTED", "SCORECARD_REOPENED",
            "LEADERSHIP_SCORECARD_REOPENED");
    /**
     * Audit actions whose values are other people's scores, written by someone else (the lead
     * merging recommendations moves each evaluator's marks): withheld from everyone until consensus,
     * the writer included — the lead may not read scores before consensus either.
     */
    private static final Set<String> OTHERS_SCORES = Set.of("LEADERSHIP_SCORES_MOVED", "LEADERSHIP_SCORES_NOT_MOVED");
    /** Causes of unblinding, as stored. */
    private static final String SEEN = "SEEN";
    private static final String CONSENSUS = "CONSENSUS";
    private static final String KEEPERS = "hasAnyRole('" + Roles.ADMIN + "', '" + Roles.PROCUREMENT + "')";

    private final EvaluationRepository evaluations;
    private final RubricService rubrics;
    private final VendorService vendors;
    private final UserService users;
    private final AuditService audit;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final ObjectProvider<VisitProgress> visitProgress;
    /** Visit and leadership scorecards, implemented by their features (which depend on this one). */
    private final ObjectProvider<ScoreSubmissions> submissions;
    private final ObjectProvider<OpenBeforeLock.Source> openBeforeLock;

    EvaluationService(EvaluationRepository evaluations, RubricService rubrics, VendorService vendors,
            UserService users, AuditService audit, Clock clock, ApplicationEventPublisher events,
            ObjectProvider<VisitProgress> visitProgress, ObjectProvider<ScoreSubmissions> submissions,
            ObjectProvider<OpenBeforeLock.Source> openBeforeLock) {
        this.submissions = submissions;
        this.openBeforeLock = openBeforeLock;
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
        java.time.LocalDate today = java.time.LocalDate.now(clock);
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
                long conflicts = declared.stream().filter(d -> d.review() == CoiReview.PENDING).count();
                if (conflicts > 0) {
                    items.add(new Attention(Attention.Kind.REVIEW_CONFLICTS, row.id(), row.name(), (int) conflicts));
                }
            }
            if (role == MemberRole.LEAD && row.status() == EvaluationStatus.CONSENSUS) {
                items.add(new Attention(Attention.Kind.REACH_CONSENSUS, row.id(), row.name(), 0));
            }
            if (role != null && row.status() != EvaluationStatus.LOCKED && row.decisionDate() != null
                    && !row.decisionDate().isAfter(today.plusDays(Attention.DECISION_NEAR_DAYS))) {
                items.add(new Attention(Attention.Kind.DECISION_NEAR, row.id(), row.name(),
                        (int) java.time.temporal.ChronoUnit.DAYS.between(today, row.decisionDate()), row.decisionDate()));
            }
            // From consensus on every member reads every score: the comparison is ready for them all.
            if (role != null && (row.status() == EvaluationStatus.CONSENSUS || row.status() == EvaluationStatus.LOCKED)) {
                items.add(new Attention(Attention.Kind.COMPARISON_READY, row.id(), row.name(), 0));
            }
        }
        // In the order of the kinds: something to do before something to read.
        items.sort(java.util.Comparator.comparing(Attention::kind));
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
        audit.record(AuditEntry.of("EVALUATION_CREATED", ENTITY, id).withValues(null, describe(draft)).in(id));
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
        audit.record(AuditEntry.of("EVALUATION_UPDATED", ENTITY, id).withValues(describe(row), describe(draft)).in(id));
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
                .withValues(current.stream().sorted().toList().toString(), wanted.stream().sorted().toList().toString())
                .in(id));
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
        if (row.status() != EvaluationStatus.DRAFT && row.status() != EvaluationStatus.OPEN) {
            // Someone who joins after consensus, in any role, can read every score: should scoring
            // re-open and they score, what they change is marked as made after unblinding.
            unblindAll(id, Set.of(userId));
        }
        audit.record(AuditEntry.of("EVALUATION_MEMBER", ENTITY, id)
                .withValues(team.get(userId) == null ? null : person.name() + " " + team.get(userId),
                        person.name() + " " + role).in(id));
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
                .withValues(userId + " " + team.get(userId), null).in(id));
    }

    // ---- Status ----

    /**
     * One step forward: DRAFT → OPEN → CONSENSUS → LOCKED. Opening needs candidates and
     * evaluators. Moving to CONSENSUS ends scoring: every card not submitted is closed (it counts
     * for nothing) and every evaluator may now see every colleague's scores, which is recorded so
     * that any later change of theirs is marked as made after unblinding. The lead sees what is
     * still open ({@link #openCards}) and confirms before calling this.
     */
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
        String closed = "";
        if (next == EvaluationStatus.CONSENSUS) {
            closed = endScoring(id);
        }
        if (next == EvaluationStatus.LOCKED) {
            evaluations.setLocked(id, me().id(), clock.instant());
        }
        audit.record(AuditEntry.of("EVALUATION_STATUS", ENTITY, id).withValues(row.status().name(), next.name() + closed)
                .in(id));
        return next;
    }

    /** Closes the cards not submitted and unblinds every evaluator for every candidate; says what it closed. */
    private String endScoring(long id) {
        Instant now = clock.instant();
        List<ScoreSubmissions.OpenCard> closed = new ArrayList<>();
        submissions.orderedStream().forEach(kind -> closed.addAll(kind.close(id, now)));
        // Everyone on the team can read every score now; a reader who later scores is marked by it.
        unblindAll(id, evaluations.members(List.of(id)).getOrDefault(id, Map.of()).keySet());
        return closed.isEmpty() ? "" : "; cards closed unsubmitted: " + closed.size();
    }

    /** Records that these people could see every evaluator's scores of every candidate (consensus). */
    private void unblindAll(long id, Set<Long> people) {
        Instant now = clock.instant();
        for (long vendor : evaluations.candidates(List.of(id)).getOrDefault(id, List.of())) {
            for (long person : people) {
                evaluations.recordUnblinding(id, vendor, person, CONSENSUS, now);
            }
        }
    }

    /**
     * What moving to CONSENSUS would close: every card the attendees owe and have not submitted,
     * with who, which vendor and how far it got. For the lead's confirmation.
     */
    @Transactional(readOnly = true)
    @PreAuthorize(KEEPERS)
    public List<UnsubmittedCard> openCards(long id) {
        requireLead(id);
        Evaluation evaluation = evaluation(id);
        Map<Long, String> names = evaluation.members().stream().collect(Collectors.toMap(Member::userId, Member::name));
        Map<Long, String> vendorNames = evaluation.candidates().stream()
                .collect(Collectors.toMap(Candidate::id, Candidate::name));
        return submissions.orderedStream().flatMap(kind -> kind.open(id).stream())
                .map(card -> new UnsubmittedCard(names.getOrDefault(card.userId(), "#" + card.userId()),
                        vendorNames.getOrDefault(card.vendorId(), "#" + card.vendorId()), card.kind(), card.site(),
                        card.scorecardId() != null, card.scored(), card.total()))
                .sorted(java.util.Comparator.comparing(UnsubmittedCard::evaluator)
                        .thenComparing(UnsubmittedCard::vendor).thenComparing(UnsubmittedCard::site))
                .toList();
    }

    /** What is still unsettled before the lead locks the evaluation, for the confirmation. */
    @Transactional
    @PreAuthorize(KEEPERS)
    public OpenBeforeLock openBeforeLock(long id) {
        requireLead(id);
        OpenBeforeLock.Source source = openBeforeLock.getIfAvailable();
        return source == null ? OpenBeforeLock.NOTHING : source.beforeLock(id);
    }

    /**
     * One step back from CONSENSUS or LOCKED, with a reason that the audit trail keeps. Back to
     * OPEN, the cards closed at the end of scoring are drafts again; every evaluator has seen
     * colleagues' scores by then, so whatever they change is marked as made after unblinding.
     */
    @Transactional
    @PreAuthorize(KEEPERS)
    public EvaluationStatus reopen(long id, int expectedVersion, String reason) {
        requireLead(id);
        String why = Text.reason(reason);
        Row row = evaluations.lock(id).orElseThrow(() -> new RuleViolation("evaluations.error.notFound"));
        EvaluationStatus back = row.status().reopened()
                .orElseThrow(() -> new RuleViolation("evaluations.error.notReopenable"));
        evaluations.setStatus(id, expectedVersion, back);
        if (row.status() == EvaluationStatus.LOCKED) {
            evaluations.setLocked(id, null, null);
        }
        int reopened = 0;
        if (back == EvaluationStatus.OPEN) {
            reopened = submissions.orderedStream().mapToInt(kind -> kind.reopenClosed(id, why)).sum();
            // Everyone on the team now has been able to read every score, whenever they joined and
            // whatever their role: a reader or lead made an evaluator later scores unblinded too.
            unblindAll(id, evaluations.members(List.of(id)).getOrDefault(id, Map.of()).keySet());
        }
        audit.record(AuditEntry.of("EVALUATION_REOPENED", ENTITY, id).withValues(row.status().name(),
                back.name() + (reopened == 0 ? "" : "; closed cards open again: " + reopened)).withReason(why).in(id));
        return back;
    }

    /**
     * An administrator hands the evaluation to another person as its lead, when the lead has
     * left: a reader of it, or a procurement user not yet on the team, never one of its
     * evaluators (a scorer does not run consensus on their own scores). The former leads stay
     * on the team as readers. Audited with the reason; the administrator does nothing else in it.
     */
    @Transactional
    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    public void handOver(long id, long newLeadId, String reason) {
        String why = Text.reason(reason);
        if (newLeadId == me().id()) {
            // An administrator does nothing else in an evaluation: not even take it over.
            throw new RuleViolation("evaluations.error.handOverSelf");
        }
        evaluations.lock(id).orElseThrow(() -> new RuleViolation("evaluations.error.notFound"));
        Map<Long, MemberRole> team = evaluations.members(List.of(id)).getOrDefault(id, Map.of());
        Person person = users.people(List.of(newLeadId)).stream().findFirst().filter(Person::enabled)
                .orElseThrow(() -> new RuleViolation("evaluations.error.noSuchPerson"));
        if (!person.roles().contains(Roles.PROCUREMENT) && !person.roles().contains(Roles.ADMIN)) {
            throw new RuleViolation("evaluations.error.leadRole", person.name());
        }
        MemberRole current = team.get(newLeadId);
        if (current == MemberRole.LEAD) {
            throw new RuleViolation("evaluations.error.alreadyLead", person.name());
        }
        if (current == MemberRole.EVALUATOR) {
            throw new RuleViolation("evaluations.error.evaluatorCannotLead", person.name());
        }
        List<Long> formerLeads = team.entrySet().stream().filter(e -> e.getValue() == MemberRole.LEAD)
                .map(Map.Entry::getKey).sorted().toList();
        for (long former : formerLeads) {
            evaluations.putMember(id, former, MemberRole.READER, clock.instant());
        }
        evaluations.putMember(id, newLeadId, MemberRole.LEAD, clock.instant());
        Map<Long, String> names = users.people(formerLeads).stream().collect(Collectors.toMap(Person::id, Person::name));
        audit.record(AuditEntry.of("EVALUATION_LEAD_HANDED_OVER", ENTITY, id)
                .withValues("lead " + formerLeads.stream().map(l -> names.getOrDefault(l, "#" + l))
                        .collect(Collectors.joining(", ")), "lead " + person.name()
                        + (formerLeads.isEmpty() ? "" : "; former lead now reader")).withReason(why).in(id));
    }

    /** Who an administrator may hand an evaluation to: enabled procurement users who are not its evaluators. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    public List<Person> leadChoices(long id) {
        Map<Long, MemberRole> team = evaluations.members(List.of(id)).getOrDefault(id, Map.of());
        return users.directory().stream().filter(Person::enabled)
                .filter(p -> p.roles().contains(Roles.PROCUREMENT) || p.roles().contains(Roles.ADMIN))
                .filter(p -> p.id() != me().id())
                .filter(p -> team.get(p.id()) == null || team.get(p.id()) == MemberRole.READER).toList();
    }

    // ---- Conflicts of interest ----

    /**
     * The current user's declaration about one candidate; a conflict needs a description. A
     * conflict waits for the lead's decision; so does any change to a declaration the lead has
     * decided on or that declared a conflict (switching "conflict" to "no conflict" included):
     * until the lead decides, the evaluator contributes nothing for that vendor.
     */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void declare(long id, long vendorId, boolean conflict, String given) {
        MemberRole role = requireMember(id);
        if (role != MemberRole.EVALUATOR) {
            throw new RuleViolation("evaluations.error.notEvaluator");
        }
        Row row = evaluations.lock(id).orElseThrow(() -> new RuleViolation("evaluations.error.notFound"));
        if (row.status() == EvaluationStatus.LOCKED) {
            throw new RuleViolation("evaluations.error.locked");
        }
        requireCandidate(id, vendorId);
        String description = conflict ? Text.cleanOrNull(given) : null;
        if (conflict && description == null) {
            throw new RuleViolation("evaluations.error.conflictDescription");
        }
        Text.requireAtMost(description, CoiDeclaration.DESCRIPTION_LENGTH, "evaluations.error.conflictDescriptionLength");
        long me = me().id();
        Optional<Declaration> before = evaluations.declaration(id, me, vendorId);
        if (before.isPresent() && before.get().conflict() == conflict
                && Objects.equals(before.get().description(), description == null ? null : description.strip())) {
            return; // the same declaration again: nothing changes, nothing goes back to the lead
        }
        CoiReview review = conflict || before.map(d -> d.conflict() || d.review() != CoiReview.NONE).orElse(false)
                ? CoiReview.PENDING : CoiReview.NONE;
        evaluations.declare(id, me, vendorId, conflict, description, review, clock.instant());
        audit.record(AuditEntry.of("COI_DECLARED", ENTITY, id).withValues(before.map(this::describe).orElse(null),
                "vendor " + vendorId + ": " + (conflict ? "conflict: " + description.strip() : "no conflict")
                        + (review == CoiReview.PENDING ? "; waits for the lead's decision" : "")).in(id));
    }

    /**
     * The lead decides a declaration waiting for them, either way: allow the evaluator to
     * contribute for the vendor with a mitigation, or exclude them from it, for a recorded reason;
     * a decision can be changed later the same way. Nobody decides about their own declaration.
     * {@code declarationVersion} is the version the lead read: a declaration changed since is
     * refused, not decided unseen.
     */
    @Transactional
    @PreAuthorize(KEEPERS)
    public void decide(long id, long userId, long vendorId, int declarationVersion, CoiDecision decision,
            String reason) {
        requireLead(id);
        if (userId == me().id()) {
            throw new RuleViolation("evaluations.error.ownConflict");
        }
        String why = Text.reason(reason);
        Row row = evaluations.lock(id).orElseThrow(() -> new RuleViolation("evaluations.error.notFound"));
        if (row.status() == EvaluationStatus.LOCKED) {
            throw new RuleViolation("evaluations.error.locked");
        }
        Declaration declaration = evaluations.declaration(id, userId, vendorId)
                .filter(d -> d.review() != CoiReview.NONE)
                .orElseThrow(() -> new RuleViolation("evaluations.error.nothingToDecide"));
        CoiReview outcome = decision == CoiDecision.ALLOW ? CoiReview.ALLOWED : CoiReview.EXCLUDED;
        evaluations.decide(id, userId, vendorId, declarationVersion, outcome, why, me().id(), clock.instant());
        audit.record(AuditEntry.of(decision == CoiDecision.ALLOW ? "COI_ALLOWED" : "COI_EXCLUDED", ENTITY, id)
                .withValues(describe(declaration) + " (" + declaration.review() + ")",
                        "user " + userId + ", vendor " + vendorId + ": " + outcome).withReason(why).in(id));
    }

    /**
     * The gate every feature passes before it accepts a contribution from the current user for
     * a vendor (a score, a logged call, a captured or edited recommendation): an evaluator of
     * this evaluation, while it is OPEN, whose declaration for the vendor lets them contribute
     * (no conflict, or allowed by the lead). Refused with {@link ContributionRefused}.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public void requireMayContribute(long id, long vendorId) {
        Optional<ContributionGate> gate = contributionGate(id, vendorId);
        if (gate.isPresent()) {
            throw new ContributionRefused(gate.get());
        }
    }

    /**
     * The same gate as {@link #requireMayContribute} as a question, for views that show a card
     * read-only to an author who may no longer change it (a refusal thrown inside a caller's
     * transaction would mark it for rollback).
     */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public boolean mayContribute(long id, long vendorId) {
        return contributionGate(id, vendorId).isEmpty();
    }

    /**
     * Holds the evaluation's status for the rest of the caller's transaction and says what it
     * is (the latest committed, locked): a scorecard being started cannot then miss the end of
     * scoring, which takes the same lock before it closes the drafts.
     */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public EvaluationStatus holdStatus(long id) {
        requireMember(id);
        return evaluations.lock(id).orElseThrow(() -> new RuleViolation("evaluations.error.notFound")).status();
    }

    /** Why the current user may not contribute for the vendor now, or empty when they may. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Optional<ContributionGate> contributionGate(long id, long vendorId) {
        MemberRole role = requireMember(id);
        if (role != MemberRole.EVALUATOR) {
            return Optional.of(new ContributionGate("evaluations.error.notEvaluator", id, vendorId, false));
        }
        Row row = evaluations.find(id).orElseThrow(() -> new RuleViolation("evaluations.error.notFound"));
        if (row.status() != EvaluationStatus.OPEN) {
            // From consensus on, cards say why they are frozen (the SQL refuses a write as well).
            String why = switch (row.status()) {
                case CONSENSUS -> "evaluations.error.frozenAtConsensus";
                case LOCKED -> "evaluations.error.frozenLocked";
                default -> "evaluations.error.notOpen";
            };
            return Optional.of(new ContributionGate(why, id, vendorId, false));
        }
        requireCandidate(id, vendorId);
        Declaration declaration = evaluations.declaration(id, me().id(), vendorId).orElse(null);
        if (declaration == null) {
            return Optional.of(new ContributionGate("evaluations.error.declareFirst", id, vendorId, true));
        }
        return switch (declaration.review()) {
            case NONE, ALLOWED -> Optional.empty();
            case PENDING -> Optional.of(new ContributionGate("evaluations.error.conflictPending", id, vendorId, true));
            case EXCLUDED -> Optional.of(new ContributionGate("evaluations.error.conflicted", id, vendorId, true));
        };
    }

    // ---- Blind scoring ----

    /**
     * The blind rule for the current user and a vendor. An evaluator reads colleagues' scores of
     * the vendor once every card of theirs for it is submitted, visit and leadership alike (the
     * scoring features answer through {@link ScoreSubmissions}; nobody passes the answer in), or
     * once the evaluation has reached CONSENSUS; an evaluator the lead has not let contribute for
     * the vendor waits like a reader. The lead and readers read them from CONSENSUS on.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public boolean mayReadOthersScores(long id, long vendorId) {
        MemberRole role = requireMember(id);
        Row row = evaluations.find(id).orElseThrow(() -> new RuleViolation("evaluations.error.notFound"));
        long me = me().id();
        boolean excluded = evaluations.declaration(id, me, vendorId).map(d -> !d.review().mayContribute())
                .orElse(false);
        boolean ownSubmitted = role == MemberRole.EVALUATOR && !excluded && ownScoresSubmitted(id, vendorId, me);
        return BlindRule.mayReadOthersScores(row.status(), role, ownSubmitted, excluded);
    }

    /** What the current user waits for before colleagues' scores of the vendor become readable. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public BlindWait blindWait(long id, long vendorId) {
        MemberRole role = requireMember(id);
        CoiReview review = evaluations.declaration(id, me().id(), vendorId).map(Declaration::review).orElse(null);
        return BlindRule.waitsFor(role, review);
    }

    /**
     * Whether the current user may read every candidate's scores (the blind rule, vendor by
     * vendor): what the comparison of the candidates needs before it shows a number.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public boolean mayReadEveryVendorsScores(long id) {
        requireMember(id);
        List<Long> vendors = evaluations.candidates(List.of(id)).getOrDefault(id, List.of());
        return !vendors.isEmpty() && vendors.stream().allMatch(vendor -> mayReadOthersScores(id, vendor));
    }

    private boolean ownScoresSubmitted(long id, long vendorId, long userId) {
        List<ScoreSubmissions> kinds = submissions.orderedStream().toList();
        return !kinds.isEmpty() && kinds.stream().allMatch(kind -> kind.submittedAll(id, vendorId, userId));
    }

    /**
     * Records that the current user has just been shown colleagues' scores of the vendor (the
     * read paths call this when they show at least one): from now on every change they make to
     * their scores of it is marked as made after unblinding. In the caller's transaction (the read
     * paths are read-write for it); audited the first time.
     */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void recordSeen(long id, long vendorId) {
        MemberRole role = requireMember(id);
        if (role != MemberRole.EVALUATOR) {
            return;
        }
        long me = me().id();
        if (evaluations.recordUnblinding(id, vendorId, me, SEEN, clock.instant())) {
            audit.record(AuditEntry.of("SCORES_UNBLINDED", ENTITY, id).withValues(null,
                    "vendor " + vendorId + ": colleagues' scores shown after own submit").in(id));
        }
    }

    /** Whether the current user has been able to see colleagues' scores of the vendor (shown them, or consensus). */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public boolean unblinded(long id, long vendorId) {
        requireMember(id);
        return evaluations.unblinded(id, vendorId, me().id());
    }

    // ---- The Record ----

    /**
     * One page of the evaluation's Record, newest first: every audit entry of it and its visits,
     * scorecards, debriefs, calls and conflicts for its lead and readers; only their own for its
     * evaluators (the audit service enforces it). Paged in the database.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<RecordEntry> record(long id, RecordFilter filter, int offset, int limit) {
        return entries(id, audit.evaluationRecord(id, query(filter), offset, Math.min(limit, RECORD_PAGE)));
    }

    /** Audit events as Record entries, with whatever the reader may not see yet withheld. */
    private List<RecordEntry> entries(long id, List<AuditEvent> events) {
        Map<String, String> names = users.namesByLogin(events.stream().map(AuditEvent::actor).distinct().toList());
        Row row = evaluations.find(id).orElseThrow(() -> new RuleViolation("evaluations.error.notFound"));
        // Blind scoring holds in the Record too: nobody reads someone else's scores before consensus.
        boolean scoresBlind = row.status() == EvaluationStatus.DRAFT || row.status() == EvaluationStatus.OPEN;
        String me = me().email();
        return events.stream().map(event -> entry(event, names, scoresBlind && (OTHERS_SCORES.contains(event.action())
                || OWN_SCORES.contains(event.action()) && !event.actor().equals(me)))).toList();
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public int recordCount(long id, RecordFilter filter) {
        return audit.evaluationRecordCount(id, query(filter));
    }

    /** Who appears in the Record the current user may read, by name. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<RecordPerson> recordPeople(long id) {
        List<String> logins = audit.evaluationRecordActors(id);
        Map<String, String> names = users.namesByLogin(logins);
        return logins.stream().map(login -> new RecordPerson(login, names.getOrDefault(login, login)))
                .sorted(java.util.Comparator.comparing(RecordPerson::name)).toList();
    }

    /**
     * The Record as filtered, as CSV (UTF-8, one row per entry, newest first). Every cell is
     * neutralised, so a value starting with = + - @ cannot run as a formula in a spreadsheet.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public byte[] recordCsv(long id, RecordFilter filter) {
        StringBuilder out = new StringBuilder();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get())) {
            csv.printRecord("time_utc", "time_" + filter.zone().getId(), "person", "login", "kind", "action",
                    "subject", "old_value", "new_value", "reason", "marker");
            AuditQuery query = query(filter);
            AuditEvent last = null;
            for (int rows = 0; rows < RECORD_CSV_ROWS; rows += RECORD_PAGE) {
                List<AuditEvent> events = audit.evaluationRecordAfter(id, query, last, RECORD_PAGE);
                for (RecordEntry e : entries(id, events)) {
                    csv.printRecord(java.util.stream.Stream.of(e.at().toString(),
                            e.at().atZone(filter.zone()).toLocalDateTime().toString(), e.actorName(), e.actor(),
                            e.kind().name(), e.action(), e.subject(),
                            e.valuesHidden() ? HIDDEN_UNTIL_CONSENSUS : e.oldValue(),
                            e.valuesHidden() ? HIDDEN_UNTIL_CONSENSUS : e.newValue(), e.reason(), e.marker())
                            .map(cell -> cell == null ? "" : CsvText.neutralise(cell)).toList());
                }
                if (events.size() < RECORD_PAGE) {
                    break;
                }
                last = events.getLast();
            }
        } catch (java.io.IOException cannotHappenOnAStringBuilder) {
            throw new java.io.UncheckedIOException(cannotHappenOnAStringBuilder);
        }
        return out.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    private static AuditQuery query(RecordFilter filter) {
        // "Other" is whatever no kind names: every known action excluded.
        Set<String> excluded = filter.kind() == RecordKind.OTHER ? RecordKind.known() : Set.of();
        return new AuditQuery(filter.actor(), filter.kind() == null ? Set.of() : filter.kind().actions(), excluded,
                filter.from() == null ? null : filter.from().atStartOfDay(filter.zone()).toInstant(),
                filter.to() == null ? null : filter.to().plusDays(1).atStartOfDay(filter.zone()).toInstant());
    }

    private static RecordEntry entry(AuditEvent event, Map<String, String> names, boolean hideValues) {
        return new RecordEntry(event.id(), event.occurredAt(), event.actor(),
                names.getOrDefault(event.actor(), event.actor()), RecordKind.of(event.action()), event.action(),
                event.entityType() == null ? null : event.entityType() + " " + Objects.toString(event.entityId(), ""),
                hideValues ? null : event.oldValue(), hideValues ? null : event.newValue(),
                // A reason given for a score change can say as much as the score ("it was worse than a 4").
                hideValues ? null : event.reason(), event.marker(), hideValues);
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

    /**
     * Only the evaluation's lead changes it: team, conflicts, status, visits. An administrator
     * who is not its lead is refused like anyone else (they hand it over, see {@link #handOver}).
     */
    private void requireLead(long id) {
        if (evaluations.role(id, me().id()).orElse(null) == MemberRole.LEAD) {
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
            if (d.decidedBy() != null) {
                people.add(d.decidedBy());
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
                d.conflict(), d.description(), d.declaredAt(), d.review(), d.decisionReason(),
                d.decidedBy() == null ? null : nameOf(persons, d.decidedBy()), d.decidedAt(), d.version()))
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
