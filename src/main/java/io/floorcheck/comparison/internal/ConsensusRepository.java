package io.floorcheck.comparison.internal;

import static io.floorcheck.db.Tables.CONSENSUS_VALUE;
import static io.floorcheck.db.Tables.EVALUATION;
import static io.floorcheck.db.Tables.GATE_WAIVER;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import io.floorcheck.comparison.Agreed;
import io.floorcheck.comparison.ItemKey;
import io.floorcheck.scoring.Part;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/**
 * Agreed values and gate waivers. Every write is qualified, in the same SQL, by the evaluation
 * being at CONSENSUS and by the version the writer read: a locked evaluation refuses even a
 * faulty caller, and a second lead never overwrites the first without seeing it.
 */
@Repository
public class ConsensusRepository {

    private static final String CONSENSUS = "CONSENSUS";
    /** The key column's value for the items that are not a recommendation's. */
    private static final long NO_RECOMMENDATION = 0;

    private final DSLContext db;

    ConsensusRepository(DSLContext db) {
        this.db = db;
    }

    /** A stored agreed value; {@code withdrawn} once withdrawn (the row stays, for its version). */
    public record StoredValue(long id, int version, Agreed value, String rationale, long recordedBy,
            Instant recordedAt, boolean withdrawn) {
    }

    /** A stored waiver, likewise. */
    public record StoredWaiver(long id, int version, String approver, String approverRole, String reason,
            long recordedBy, Instant recordedAt, boolean withdrawn) {
    }

    /** The item's row, locked for the rest of the transaction (absent: never recorded). */
    public Optional<StoredValue> lockValue(long evaluationId, ItemKey key) {
        return db.selectFrom(CONSENSUS_VALUE).where(item(evaluationId, key)).forUpdate().fetchOptional(r ->
                new StoredValue(r.getId(), r.getVersion(), new Agreed(r.getScoreValue(), r.getNotApplicable(),
                        r.getGatePassed()), r.getRationale(), r.getRecordedBy(), instant(r.getRecordedAt()),
                        r.getWithdrawnAt() != null));
    }

    /** Records a first value for the item; false when the evaluation is not at consensus. */
    public boolean insertValue(long evaluationId, ItemKey key, Agreed value, String rationale, long by, Instant at) {
        return db.insertInto(CONSENSUS_VALUE, CONSENSUS_VALUE.EVALUATION_ID, CONSENSUS_VALUE.PART,
                        CONSENSUS_VALUE.VENDOR_ID, CONSENSUS_VALUE.RECOMMENDATION_ID, CONSENSUS_VALUE.CRITERION_CODE,
                        CONSENSUS_VALUE.SCORE_VALUE, CONSENSUS_VALUE.NOT_APPLICABLE, CONSENSUS_VALUE.GATE_PASSED,
                        CONSENSUS_VALUE.RATIONALE, CONSENSUS_VALUE.RECORDED_BY, CONSENSUS_VALUE.RECORDED_AT,
                        CONSENSUS_VALUE.VERSION)
                .select(DSL.select(EVALUATION.ID, DSL.val(key.part().name()), DSL.val(key.vendorId()),
                                DSL.val(recommendation(key)), DSL.val(key.criterionCode()),
                                DSL.val(value.level(), CONSENSUS_VALUE.SCORE_VALUE), DSL.val(value.notApplicable()),
                                DSL.val(value.passed(), CONSENSUS_VALUE.GATE_PASSED), DSL.val(rationale),
                                DSL.val(by), DSL.val(utc(at)), DSL.val(0))
                        .from(EVALUATION).where(EVALUATION.ID.eq(evaluationId).and(EVALUATION.STATUS.eq(CONSENSUS))))
                .execute() == 1;
    }

