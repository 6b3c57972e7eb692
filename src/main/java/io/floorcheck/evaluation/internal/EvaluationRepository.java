package io.floorcheck.evaluation.internal;

import static io.floorcheck.db.Tables.COI_DECLARATION;
import static io.floorcheck.db.Tables.EVALUATION;
import static io.floorcheck.db.Tables.EVALUATION_MEMBER;
import static io.floorcheck.db.Tables.EVALUATION_VENDOR;
import static io.floorcheck.db.Tables.RUBRIC_VERSION;
import static io.floorcheck.db.Tables.UNBLINDING;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.floorcheck.db.tables.records.CoiDeclarationRecord;
import io.floorcheck.db.tables.records.EvaluationRecord;
import io.floorcheck.evaluation.CoiReview;
import io.floorcheck.evaluation.EvaluationDraft;
import io.floorcheck.evaluation.EvaluationStatus;
import io.floorcheck.evaluation.MemberRole;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Repository;

/** Evaluations, their candidates, team and conflict declarations. */
@Repository
public class EvaluationRepository {

    private final DSLContext db;

    EvaluationRepository(DSLContext db) {
        this.db = db;
    }

    /** The stored row, as the service needs it. */
    public record Row(long id, int version, String name, String scope, java.time.LocalDate decisionDate,
            EvaluationStatus status, long visitRubricId, long recommendationRubricId, long sessionRubricId,
            java.math.BigDecimal visitWeight, java.math.BigDecimal leadershipWeight,
            java.math.BigDecimal recommendationShare, java.math.BigDecimal sessionShare) {
    }

    /** A stored declaration, with ids only. */
    public record Declaration(long userId, long vendorId, boolean conflict, String description, Instant declaredAt,
            CoiReview review, String decisionReason, Long decidedBy, Instant decidedAt, int version) {
    }

    public long insert(EvaluationDraft draft, long createdBy, Instant now) {
        return db.insertInto(EVALUATION)
                .set(values(draft))
                .set(EVALUATION.STATUS, EvaluationStatus.DRAFT.name())
                .set(EVALUATION.CREATED_BY, createdBy)
                .set(EVALUATION.CREATED_AT, utc(now))
                .set(EVALUATION.VERSION, 0)
                .returning(EVALUATION.ID)
                .fetchOne(EVALUATION.ID);
    }

    /** The columns the lead's details fill, for insert and update alike. */
    private static Map<org.jooq.Field<?>, Object> values(EvaluationDraft draft) {
        Map<org.jooq.Field<?>, Object> values = new java.util.LinkedHashMap<>();
        values.put(EVALUATION.NAME, draft.name().strip());
        values.put(EVALUATION.SCOPE, blankToNull(draft.scope()));
        values.put(EVALUATION.DECISION_DATE, draft.decisionDate());
        values.put(EVALUATION.VISIT_RUBRIC_ID, draft.visitRubricId());
        values.put(EVALUATION.RECOMMENDATION_RUBRIC_ID, draft.recommendationRubricId());
        values.put(EVALUATION.SESSION_RUBRIC_ID, draft.sessionRubricId());
        values.put(EVALUATION.VISIT_WEIGHT, draft.weights().visit());
        values.put(EVALUATION.LEADERSHIP_WEIGHT, draft.weights().leadership());
        values.put(EVALUATION.RECOMMENDATION_SHARE, draft.weights().recommendationShare());
        values.put(EVALUATION.SESSION_SHARE, draft.weights().sessionShare());
        return values;
    }

    public Optional<Row> find(long id) {
        return db.selectFrom(EVALUATION).where(EVALUATION.ID.eq(id)).fetchOptional(EvaluationRepository::row);
    }

    /** The row locked until the transaction ends: status changes and team changes take turns. */
    public Optional<Row> lock(long id) {
        return db.selectFrom(EVALUATION).where(EVALUATION.ID.eq(id)).forUpdate()
                .fetchOptional(EvaluationRepository::row);
    }

    private static Row row(EvaluationRecord r) {
        return new Row(r.getId(), r.getVersion(), r.getName(), r.getScope(), r.getDecisionDate(),
                EvaluationStatus.valueOf(r.getStatus()), r.getVisitRubricId(), r.getRecommendationRubricId(),
                r.getSessionRubricId(), r.getVisitWeight(), r.getLeadershipWeight(), r.getRecommendationShare(),
                r.getSessionShare());
    }

