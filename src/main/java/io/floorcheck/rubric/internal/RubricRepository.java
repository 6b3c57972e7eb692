package io.floorcheck.rubric.internal;

import static io.floorcheck.db.Tables.CRITERION;
import static io.floorcheck.db.Tables.CRITERION_LEVEL;
import static io.floorcheck.db.Tables.RUBRIC;
import static io.floorcheck.db.Tables.RUBRIC_SECTION;
import static io.floorcheck.db.Tables.RUBRIC_VERSION;
import static io.floorcheck.db.Tables.SECTION_LEVEL;

import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import io.floorcheck.rubric.Criterion;
import io.floorcheck.rubric.EvidenceRule;
import io.floorcheck.rubric.Level;
import io.floorcheck.rubric.RubricPurpose;
import io.floorcheck.rubric.RubricSection;
import io.floorcheck.rubric.RubricSummary;
import io.floorcheck.rubric.RubricVersion;
import io.floorcheck.rubric.VersionStatus;
import io.floorcheck.rubric.VersionChoice;
import io.floorcheck.rubric.VersionSummary;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/**
 * Reads rubrics. A version is read in five flat queries (version, sections, section levels,
 * criteria, criterion levels) and assembled in memory: a fixed number of queries whatever the
 * rubric's size, without correlated MULTISET (which MariaDB rejects through Connector/J).
 */
@Repository
public class RubricRepository {

    private static final String PUBLISHED = VersionStatus.PUBLISHED.name();

    private final DSLContext db;

    RubricRepository(DSLContext db) {
        this.db = db;
    }

    public List<RubricSummary> library() {
        var latest = DSL.select(RUBRIC_VERSION.RUBRIC_ID, DSL.max(RUBRIC_VERSION.VERSION_NUMBER).as("latest"))
                .from(RUBRIC_VERSION)
                .where(RUBRIC_VERSION.STATUS.eq(PUBLISHED))
                .groupBy(RUBRIC_VERSION.RUBRIC_ID)
                .asTable("latest");
        var latestNumber = latest.field("latest", Integer.class);
        var latestRubric = latest.field(RUBRIC_VERSION.RUBRIC_ID);
        var draft = RUBRIC_VERSION.as("draft");
        return db.select(RUBRIC.ID, RUBRIC.NAME, RUBRIC.PURPOSE, RUBRIC.DESCRIPTION, RUBRIC.LIBRARY_KEY,
                        latestNumber, RUBRIC_VERSION.ID, draft.VERSION_NUMBER, draft.ID)
                .from(RUBRIC)
                .leftJoin(latest).on(latestRubric.eq(RUBRIC.ID))
                .leftJoin(RUBRIC_VERSION).on(RUBRIC_VERSION.RUBRIC_ID.eq(RUBRIC.ID)
                        .and(RUBRIC_VERSION.VERSION_NUMBER.eq(latestNumber)))
                .leftJoin(draft).on(draft.RUBRIC_ID.eq(RUBRIC.ID).and(draft.STATUS.eq(VersionStatus.DRAFT.name())))
                .orderBy(RUBRIC.NAME)
                .fetch(r -> new RubricSummary(r.get(RUBRIC.ID), r.get(RUBRIC.NAME),
                        RubricPurpose.valueOf(r.get(RUBRIC.PURPOSE)), r.get(RUBRIC.DESCRIPTION),
                        r.get(RUBRIC.LIBRARY_KEY) != null, r.get(latestNumber), r.get(RUBRIC_VERSION.ID),
                        r.get(draft.VERSION_NUMBER), r.get(draft.ID), 0));
    }

    /** Published versions of rubrics with the given purpose, newest first within a rubric. */
    public List<VersionChoice> published(RubricPurpose purpose) {
        return db.select(RUBRIC_VERSION.ID, RUBRIC.ID, RUBRIC.NAME, RUBRIC_VERSION.VERSION_NUMBER)
                .from(RUBRIC_VERSION).join(RUBRIC).on(RUBRIC.ID.eq(RUBRIC_VERSION.RUBRIC_ID))
                .where(RUBRIC.PURPOSE.eq(purpose.name()).and(RUBRIC_VERSION.STATUS.eq(PUBLISHED)))
                .orderBy(RUBRIC.NAME, RUBRIC_VERSION.VERSION_NUMBER.desc())
                .fetch(r -> new VersionChoice(r.value1(), r.value2(), r.value3(), r.value4(), purpose));
    }

    /** A version's name, number and purpose, in one query (not the whole version). */
    public Optional<VersionChoice> choice(long versionId) {
        return db.select(RUBRIC_VERSION.ID, RUBRIC.ID, RUBRIC.NAME, RUBRIC_VERSION.VERSION_NUMBER, RUBRIC.PURPOSE)
                .from(RUBRIC_VERSION).join(RUBRIC).on(RUBRIC.ID.eq(RUBRIC_VERSION.RUBRIC_ID))
                .where(RUBRIC_VERSION.ID.eq(versionId))
                .fetchOptional(r -> new VersionChoice(r.value1(), r.value2(), r.value3(), r.value4(),
                        RubricPurpose.valueOf(r.value5())));
    }

    /** Every version of a rubric, newest first. */
    public List<VersionSummary> history(long rubricId) {
        return db.selectFrom(RUBRIC_VERSION).where(RUBRIC_VERSION.RUBRIC_ID.eq(rubricId))
                .orderBy(RUBRIC_VERSION.VERSION_NUMBER.desc())
                .fetch(r -> new VersionSummary(r.getId(), r.getVersionNumber(), VersionStatus.valueOf(r.getStatus()),
                        instant(r.getCreatedAt()), instant(r.getPublishedAt()), r.getChangeNote()));
    }

