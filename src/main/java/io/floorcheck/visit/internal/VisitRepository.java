package io.floorcheck.visit.internal;

import static io.floorcheck.db.Tables.EXPECTATION;
import static io.floorcheck.db.Tables.VISIT;
import static io.floorcheck.db.Tables.VISIT_AGENDA_ITEM;
import static io.floorcheck.db.Tables.VISIT_ATTENDEE;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.floorcheck.db.tables.records.VisitRecord;
import io.floorcheck.visit.AgendaItem;
import io.floorcheck.visit.AgendaKind;
import io.floorcheck.visit.VisitIntegrity;
import io.floorcheck.visit.VisitPlan;
import io.floorcheck.visit.VisitStatus;
import org.jooq.DSLContext;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Repository;

/** Visits, their attendees and agenda, and the attendees' expectations. */
@Repository
public class VisitRepository {

    private final DSLContext db;

    VisitRepository(DSLContext db) {
        this.db = db;
    }

    /** The stored visit row. */
    public record Row(long id, int version, long evaluationId, long vendorId, long siteId, LocalDateTime startsAt,
            VisitStatus status, String notes, String cancelReason, VisitIntegrity integrity) {
    }

    public long insert(long evaluationId, VisitPlan plan, Instant now) {
        return db.insertInto(VISIT)
                .set(VISIT.EVALUATION_ID, evaluationId)
                .set(VISIT.VENDOR_ID, plan.vendorId())
                .set(VISIT.SITE_ID, plan.siteId())
                .set(VISIT.STARTS_AT, plan.startsAt())
                .set(VISIT.STATUS, VisitStatus.PLANNED.name())
                .set(VISIT.NOTES, blankToNull(plan.notes()))
                .set(VISIT.CREATED_AT, utc(now))
                .set(VISIT.VERSION, 0)
                .returning(VISIT.ID)
                .fetchOne(VISIT.ID);
    }

    public Optional<Row> find(long id) {
        return db.selectFrom(VISIT).where(VISIT.ID.eq(id)).fetchOptional(VisitRepository::row);
    }

    public Optional<Row> lock(long id) {
        return db.selectFrom(VISIT).where(VISIT.ID.eq(id)).forUpdate().fetchOptional(VisitRepository::row);
    }

    public List<Row> ofEvaluation(long evaluationId) {
        return db.selectFrom(VISIT).where(VISIT.EVALUATION_ID.eq(evaluationId)).orderBy(VISIT.STARTS_AT, VISIT.ID)
                .fetch(VisitRepository::row);
    }

    private static Row row(VisitRecord r) {
        var recorded = r.getIntegrityRecordedAt();
        return new Row(r.getId(), r.getVersion(), r.getEvaluationId(), r.getVendorId(), r.getSiteId(), r.getStartsAt(),
                VisitStatus.valueOf(r.getStatus()), r.getNotes(), r.getCancelReason(),
                new VisitIntegrity(r.getPickedAgents(), r.getUnsupervised(), r.getFocusGroupAlone(),
                        r.getTypicalVolume(), r.getHospitality(), r.getIntegrityNote(),
                        recorded == null ? null : recorded.toInstant(ZoneOffset.UTC)));
    }

    public int reschedule(long id, int expectedVersion, VisitPlan plan) {
        return bump(db.update(VISIT).set(VISIT.SITE_ID, plan.siteId()).set(VISIT.VENDOR_ID, plan.vendorId())
                .set(VISIT.STARTS_AT, plan.startsAt()).set(VISIT.NOTES, blankToNull(plan.notes()))
                .set(VISIT.VERSION, expectedVersion + 1)
                .where(VISIT.ID.eq(id).and(VISIT.VERSION.eq(expectedVersion))).execute(), id, expectedVersion);
    }

    public int setStatus(long id, int expectedVersion, VisitStatus status, String cancelReason) {
        return bump(db.update(VISIT).set(VISIT.STATUS, status.name()).set(VISIT.CANCEL_REASON, cancelReason)
                .set(VISIT.VERSION, expectedVersion + 1)
                .where(VISIT.ID.eq(id).and(VISIT.VERSION.eq(expectedVersion))).execute(), id, expectedVersion);
    }

    public int recordIntegrity(long id, int expectedVersion, VisitIntegrity integrity, Instant now) {
        return bump(db.update(VISIT)
                .set(VISIT.PICKED_AGENTS, integrity.pickedAgents())
                .set(VISIT.UNSUPERVISED, integrity.unsupervised())
                .set(VISIT.FOCUS_GROUP_ALONE, integrity.focusGroupAlone())
                .set(VISIT.TYPICAL_VOLUME, integrity.typicalVolume())
                .set(VISIT.HOSPITALITY, blankToNull(integrity.hospitality()))
                .set(VISIT.INTEGRITY_NOTE, blankToNull(integrity.note()))
                .set(VISIT.INTEGRITY_RECORDED_AT, utc(now))
                .set(VISIT.VERSION, expectedVersion + 1)
                .where(VISIT.ID.eq(id).and(VISIT.VERSION.eq(expectedVersion))).execute(), id, expectedVersion);
    }