    public int update(long id, int expectedVersion, EvaluationDraft draft) {
        return bump(db.update(EVALUATION)
                .set(values(draft))
                .set(EVALUATION.VERSION, expectedVersion + 1)
                .where(EVALUATION.ID.eq(id).and(EVALUATION.VERSION.eq(expectedVersion)))
                .execute(), id, expectedVersion);
    }

    public int setStatus(long id, int expectedVersion, EvaluationStatus status) {
        return bump(db.update(EVALUATION)
                .set(EVALUATION.STATUS, status.name())
                .set(EVALUATION.VERSION, expectedVersion + 1)
                .where(EVALUATION.ID.eq(id).and(EVALUATION.VERSION.eq(expectedVersion)))
                .execute(), id, expectedVersion);
    }

    /** Who locked the evaluation and when; both null once it is re-opened. */
    public void setLocked(long id, Long by, Instant at) {
        db.update(EVALUATION).set(EVALUATION.LOCKED_BY, by)
                .set(EVALUATION.LOCKED_AT, at == null ? null : LocalDateTime.ofInstant(at, ZoneOffset.UTC))
                .where(EVALUATION.ID.eq(id)).execute();
    }

    private static int bump(int updated, long id, int expectedVersion) {
        if (updated != 1) {
            throw new OptimisticLockingFailureException("Evaluation " + id + " was changed concurrently");
        }
        return expectedVersion + 1;
    }

    /** Evaluations the user is a member of, with their role; all of them (role where a member) for everyone. */
    public Map<Long, MemberRole> memberships(long userId) {
        Map<Long, MemberRole> roles = new HashMap<>();
        db.select(EVALUATION_MEMBER.EVALUATION_ID, EVALUATION_MEMBER.ROLE).from(EVALUATION_MEMBER)
                .where(EVALUATION_MEMBER.USER_ID.eq(userId))
                .forEach(r -> roles.put(r.value1(), MemberRole.valueOf(r.value2())));
        return roles;
    }

    public Optional<MemberRole> role(long evaluationId, long userId) {
        return db.select(EVALUATION_MEMBER.ROLE).from(EVALUATION_MEMBER)
                .where(EVALUATION_MEMBER.EVALUATION_ID.eq(evaluationId).and(EVALUATION_MEMBER.USER_ID.eq(userId)))
                .fetchOptional(r -> MemberRole.valueOf(r.value1()));
    }

    public List<Row> rows(Collection<Long> ids, boolean all) {
        Condition which = all ? DSL.noCondition() : EVALUATION.ID.in(ids);
        return db.selectFrom(EVALUATION).where(which)
                .orderBy(EVALUATION.DECISION_DATE.asc().nullsLast(), EVALUATION.NAME)
                .fetch(EvaluationRepository::row);
    }

    public Map<Long, List<Long>> candidates(Collection<Long> evaluationIds) {
        return evaluationIds.isEmpty() ? Map.of() : db.select(EVALUATION_VENDOR.EVALUATION_ID,
                        EVALUATION_VENDOR.VENDOR_ID).from(EVALUATION_VENDOR)
                .where(EVALUATION_VENDOR.EVALUATION_ID.in(evaluationIds))
                .fetchGroups(EVALUATION_VENDOR.EVALUATION_ID, EVALUATION_VENDOR.VENDOR_ID);
    }

    /** Members per evaluation: user id to role, in the order they were added. */
    public Map<Long, Map<Long, MemberRole>> members(Collection<Long> evaluationIds) {
        Map<Long, Map<Long, MemberRole>> members = new HashMap<>();
        if (evaluationIds.isEmpty()) {
            return members;
        }
        db.select(EVALUATION_MEMBER.EVALUATION_ID, EVALUATION_MEMBER.USER_ID, EVALUATION_MEMBER.ROLE)
                .from(EVALUATION_MEMBER).where(EVALUATION_MEMBER.EVALUATION_ID.in(evaluationIds))
                .orderBy(EVALUATION_MEMBER.ADDED_AT, EVALUATION_MEMBER.USER_ID)
                .forEach(r -> members.computeIfAbsent(r.value1(), k -> new java.util.LinkedHashMap<>())
                        .put(r.value2(), MemberRole.valueOf(r.value3())));
        return members;
    }

    public Map<Long, List<Declaration>> declarations(Collection<Long> evaluationIds) {
        return evaluationIds.isEmpty() ? Map.of() : db.selectFrom(COI_DECLARATION)
                .where(COI_DECLARATION.EVALUATION_ID.in(evaluationIds))
                .orderBy(COI_DECLARATION.DECLARED_AT)
                .fetchGroups(COI_DECLARATION.EVALUATION_ID, EvaluationRepository::declaration);
    }

