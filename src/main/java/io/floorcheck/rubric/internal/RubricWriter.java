package io.floorcheck.rubric.internal;

import static io.floorcheck.db.Tables.CRITERION;
import static io.floorcheck.db.Tables.CRITERION_LEVEL;
import static io.floorcheck.db.Tables.RUBRIC;
import static io.floorcheck.db.Tables.RUBRIC_SECTION;
import static io.floorcheck.db.Tables.RUBRIC_VERSION;
import static io.floorcheck.db.Tables.SECTION_LEVEL;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import io.floorcheck.rubric.Criterion;
import io.floorcheck.rubric.Level;
import io.floorcheck.rubric.RubricContent;
import io.floorcheck.rubric.RubricPurpose;
import io.floorcheck.rubric.RubricSection;
import io.floorcheck.rubric.VersionStatus;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Select;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Repository;

/**
 * Writes rubrics. Every statement that changes a version's content is qualified by the
 * version being a DRAFT in the same SQL, so even a faulty caller cannot alter a published
 * version: the service's rule is repeated where the data is.
 */
@Repository
public class RubricWriter {

    private static final String DRAFT = VersionStatus.DRAFT.name();

    private final DSLContext db;

    RubricWriter(DSLContext db) {
        this.db = db;
    }

    /** A version row as far as writing needs it, read under a row lock. */
    public record VersionRow(long id, long rubricId, int number, VersionStatus status, int revision) {
    }

    public long insertRubric(String name, RubricPurpose purpose, String description, Long ownerId, Instant now) {
        return db.insertInto(RUBRIC)
                .set(RUBRIC.NAME, name)
                .set(RUBRIC.PURPOSE, purpose.name())
                .set(RUBRIC.DESCRIPTION, description)
                .set(RUBRIC.OWNER_ID, ownerId)
                .set(RUBRIC.CREATED_AT, utc(now))
                .set(RUBRIC.VERSION, 0)
                .returning(RUBRIC.ID)
                .fetchOne(RUBRIC.ID);
    }

    public void updateRubric(long rubricId, String name, String description) {
        db.update(RUBRIC).set(RUBRIC.NAME, name).set(RUBRIC.DESCRIPTION, description)
                .set(RUBRIC.VERSION, RUBRIC.VERSION.plus(1))
                .where(RUBRIC.ID.eq(rubricId)).execute();
    }

    /** Locks the rubric row, so two people starting a draft of one rubric take turns. */
    public boolean lockRubric(long rubricId) {
        return db.select(RUBRIC.ID).from(RUBRIC).where(RUBRIC.ID.eq(rubricId)).forUpdate().fetchOptional().isPresent();
    }

    public Optional<VersionRow> lockVersion(long versionId) {
        return db.select(RUBRIC_VERSION.ID, RUBRIC_VERSION.RUBRIC_ID, RUBRIC_VERSION.VERSION_NUMBER,
                        RUBRIC_VERSION.STATUS, RUBRIC_VERSION.VERSION)
                .from(RUBRIC_VERSION).where(RUBRIC_VERSION.ID.eq(versionId)).forUpdate()
                .fetchOptional(r -> new VersionRow(r.value1(), r.value2(), r.value3(), VersionStatus.valueOf(r.value4()),
                        r.value5()));
    }

    public Optional<Integer> draftNumber(long rubricId) {
        return db.select(RUBRIC_VERSION.VERSION_NUMBER).from(RUBRIC_VERSION)
                .where(RUBRIC_VERSION.RUBRIC_ID.eq(rubricId).and(RUBRIC_VERSION.STATUS.eq(DRAFT)))
                .fetchOptional(RUBRIC_VERSION.VERSION_NUMBER);
    }

    public String changeNote(long versionId) {
        return db.select(RUBRIC_VERSION.CHANGE_NOTE).from(RUBRIC_VERSION).where(RUBRIC_VERSION.ID.eq(versionId))
                .fetchOne(RUBRIC_VERSION.CHANGE_NOTE);
    }

    public int nextNumber(long rubricId) {
        Integer max = db.select(org.jooq.impl.DSL.max(RUBRIC_VERSION.VERSION_NUMBER)).from(RUBRIC_VERSION)
                .where(RUBRIC_VERSION.RUBRIC_ID.eq(rubricId)).fetchOne(0, Integer.class);
        return max == null ? 1 : max + 1;
    }