    /** Records a new value over the stored one read at {@code expectedVersion}; false if refused. */
    public boolean updateValue(long id, int expectedVersion, Agreed value, String rationale, long by, Instant at) {
        return db.update(CONSENSUS_VALUE)
                .set(CONSENSUS_VALUE.SCORE_VALUE, value.level())
                .set(CONSENSUS_VALUE.NOT_APPLICABLE, value.notApplicable())
                .set(CONSENSUS_VALUE.GATE_PASSED, value.passed())
                .set(CONSENSUS_VALUE.RATIONALE, rationale)
                .set(CONSENSUS_VALUE.RECORDED_BY, by)
                .set(CONSENSUS_VALUE.RECORDED_AT, utc(at))
                .setNull(CONSENSUS_VALUE.WITHDRAWN_BY)
                .setNull(CONSENSUS_VALUE.WITHDRAWN_AT)
                .setNull(CONSENSUS_VALUE.WITHDRAW_REASON)
                .set(CONSENSUS_VALUE.VERSION, expectedVersion + 1)
                .where(CONSENSUS_VALUE.ID.eq(id).and(CONSENSUS_VALUE.VERSION.eq(expectedVersion))
                        .and(atConsensus(CONSENSUS_VALUE.EVALUATION_ID)))
                .execute() == 1;
    }

    public boolean withdrawValue(long id, int expectedVersion, String reason, long by, Instant at) {
        return db.update(CONSENSUS_VALUE)
                .set(CONSENSUS_VALUE.WITHDRAWN_BY, by)
                .set(CONSENSUS_VALUE.WITHDRAWN_AT, utc(at))
                .set(CONSENSUS_VALUE.WITHDRAW_REASON, reason)
                .set(CONSENSUS_VALUE.VERSION, expectedVersion + 1)
                .where(CONSENSUS_VALUE.ID.eq(id).and(CONSENSUS_VALUE.VERSION.eq(expectedVersion))
                        .and(CONSENSUS_VALUE.WITHDRAWN_AT.isNull())
                        .and(atConsensus(CONSENSUS_VALUE.EVALUATION_ID)))
                .execute() == 1;
    }

    public Optional<StoredWaiver> lockWaiver(long evaluationId, long vendorId, String gateCode) {
        return db.selectFrom(GATE_WAIVER).where(GATE_WAIVER.EVALUATION_ID.eq(evaluationId)
                        .and(GATE_WAIVER.VENDOR_ID.eq(vendorId)).and(GATE_WAIVER.GATE_CODE.eq(gateCode)))
                .forUpdate().fetchOptional(r -> new StoredWaiver(r.getId(), r.getVersion(), r.getApprover(),
                        r.getApproverRole(), r.getReason(), r.getRecordedBy(), instant(r.getRecordedAt()),
                        r.getWithdrawnAt() != null));
    }

    public boolean insertWaiver(long evaluationId, long vendorId, String gateCode, String approver, String role,
            String reason, long by, Instant at) {
        return db.insertInto(GATE_WAIVER, GATE_WAIVER.EVALUATION_ID, GATE_WAIVER.VENDOR_ID, GATE_WAIVER.GATE_CODE,
                        GATE_WAIVER.APPROVER, GATE_WAIVER.APPROVER_ROLE, GATE_WAIVER.REASON, GATE_WAIVER.RECORDED_BY,
                        GATE_WAIVER.RECORDED_AT, GATE_WAIVER.VERSION)
                .select(DSL.select(EVALUATION.ID, DSL.val(vendorId), DSL.val(gateCode), DSL.val(approver),
                                DSL.val(role), DSL.val(reason), DSL.val(by), DSL.val(utc(at)), DSL.val(0))
                        .from(EVALUATION).where(EVALUATION.ID.eq(evaluationId).and(EVALUATION.STATUS.eq(CONSENSUS))))
                .execute() == 1;
    }