    public Optional<Declaration> declaration(long evaluationId, long userId, long vendorId) {
        return db.selectFrom(COI_DECLARATION).where(COI_DECLARATION.EVALUATION_ID.eq(evaluationId)
                        .and(COI_DECLARATION.USER_ID.eq(userId)).and(COI_DECLARATION.VENDOR_ID.eq(vendorId)))
                .fetchOptional(EvaluationRepository::declaration);
    }

    private static Declaration declaration(CoiDeclarationRecord r) {
        return new Declaration(r.getUserId(), r.getVendorId(), r.getHasConflict(), r.getDescription(),
                instant(r.getDeclaredAt()), CoiReview.valueOf(r.getReview()), r.getMitigationReason(),
                r.getMitigatedBy(), instant(r.getMitigatedAt()), r.getVersion());
    }

    public void setCandidates(long evaluationId, Set<Long> vendorIds) {
        db.deleteFrom(EVALUATION_VENDOR).where(EVALUATION_VENDOR.EVALUATION_ID.eq(evaluationId)
                .and(EVALUATION_VENDOR.VENDOR_ID.notIn(vendorIds))).execute();
        Set<Long> present = Set.copyOf(db.select(EVALUATION_VENDOR.VENDOR_ID).from(EVALUATION_VENDOR)
                .where(EVALUATION_VENDOR.EVALUATION_ID.eq(evaluationId)).fetch(EVALUATION_VENDOR.VENDOR_ID));
        var missing = vendorIds.stream().filter(id -> !present.contains(id)).sorted().toList();
        if (!missing.isEmpty()) {
            var insert = db.insertInto(EVALUATION_VENDOR, EVALUATION_VENDOR.EVALUATION_ID, EVALUATION_VENDOR.VENDOR_ID);
            missing.forEach(id -> insert.values(evaluationId, id));
            insert.execute();
        }
    }

    public void putMember(long evaluationId, long userId, MemberRole role, Instant now) {
        int updated = db.update(EVALUATION_MEMBER).set(EVALUATION_MEMBER.ROLE, role.name())
                .where(EVALUATION_MEMBER.EVALUATION_ID.eq(evaluationId).and(EVALUATION_MEMBER.USER_ID.eq(userId)))
                .execute();
        if (updated == 0) {
            db.insertInto(EVALUATION_MEMBER).set(EVALUATION_MEMBER.EVALUATION_ID, evaluationId)
                    .set(EVALUATION_MEMBER.USER_ID, userId).set(EVALUATION_MEMBER.ROLE, role.name())
                    .set(EVALUATION_MEMBER.ADDED_AT, utc(now)).execute();
        }
    }

    public void removeMember(long evaluationId, long userId) {
        db.deleteFrom(EVALUATION_MEMBER)
                .where(EVALUATION_MEMBER.EVALUATION_ID.eq(evaluationId).and(EVALUATION_MEMBER.USER_ID.eq(userId)))
                .execute();
    }

    /** Records or replaces a declaration, in the review given; a changed declaration drops the old decision. */
    public void declare(long evaluationId, long userId, long vendorId, boolean conflict, String description,
            CoiReview review, Instant now) {
        int updated = db.update(COI_DECLARATION)
                .set(COI_DECLARATION.HAS_CONFLICT, conflict)
                .set(COI_DECLARATION.DESCRIPTION, blankToNull(description))
                .set(COI_DECLARATION.DECLARED_AT, utc(now))
                .set(COI_DECLARATION.REVIEW, review.name())
                .setNull(COI_DECLARATION.MITIGATION_REASON)
                .setNull(COI_DECLARATION.MITIGATED_BY)
                .setNull(COI_DECLARATION.MITIGATED_AT)
                .set(COI_DECLARATION.VERSION, COI_DECLARATION.VERSION.plus(1))
                .where(COI_DECLARATION.EVALUATION_ID.eq(evaluationId).and(COI_DECLARATION.USER_ID.eq(userId))
                        .and(COI_DECLARATION.VENDOR_ID.eq(vendorId)))
                .execute();
        if (updated == 0) {
            db.insertInto(COI_DECLARATION)
                    .set(COI_DECLARATION.EVALUATION_ID, evaluationId)
                    .set(COI_DECLARATION.USER_ID, userId)
                    .set(COI_DECLARATION.VENDOR_ID, vendorId)
                    .set(COI_DECLARATION.HAS_CONFLICT, conflict)
                    .set(COI_DECLARATION.DESCRIPTION, blankToNull(description))
                    .set(COI_DECLARATION.DECLARED_AT, utc(now))
                    .set(COI_DECLARATION.REVIEW, review.name())
                    .set(COI_DECLARATION.VERSION, 0)
                    .execute();
        }
    }