    public long insertDraft(long rubricId, int number, RubricContent content, String changeNote, Instant now) {
        long versionId = db.insertInto(RUBRIC_VERSION)
                .set(RUBRIC_VERSION.RUBRIC_ID, rubricId)
                .set(RUBRIC_VERSION.VERSION_NUMBER, number)
                .set(RUBRIC_VERSION.STATUS, DRAFT)
                .set(RUBRIC_VERSION.SCALE_GUIDANCE, content.scaleGuidance())
                .set(RUBRIC_VERSION.EVIDENCE_AT_MOST, content.evidenceRule().atMost())
                .set(RUBRIC_VERSION.EVIDENCE_AT_LEAST, content.evidenceRule().atLeast())
                .set(RUBRIC_VERSION.CHANGE_NOTE, changeNote)
                .set(RUBRIC_VERSION.CREATED_AT, utc(now))
                .set(RUBRIC_VERSION.VERSION, 0)
                .returning(RUBRIC_VERSION.ID)
                .fetchOne(RUBRIC_VERSION.ID);
        insertSections(versionId, content.sections());
        return versionId;
    }

    /**
     * Replaces a draft's content and counts the save. The caller has checked the revision
     * under lock; the update checks it again together with the status, so a stale or
     * published version is refused by the database statement itself.
     */
    public int replaceDraft(VersionRow draft, RubricContent content, String changeNote) {
        int updated = db.update(RUBRIC_VERSION)
                .set(RUBRIC_VERSION.SCALE_GUIDANCE, content.scaleGuidance())
                .set(RUBRIC_VERSION.EVIDENCE_AT_MOST, content.evidenceRule().atMost())
                .set(RUBRIC_VERSION.EVIDENCE_AT_LEAST, content.evidenceRule().atLeast())
                .set(RUBRIC_VERSION.CHANGE_NOTE, changeNote)
                .set(RUBRIC_VERSION.VERSION, RUBRIC_VERSION.VERSION.plus(1))
                .where(RUBRIC_VERSION.ID.eq(draft.id()).and(RUBRIC_VERSION.STATUS.eq(DRAFT))
                        .and(RUBRIC_VERSION.VERSION.eq(draft.revision())))
                .execute();
        requireOne(updated, draft.id());
        deleteContent(draft.id());
        insertSections(draft.id(), content.sections());
        return draft.revision() + 1;
    }

    public void publish(VersionRow draft, Instant now) {
        requireOne(db.update(RUBRIC_VERSION)
                .set(RUBRIC_VERSION.STATUS, VersionStatus.PUBLISHED.name())
                .set(RUBRIC_VERSION.PUBLISHED_AT, utc(now))
                .set(RUBRIC_VERSION.VERSION, RUBRIC_VERSION.VERSION.plus(1))
                .where(RUBRIC_VERSION.ID.eq(draft.id()).and(RUBRIC_VERSION.STATUS.eq(DRAFT))
                        .and(RUBRIC_VERSION.VERSION.eq(draft.revision())))
                .execute(), draft.id());
    }

    public void retire(VersionRow published) {
        requireOne(db.update(RUBRIC_VERSION)
                .set(RUBRIC_VERSION.STATUS, VersionStatus.RETIRED.name())
                .set(RUBRIC_VERSION.VERSION, RUBRIC_VERSION.VERSION.plus(1))
                .where(RUBRIC_VERSION.ID.eq(published.id())
                        .and(RUBRIC_VERSION.STATUS.eq(VersionStatus.PUBLISHED.name())))
                .execute(), published.id());
    }

    /** Deletes a draft; a rubric left without any version goes with it. */
    public void deleteDraft(VersionRow draft) {
        deleteContent(draft.id());
        requireOne(db.deleteFrom(RUBRIC_VERSION)
                .where(RUBRIC_VERSION.ID.eq(draft.id()).and(RUBRIC_VERSION.STATUS.eq(DRAFT)))
                .execute(), draft.id());
        boolean others = db.fetchExists(RUBRIC_VERSION, RUBRIC_VERSION.RUBRIC_ID.eq(draft.rubricId()));
        if (!others) {
            db.deleteFrom(RUBRIC).where(RUBRIC.ID.eq(draft.rubricId())).execute();
        }
    }