    public boolean updateWaiver(long id, int expectedVersion, String approver, String role, String reason, long by,
            Instant at) {
        return db.update(GATE_WAIVER)
                .set(GATE_WAIVER.APPROVER, approver)
                .set(GATE_WAIVER.APPROVER_ROLE, role)
                .set(GATE_WAIVER.REASON, reason)
                .set(GATE_WAIVER.RECORDED_BY, by)
                .set(GATE_WAIVER.RECORDED_AT, utc(at))
                .setNull(GATE_WAIVER.WITHDRAWN_BY)
                .setNull(GATE_WAIVER.WITHDRAWN_AT)
                .setNull(GATE_WAIVER.WITHDRAW_REASON)
                .set(GATE_WAIVER.VERSION, expectedVersion + 1)
                .where(GATE_WAIVER.ID.eq(id).and(GATE_WAIVER.VERSION.eq(expectedVersion))
                        .and(atConsensus(GATE_WAIVER.EVALUATION_ID)))
                .execute() == 1;
    }

    public boolean withdrawWaiver(long id, int expectedVersion, String reason, long by, Instant at) {
        return db.update(GATE_WAIVER)
                .set(GATE_WAIVER.WITHDRAWN_BY, by)
                .set(GATE_WAIVER.WITHDRAWN_AT, utc(at))
                .set(GATE_WAIVER.WITHDRAW_REASON, reason)
                .set(GATE_WAIVER.VERSION, expectedVersion + 1)
                .where(GATE_WAIVER.ID.eq(id).and(GATE_WAIVER.VERSION.eq(expectedVersion))
                        .and(GATE_WAIVER.WITHDRAWN_AT.isNull())
                        .and(atConsensus(GATE_WAIVER.EVALUATION_ID)))
                .execute() == 1;
    }

    /** Every item's stored version (withdrawn ones too: a write must quote it), by item. */
    public Map<ItemKey, Integer> valueVersions(long evaluationId) {
        Map<ItemKey, Integer> versions = new HashMap<>();
        db.select(CONSENSUS_VALUE.PART, CONSENSUS_VALUE.VENDOR_ID, CONSENSUS_VALUE.RECOMMENDATION_ID,
                        CONSENSUS_VALUE.CRITERION_CODE, CONSENSUS_VALUE.VERSION)
                .from(CONSENSUS_VALUE).where(CONSENSUS_VALUE.EVALUATION_ID.eq(evaluationId))
                .forEach(r -> versions.put(new ItemKey(Part.valueOf(r.value1()), r.value2(),
                        r.value3() == NO_RECOMMENDATION ? null : r.value3(), r.value4()), r.value5()));
        return versions;
    }

    /** Every gate waiver's stored version, by vendor id and gate code ("12|G3"). */
    public Map<String, Integer> waiverVersions(long evaluationId) {
        Map<String, Integer> versions = new HashMap<>();
        db.select(GATE_WAIVER.VENDOR_ID, GATE_WAIVER.GATE_CODE, GATE_WAIVER.VERSION).from(GATE_WAIVER)
                .where(GATE_WAIVER.EVALUATION_ID.eq(evaluationId))
                .forEach(r -> versions.put(r.value1() + "|" + r.value2(), r.value3()));
        return versions;
    }

    private static Condition item(long evaluationId, ItemKey key) {
        return CONSENSUS_VALUE.EVALUATION_ID.eq(evaluationId).and(CONSENSUS_VALUE.PART.eq(key.part().name()))
                .and(CONSENSUS_VALUE.VENDOR_ID.eq(key.vendorId()))
                .and(CONSENSUS_VALUE.RECOMMENDATION_ID.eq(recommendation(key)))
                .and(CONSENSUS_VALUE.CRITERION_CODE.eq(key.criterionCode()));
    }

    private static Condition atConsensus(Field<Long> evaluationId) {
        return DSL.exists(DSL.selectOne().from(EVALUATION)
                .where(EVALUATION.ID.eq(evaluationId).and(EVALUATION.STATUS.eq(CONSENSUS))));
    }

    private static long recommendation(ItemKey key) {
        return key.recommendationId() == null ? NO_RECOMMENDATION : key.recommendationId();
    }

    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static Instant instant(LocalDateTime utc) {
        return utc == null ? null : utc.toInstant(ZoneOffset.UTC);
    }
}