    /** The lead's decision on the declaration as they read it (its version); a newer one is refused. */
    public void decide(long evaluationId, long userId, long vendorId, int expectedVersion, CoiReview decision,
            String reason, long by, Instant now) {
        int updated = db.update(COI_DECLARATION)
                .set(COI_DECLARATION.REVIEW, decision.name())
                .set(COI_DECLARATION.MITIGATION_REASON, reason)
                .set(COI_DECLARATION.MITIGATED_BY, by)
                .set(COI_DECLARATION.MITIGATED_AT, utc(now))
                .set(COI_DECLARATION.VERSION, COI_DECLARATION.VERSION.plus(1))
                .where(COI_DECLARATION.EVALUATION_ID.eq(evaluationId).and(COI_DECLARATION.USER_ID.eq(userId))
                        .and(COI_DECLARATION.VENDOR_ID.eq(vendorId))
                        .and(COI_DECLARATION.VERSION.eq(expectedVersion)))
                .execute();
        if (updated != 1) {
            throw new OptimisticLockingFailureException("Declaration changed since it was read");
        }
    }

    // ---- Unblinding ----

    /** Whether the user has been able to see colleagues' scores of the vendor. */
    public boolean unblinded(long evaluationId, long vendorId, long userId) {
        return db.fetchExists(UNBLINDING, UNBLINDING.EVALUATION_ID.eq(evaluationId)
                .and(UNBLINDING.VENDOR_ID.eq(vendorId)).and(UNBLINDING.USER_ID.eq(userId)));
    }

    /** Records the first moment a user could see colleagues' scores of a vendor; false when it was recorded before. */
    public boolean recordUnblinding(long evaluationId, long vendorId, long userId, String cause, Instant at) {
        if (unblinded(evaluationId, vendorId, userId)) {
            return false;
        }
        try {
            db.insertInto(UNBLINDING).set(UNBLINDING.EVALUATION_ID, evaluationId).set(UNBLINDING.VENDOR_ID, vendorId)
                    .set(UNBLINDING.USER_ID, userId).set(UNBLINDING.UNBLINDED_AT, utc(at)).set(UNBLINDING.CAUSE, cause)
                    .execute();
            return true;
        } catch (org.springframework.dao.DuplicateKeyException recordedMeanwhile) {
            return false;
        }
    }

    /** Evaluations per rubric id, counting an evaluation once per rubric even if it used several of its versions. */
    public Map<Long, Integer> evaluationsByRubric() {
        var used = DSL.select(EVALUATION.ID.as("evaluation_id"), RUBRIC_VERSION.RUBRIC_ID.as("rubric_id"))
                .from(EVALUATION).join(RUBRIC_VERSION).on(RUBRIC_VERSION.ID.in(EVALUATION.VISIT_RUBRIC_ID,
                        EVALUATION.RECOMMENDATION_RUBRIC_ID, EVALUATION.SESSION_RUBRIC_ID))
                .asTable("used");
        var rubric = used.field("rubric_id", Long.class);
        var evaluation = used.field("evaluation_id", Long.class);
        Map<Long, Integer> counts = new HashMap<>();
        db.select(rubric, DSL.countDistinct(evaluation)).from(used).groupBy(rubric)
                .forEach(r -> counts.put(r.value1(), r.value2()));
        return counts;
    }

    /** Whether the vendor is a candidate in an evaluation the user is a member of. */
    public boolean candidateOfMember(long vendorId, long userId) {
        return db.fetchExists(DSL.selectOne().from(EVALUATION_VENDOR).join(EVALUATION_MEMBER)
                .on(EVALUATION_MEMBER.EVALUATION_ID.eq(EVALUATION_VENDOR.EVALUATION_ID))
                .where(EVALUATION_VENDOR.VENDOR_ID.eq(vendorId).and(EVALUATION_MEMBER.USER_ID.eq(userId))));
    }

    private static Instant instant(LocalDateTime utc) {
        return utc == null ? null : utc.toInstant(ZoneOffset.UTC);
    }

    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