    private static java.time.Instant instant(java.time.LocalDateTime utc) {
        return utc == null ? null : utc.toInstant(ZoneOffset.UTC);
    }

    public Optional<Long> versionIdOf(String libraryKey, int number) {
        return db.select(RUBRIC_VERSION.ID).from(RUBRIC_VERSION).join(RUBRIC).on(RUBRIC.ID.eq(RUBRIC_VERSION.RUBRIC_ID))
                .where(RUBRIC.LIBRARY_KEY.eq(libraryKey).and(RUBRIC_VERSION.VERSION_NUMBER.eq(number)))
                .fetchOptional(RUBRIC_VERSION.ID);
    }

    public Map<Long, Integer> criterionCounts(Collection<Long> versionIds) {
        return db.select(RUBRIC_SECTION.RUBRIC_VERSION_ID, DSL.count()).from(CRITERION).join(RUBRIC_SECTION)
                .on(CRITERION.SECTION_ID.eq(RUBRIC_SECTION.ID)).where(RUBRIC_SECTION.RUBRIC_VERSION_ID.in(versionIds))
                .groupBy(RUBRIC_SECTION.RUBRIC_VERSION_ID).fetchMap(RUBRIC_SECTION.RUBRIC_VERSION_ID, DSL.count());
    }

    public Optional<RubricVersion> version(long versionId) {
        Record head = db.select(RUBRIC_VERSION.asterisk(), RUBRIC.NAME, RUBRIC.PURPOSE)
                .from(RUBRIC_VERSION).join(RUBRIC).on(RUBRIC.ID.eq(RUBRIC_VERSION.RUBRIC_ID))
                .where(RUBRIC_VERSION.ID.eq(versionId))
                .fetchOne();
        if (head == null) {
            return Optional.empty();
        }
        var sections = db.selectFrom(RUBRIC_SECTION).where(RUBRIC_SECTION.RUBRIC_VERSION_ID.eq(versionId))
                .orderBy(RUBRIC_SECTION.SORT_ORDER).fetch();
        Map<Long, List<Level>> sectionLevels = db.select(SECTION_LEVEL.SECTION_ID, SECTION_LEVEL.SCORE_LEVEL,
                        SECTION_LEVEL.DESCRIPTOR)
                .from(SECTION_LEVEL).join(RUBRIC_SECTION).on(RUBRIC_SECTION.ID.eq(SECTION_LEVEL.SECTION_ID))
                .where(RUBRIC_SECTION.RUBRIC_VERSION_ID.eq(versionId))
                .orderBy(SECTION_LEVEL.SCORE_LEVEL)
                .fetchGroups(r -> r.value1(), r -> new Level(r.value2(), r.value3()));
        var criteria = db.select(CRITERION.asterisk()).from(CRITERION)
                .join(RUBRIC_SECTION).on(RUBRIC_SECTION.ID.eq(CRITERION.SECTION_ID))
                .where(RUBRIC_SECTION.RUBRIC_VERSION_ID.eq(versionId))
                .orderBy(CRITERION.SORT_ORDER)
                .fetchInto(CRITERION);
        Map<Long, List<Level>> criterionLevels = db.select(CRITERION_LEVEL.CRITERION_ID, CRITERION_LEVEL.SCORE_LEVEL,
                        CRITERION_LEVEL.DESCRIPTOR)
                .from(CRITERION_LEVEL).join(CRITERION).on(CRITERION.ID.eq(CRITERION_LEVEL.CRITERION_ID))
                .join(RUBRIC_SECTION).on(RUBRIC_SECTION.ID.eq(CRITERION.SECTION_ID))
                .where(RUBRIC_SECTION.RUBRIC_VERSION_ID.eq(versionId))
                .orderBy(CRITERION_LEVEL.SCORE_LEVEL)
                .fetchGroups(r -> r.value1(), r -> new Level(r.value2(), r.value3()));
        Map<Long, List<Criterion>> criteriaBySection = criteria.stream().collect(Collectors.groupingBy(
                c -> c.getSectionId(), Collectors.mapping(c -> new Criterion(c.getCode(), c.getTitle(), c.getGuidance(),
                        c.getWeight(), c.getScaleMin(), c.getScaleMax(), c.getNaAllowed(), c.getGate(),
                        c.getPassCondition(), c.getUpsellMinimum(), criterionLevels.getOrDefault(c.getId(), List.of())),
                        Collectors.toList())));
        List<RubricSection> assembled = sections.stream().map(s -> new RubricSection(s.getCode(), s.getTitle(),
                s.getGuidance(), s.getWeight(), sectionLevels.getOrDefault(s.getId(), List.of()),
                criteriaBySection.getOrDefault(s.getId(), List.of()))).toList();
        var published = head.get(RUBRIC_VERSION.PUBLISHED_AT);
        return Optional.of(new RubricVersion(versionId, head.get(RUBRIC_VERSION.RUBRIC_ID), head.get(RUBRIC.NAME),
                RubricPurpose.valueOf(head.get(RUBRIC.PURPOSE)), head.get(RUBRIC_VERSION.VERSION_NUMBER),
                VersionStatus.valueOf(head.get(RUBRIC_VERSION.STATUS)), head.get(RUBRIC_VERSION.SCALE_GUIDANCE),
                new EvidenceRule(head.get(RUBRIC_VERSION.EVIDENCE_AT_MOST), head.get(RUBRIC_VERSION.EVIDENCE_AT_LEAST)),
                instant(published), assembled, head.get(RUBRIC_VERSION.VERSION)));
    }
}