    private void deleteContent(long versionId) {
        Select<org.jooq.Record1<Long>> draftSections = db.select(RUBRIC_SECTION.ID).from(RUBRIC_SECTION)
                .join(RUBRIC_VERSION).on(RUBRIC_VERSION.ID.eq(RUBRIC_SECTION.RUBRIC_VERSION_ID))
                .where(RUBRIC_VERSION.ID.eq(versionId).and(RUBRIC_VERSION.STATUS.eq(DRAFT)));
        Select<org.jooq.Record1<Long>> draftCriteria = db.select(CRITERION.ID).from(CRITERION)
                .join(RUBRIC_SECTION).on(RUBRIC_SECTION.ID.eq(CRITERION.SECTION_ID))
                .join(RUBRIC_VERSION).on(RUBRIC_VERSION.ID.eq(RUBRIC_SECTION.RUBRIC_VERSION_ID))
                .where(RUBRIC_VERSION.ID.eq(versionId).and(RUBRIC_VERSION.STATUS.eq(DRAFT)));
        // MySQL refuses a DELETE whose subquery reads the table being deleted from: list the ids first.
        List<Long> criteria = db.fetch(draftCriteria).getValues(0, Long.class);
        List<Long> sections = db.fetch(draftSections).getValues(0, Long.class);
        if (!criteria.isEmpty()) {
            db.deleteFrom(CRITERION_LEVEL).where(CRITERION_LEVEL.CRITERION_ID.in(criteria)).execute();
            db.deleteFrom(CRITERION).where(CRITERION.ID.in(criteria)).execute();
        }
        if (!sections.isEmpty()) {
            db.deleteFrom(SECTION_LEVEL).where(SECTION_LEVEL.SECTION_ID.in(sections)).execute();
            db.deleteFrom(RUBRIC_SECTION).where(RUBRIC_SECTION.ID.in(sections)).execute();
        }
    }

    private void insertSections(long versionId, List<RubricSection> sections) {
        for (int s = 0; s < sections.size(); s++) {
            RubricSection section = sections.get(s);
            long sectionId = db.insertInto(RUBRIC_SECTION)
                    .set(RUBRIC_SECTION.RUBRIC_VERSION_ID, versionId)
                    .set(RUBRIC_SECTION.SORT_ORDER, s + 1)
                    .set(RUBRIC_SECTION.CODE, section.code().strip())
                    .set(RUBRIC_SECTION.TITLE, text(section.title()))
                    .set(RUBRIC_SECTION.GUIDANCE, blankToNull(section.guidance()))
                    .set(RUBRIC_SECTION.WEIGHT, section.weight())
                    .returning(RUBRIC_SECTION.ID)
                    .fetchOne(RUBRIC_SECTION.ID);
            insertLevels(SECTION_LEVEL, SECTION_LEVEL.SECTION_ID, SECTION_LEVEL.SCORE_LEVEL, SECTION_LEVEL.DESCRIPTOR,
                    sectionId, section.levels());
            for (int c = 0; c < section.criteria().size(); c++) {
                Criterion criterion = section.criteria().get(c);
                long criterionId = db.insertInto(CRITERION)
                        .set(CRITERION.SECTION_ID, sectionId)
                        .set(CRITERION.SORT_ORDER, c + 1)
                        .set(CRITERION.CODE, criterion.code().strip())
                        .set(CRITERION.TITLE, text(criterion.title()))
                        .set(CRITERION.GUIDANCE, blankToNull(criterion.guidance()))
                        .set(CRITERION.WEIGHT, criterion.gate() ? null : criterion.weight())
                        .set(CRITERION.SCALE_MIN, criterion.scaleMin())
                        .set(CRITERION.SCALE_MAX, criterion.scaleMax())
                        .set(CRITERION.NA_ALLOWED, criterion.naAllowed())
                        .set(CRITERION.GATE, criterion.gate())
                        .set(CRITERION.UPSELL_MINIMUM, !criterion.gate() && criterion.upsellMinimum())
                        // A gate keeps a (possibly still empty) pass condition; other criteria have none.
                        .set(CRITERION.PASS_CONDITION, criterion.gate() ? text(criterion.passCondition()) : null)
                        .returning(CRITERION.ID)
                        .fetchOne(CRITERION.ID);
                insertLevels(CRITERION_LEVEL, CRITERION_LEVEL.CRITERION_ID, CRITERION_LEVEL.SCORE_LEVEL,
                        CRITERION_LEVEL.DESCRIPTOR, criterionId, criterion.gate() ? List.of() : criterion.levels());
            }
        }
    }

    private <R extends org.jooq.Record> void insertLevels(org.jooq.Table<R> table, Field<Long> owner,
            Field<Integer> score, Field<String> descriptor, long ownerId, List<Level> levels) {
        var described = levels.stream().filter(level -> level.descriptor() != null && !level.descriptor().isBlank())
                .toList();
        if (described.isEmpty()) {
            return;
        }
        var insert = db.insertInto(table, owner, score, descriptor);
        described.forEach(level -> insert.values(ownerId, level.score(), level.descriptor().strip()));
        insert.execute();
    }

    private static void requireOne(int updated, long versionId) {
        if (updated != 1) {
            throw new OptimisticLockingFailureException("Rubric version " + versionId
                    + " was changed, published or removed concurrently");
        }
    }

    private static String text(String value) {
        return value == null ? "" : value.strip();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