    private static int bump(int updated, long id, int expectedVersion) {
        if (updated != 1) {
            throw new OptimisticLockingFailureException("Visit " + id + " was changed concurrently");
        }
        return expectedVersion + 1;
    }

    public Map<Long, List<Long>> attendees(Collection<Long> visitIds) {
        return visitIds.isEmpty() ? Map.of() : db.select(VISIT_ATTENDEE.VISIT_ID, VISIT_ATTENDEE.USER_ID)
                .from(VISIT_ATTENDEE).where(VISIT_ATTENDEE.VISIT_ID.in(visitIds))
                .orderBy(VISIT_ATTENDEE.USER_ID)
                .fetchGroups(VISIT_ATTENDEE.VISIT_ID, VISIT_ATTENDEE.USER_ID);
    }

    public void setAttendees(long visitId, Collection<Long> userIds) {
        db.deleteFrom(VISIT_ATTENDEE).where(VISIT_ATTENDEE.VISIT_ID.eq(visitId)).execute();
        if (!userIds.isEmpty()) {
            var insert = db.insertInto(VISIT_ATTENDEE, VISIT_ATTENDEE.VISIT_ID, VISIT_ATTENDEE.USER_ID);
            userIds.stream().sorted().forEach(user -> insert.values(visitId, user));
            insert.execute();
        }
    }

    public List<AgendaItem> agenda(long visitId) {
        return db.selectFrom(VISIT_AGENDA_ITEM).where(VISIT_AGENDA_ITEM.VISIT_ID.eq(visitId))
                .orderBy(VISIT_AGENDA_ITEM.SORT_ORDER)
                .fetch(a -> new AgendaItem(AgendaKind.valueOf(a.getKind()), a.getStartsAt(), a.getTitle(),
                        a.getAttendeeId(), a.getWithWhom(), a.getNotes()));
    }

    public void setAgenda(long visitId, List<AgendaItem> items) {
        db.deleteFrom(VISIT_AGENDA_ITEM).where(VISIT_AGENDA_ITEM.VISIT_ID.eq(visitId)).execute();
        for (int i = 0; i < items.size(); i++) {
            AgendaItem item = items.get(i);
            db.insertInto(VISIT_AGENDA_ITEM)
                    .set(VISIT_AGENDA_ITEM.VISIT_ID, visitId)
                    .set(VISIT_AGENDA_ITEM.SORT_ORDER, i + 1)
                    .set(VISIT_AGENDA_ITEM.KIND, item.kind().name())
                    .set(VISIT_AGENDA_ITEM.STARTS_AT, item.startsAt())
                    .set(VISIT_AGENDA_ITEM.TITLE, item.title().strip())
                    .set(VISIT_AGENDA_ITEM.ATTENDEE_ID, item.attendeeId())
                    .set(VISIT_AGENDA_ITEM.WITH_WHOM, blankToNull(item.withWhom()))
                    .set(VISIT_AGENDA_ITEM.NOTES, blankToNull(item.notes()))
                    .execute();
        }
    }

    /** A stored expectation: section code to score and reason. */
    public record Expected(Integer score, String reason) {
    }

    public Map<String, Expected> expectations(long visitId, long userId) {
        return db.selectFrom(EXPECTATION).where(EXPECTATION.VISIT_ID.eq(visitId).and(EXPECTATION.USER_ID.eq(userId)))
                .fetchMap(EXPECTATION.SECTION_CODE, e -> new Expected(e.getExpectedScore(), e.getReason()));
    }

    public void expect(long visitId, long userId, String sectionCode, Integer score, String reason, Instant now) {
        int updated = db.update(EXPECTATION).set(EXPECTATION.EXPECTED_SCORE, score)
                .set(EXPECTATION.REASON, blankToNull(reason)).set(EXPECTATION.UPDATED_AT, utc(now))
                .where(EXPECTATION.VISIT_ID.eq(visitId).and(EXPECTATION.USER_ID.eq(userId))
                        .and(EXPECTATION.SECTION_CODE.eq(sectionCode)))
                .execute();
        if (updated == 0) {
            db.insertInto(EXPECTATION).set(EXPECTATION.VISIT_ID, visitId).set(EXPECTATION.USER_ID, userId)
                    .set(EXPECTATION.SECTION_CODE, sectionCode).set(EXPECTATION.EXPECTED_SCORE, score)
                    .set(EXPECTATION.REASON, blankToNull(reason)).set(EXPECTATION.UPDATED_AT, utc(now)).execute();
        }
    }

    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
