package io.floorcheck.visit.internal;

import static io.floorcheck.db.Tables.OBSERVED_CALL;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.floorcheck.db.tables.records.ObservedCallRecord;
import io.floorcheck.visit.Answer;
import io.floorcheck.visit.CallDraft;
import io.floorcheck.visit.Resolution;
import io.floorcheck.visit.Sentiment;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Repository;

/** The observed-call log. */
@Repository
public class CallRepository {

    private final DSLContext db;

    CallRepository(DSLContext db) {
        this.db = db;
    }

    /** A stored call: its date at the site, and whether the lead changed it after the visit (late). */
    public record Stored(long id, long visitId, long authorId, int version, LocalDate observedOn, boolean late,
            CallDraft call) {
    }

    public List<Stored> ofVisit(long visitId) {
        return db.selectFrom(OBSERVED_CALL).where(OBSERVED_CALL.VISIT_ID.eq(visitId))
                .orderBy(OBSERVED_CALL.OBSERVED_ON.asc().nullsLast(), OBSERVED_CALL.OBSERVED_AT.asc().nullsLast(),
                        OBSERVED_CALL.ID).fetch(CallRepository::stored);
    }

    public Optional<Stored> find(long id) {
        return db.selectFrom(OBSERVED_CALL).where(OBSERVED_CALL.ID.eq(id)).fetchOptional(CallRepository::stored);
    }

    private static Stored stored(ObservedCallRecord r) {
        return new Stored(r.getId(), r.getVisitId(), r.getAuthorId(), r.getVersion(), r.getObservedOn(),
                r.getLate(), new CallDraft(r.getObservedAt(),
                r.getQueue(), r.getHandleSeconds(), value(Resolution.class, r.getFirstContact()), r.getTransfers(),
                r.getHolds(), value(Answer.class, r.getIdentityVerified()), value(Answer.class, r.getDisclosureRead()),
                value(Answer.class, r.getCardDataOk()), value(Sentiment.class, r.getSentiment()), r.getNote()));
    }

    public long insert(long visitId, long authorId, LocalDate observedOn, boolean late, CallDraft call, Instant now) {
        return db.insertInto(OBSERVED_CALL)
                .set(values(call))
                .set(OBSERVED_CALL.OBSERVED_ON, observedOn)
                .set(OBSERVED_CALL.LATE, late)
                .set(OBSERVED_CALL.VISIT_ID, visitId)
                .set(OBSERVED_CALL.AUTHOR_ID, authorId)
                .set(OBSERVED_CALL.CREATED_AT, LocalDateTime.ofInstant(now, ZoneOffset.UTC))
                .set(OBSERVED_CALL.VERSION, 0)
                .returning(OBSERVED_CALL.ID)
                .fetchOne(OBSERVED_CALL.ID);
    }

    public int update(long id, int expectedVersion, CallDraft call, boolean late) {
        int updated = db.update(OBSERVED_CALL)
                .set(values(call))
                .set(OBSERVED_CALL.LATE, late ? DSL.val(true) : OBSERVED_CALL.LATE)
                .set(OBSERVED_CALL.VERSION, expectedVersion + 1)
                .where(OBSERVED_CALL.ID.eq(id).and(OBSERVED_CALL.VERSION.eq(expectedVersion)))
                .execute();
        if (updated != 1) {
            throw new OptimisticLockingFailureException("Call " + id + " was changed concurrently");
        }
        return expectedVersion + 1;
    }

    /** The columns a logged call fills, for insert and update alike. */
    private static Map<Field<?>, Object> values(CallDraft call) {
        Map<Field<?>, Object> values = new LinkedHashMap<>();
        values.put(OBSERVED_CALL.OBSERVED_AT, call.observedAt());
        values.put(OBSERVED_CALL.QUEUE, blankToNull(call.queue()));
        values.put(OBSERVED_CALL.HANDLE_SECONDS, call.handleSeconds());
        values.put(OBSERVED_CALL.FIRST_CONTACT, name(call.firstContact()));
        values.put(OBSERVED_CALL.TRANSFERS, call.transfers());
        values.put(OBSERVED_CALL.HOLDS, call.holds());
        values.put(OBSERVED_CALL.IDENTITY_VERIFIED, name(call.identityVerified()));
        values.put(OBSERVED_CALL.DISCLOSURE_READ, name(call.disclosureRead()));
        values.put(OBSERVED_CALL.CARD_DATA_OK, name(call.cardDataOk()));
        values.put(OBSERVED_CALL.SENTIMENT, name(call.sentiment()));
        values.put(OBSERVED_CALL.NOTE, blankToNull(call.note()));
        return values;
    }

    public void delete(long id, int expectedVersion) {
        if (db.deleteFrom(OBSERVED_CALL).where(OBSERVED_CALL.ID.eq(id).and(OBSERVED_CALL.VERSION.eq(expectedVersion)))
                .execute() != 1) {
            throw new OptimisticLockingFailureException("Call " + id + " was changed concurrently");
        }
    }

    private static <E extends Enum<E>> E value(Class<E> type, String stored) {
        return stored == null ? null : Enum.valueOf(type, stored);
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
