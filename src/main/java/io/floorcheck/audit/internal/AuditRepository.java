package io.floorcheck.audit.internal;

import static io.floorcheck.db.Tables.AUDIT_EVENT;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;

import io.floorcheck.audit.AuditEntry;
import io.floorcheck.audit.AuditEvent;
import io.floorcheck.audit.AuditQuery;
import io.floorcheck.db.tables.records.AuditEventRecord;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/** Inserts and reads audit rows; there is deliberately no update or delete. */
@Repository
public class AuditRepository {

    /** The longest old value, new value or reason kept (the column's check allows no more). */
    public static final int VALUE_LENGTH = 8000;

    private final DSLContext db;

    AuditRepository(DSLContext db) {
        this.db = db;
    }

    public void insert(Instant at, String actor, AuditEntry entry) {
        db.insertInto(AUDIT_EVENT)
                .set(AUDIT_EVENT.OCCURRED_AT, utc(at))
                .set(AUDIT_EVENT.ACTOR, truncate(actor, AUDIT_EVENT.ACTOR.getDataType().length()))
                .set(AUDIT_EVENT.ACTION, entry.action())
                .set(AUDIT_EVENT.ENTITY_TYPE, entry.entityType())
                .set(AUDIT_EVENT.ENTITY_ID, entry.entityId())
                .set(AUDIT_EVENT.OLD_VALUE, cap(entry.oldValue()))
                .set(AUDIT_EVENT.NEW_VALUE, cap(entry.newValue()))
                .set(AUDIT_EVENT.REASON, cap(entry.reason()))
                .set(AUDIT_EVENT.CLIENT_ADDRESS, entry.clientAddress())
                .set(AUDIT_EVENT.CLIENT_NETWORK, entry.clientNetwork())
                .set(AUDIT_EVENT.EVALUATION_ID, entry.evaluationId())
                .set(AUDIT_EVENT.MARKER, entry.marker())
                .execute();
    }

    /** How many events a client caused since a point in time (sign-ins are the only ones with one). */
    public int countFrom(String clientNetwork, Instant since) {
        return db.fetchCount(AUDIT_EVENT, AUDIT_EVENT.CLIENT_NETWORK.eq(clientNetwork)
                .and(AUDIT_EVENT.OCCURRED_AT.ge(utc(since))));
    }

    public int countSince(String actor, String action, Instant since) {
        return db.fetchCount(AUDIT_EVENT, AUDIT_EVENT.ACTOR.eq(actor)
                .and(AUDIT_EVENT.ACTION.eq(action))
                .and(AUDIT_EVENT.OCCURRED_AT.ge(utc(since))));
    }

    /**
     * One page of entries, newest first, paged in the database: those of an evaluation (its
     * Record), or (evaluation null) those of no evaluation (sign-ins, refusals, users, library).
     */
    public List<AuditEvent> page(Long evaluationId, AuditQuery query, int offset, int limit) {
        return db.selectFrom(AUDIT_EVENT).where(matching(evaluationId, query))
                .orderBy(AUDIT_EVENT.OCCURRED_AT.desc(), AUDIT_EVENT.ID.desc())
                .limit(limit).offset(offset)
                .fetch(AuditRepository::toEvent);
    }

    /**
     * The page after an entry already read, in the same order: by position, not by offset, so
     * entries written while a long export runs neither push rows into the next page twice nor
     * (the trail only grows) make any go missing.
     */
    public List<AuditEvent> pageAfter(Long evaluationId, AuditQuery query, AuditEvent last, int limit) {
        // The plain bound beside the row comparison lets the database start in the time index.
        Condition after = last == null ? DSL.trueCondition()
                : AUDIT_EVENT.OCCURRED_AT.le(utc(last.occurredAt()))
                        .and(DSL.row(AUDIT_EVENT.OCCURRED_AT, AUDIT_EVENT.ID).lt(utc(last.occurredAt()), last.id()));
        return db.selectFrom(AUDIT_EVENT).where(matching(evaluationId, query).and(after))
                .orderBy(AUDIT_EVENT.OCCURRED_AT.desc(), AUDIT_EVENT.ID.desc())
                .limit(limit)
                .fetch(AuditRepository::toEvent);
    }

    public int count(Long evaluationId, AuditQuery query) {
        return db.fetchCount(AUDIT_EVENT, matching(evaluationId, query));
    }

    /** The actors who appear in a part of the trail, for choosing whom to filter by. */
    public List<String> actors(Long evaluationId) {
        return db.selectDistinct(AUDIT_EVENT.ACTOR).from(AUDIT_EVENT)
                .where(evaluationId == null ? AUDIT_EVENT.EVALUATION_ID.isNull()
                        : AUDIT_EVENT.EVALUATION_ID.eq(evaluationId))
                .orderBy(AUDIT_EVENT.ACTOR).limit(500).fetch(AUDIT_EVENT.ACTOR);
    }

    private static Condition matching(Long evaluationId, AuditQuery query) {
        Condition condition = evaluationId == null ? AUDIT_EVENT.EVALUATION_ID.isNull()
                : AUDIT_EVENT.EVALUATION_ID.eq(evaluationId);
        if (query.actor() != null) {
            condition = condition.and(AUDIT_EVENT.ACTOR.eq(query.actor()));
        }
        if (!query.actions().isEmpty()) {
            condition = condition.and(AUDIT_EVENT.ACTION.in(query.actions()));
        }
        if (!query.excludedActions().isEmpty()) {
            condition = condition.and(AUDIT_EVENT.ACTION.notIn(query.excludedActions()));
        }
        if (query.from() != null) {
            condition = condition.and(AUDIT_EVENT.OCCURRED_AT.ge(utc(query.from())));
        }
        if (query.until() != null) {
            condition = condition.and(AUDIT_EVENT.OCCURRED_AT.lt(utc(query.until())));
        }
        return condition;
    }

    public List<AuditEvent> latest(int limit) {
        return db.selectFrom(AUDIT_EVENT)
                .orderBy(AUDIT_EVENT.ID.desc())
                .limit(limit)
                .fetch(AuditRepository::toEvent);
    }

    public List<AuditEvent> forEntity(String entityType, String entityId) {
        return db.selectFrom(AUDIT_EVENT)
                .where(AUDIT_EVENT.ENTITY_TYPE.eq(entityType).and(AUDIT_EVENT.ENTITY_ID.eq(entityId)))
                .orderBy(AUDIT_EVENT.ID)
                .fetch(AuditRepository::toEvent);
    }

    private static AuditEvent toEvent(AuditEventRecord r) {
        return new AuditEvent(r.getId(), r.getOccurredAt().toInstant(ZoneOffset.UTC), r.getActor(), r.getAction(),
                r.getEntityType(), r.getEntityId(), r.getOldValue(), r.getNewValue(), r.getReason(), r.getEvaluationId(),
                r.getMarker(), r.getClientAddress());
    }

    /** Times are stored as UTC wall-clock values, whatever the server's time zone. */
    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    /**
     * Old and new values are descriptions for people reading the trail: a very long one (a
     * pasted page, a whole scorecard) is cut at {@link #VALUE_LENGTH} with a note of how much
     * was left out, so one change cannot grow the trail without bound.
     */
    static String cap(String value) {
        if (value == null || value.length() <= VALUE_LENGTH) {
            return value;
        }
        String omitted = "… [" + (value.length() - VALUE_LENGTH) + " more characters]";
        return value.substring(0, VALUE_LENGTH - omitted.length()) + omitted;
    }

    private static String truncate(String value, int max) {
        return value.length() <= max ? value : value.substring(0, max);
    }
}
