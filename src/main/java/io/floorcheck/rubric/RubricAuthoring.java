package io.floorcheck.rubric;

import java.time.Clock;
import java.util.List;

import io.floorcheck.audit.AuditEntry;
import io.floorcheck.audit.AuditService;
import io.floorcheck.base.ImportRefused;
import io.floorcheck.base.RuleViolation;
import io.floorcheck.base.Text;
import io.floorcheck.rubric.internal.RubricRepository;
import io.floorcheck.rubric.internal.RubricWriter.VersionRow;
import io.floorcheck.rubric.internal.RubricWriter;
import io.floorcheck.security.CurrentUser;
import io.floorcheck.security.Roles;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Making and changing rubrics: ADMIN and PROCUREMENT only. Only a draft changes; a published
 * version is frozen (here and in every SQL statement that writes content), and changing it —
 * even a typo — means starting a new draft from it. One draft per rubric at a time.
 */
@Service
@PreAuthorize("hasAnyRole('" + Roles.ADMIN + "', '" + Roles.PROCUREMENT + "')")
public class RubricAuthoring {

    static final String ENTITY = "rubric_version";

    private final RubricWriter writer;
    private final RubricRepository reader;
    private final AuditService audit;
    private final Clock clock;

    RubricAuthoring(RubricWriter writer, RubricRepository reader, AuditService audit, Clock clock) {
        this.writer = writer;
        this.reader = reader;
        this.audit = audit;
        this.clock = clock;
    }

    /** A new rubric with an empty first draft; returns the draft's id. */
    @Transactional
    @PreAuthorize("hasAnyRole('" + Roles.ADMIN + "', '" + Roles.PROCUREMENT + "')")
    public long create(NewRubric rubric) {
        return createWith(rubric, new RubricContent(null, RubricContent.DEFAULT_EVIDENCE_RULE, List.of()),
                "RUBRIC_CREATED");
    }

    /**
     * A new rubric whose first draft is the file's content; nothing is written unless the
     * whole file is valid ({@link ImportRefused} lists every problem with its line).
     */
    @Transactional
    @PreAuthorize("hasAnyRole('" + Roles.ADMIN + "', '" + Roles.PROCUREMENT + "')")
    public long importAsNew(NewRubric rubric, byte[] csv) {
        // Name and purpose first: they are on the form, quicker to fix than the file.
        checkedName(rubric.name());
        checkedPurpose(rubric);
        List<RubricSection> sections = RubricCsvReader.read(csv);
        return createWith(rubric, new RubricContent(null, RubricContent.DEFAULT_EVIDENCE_RULE, sections),
                "RUBRIC_IMPORTED");
    }

    /** Replaces a draft's sections with the file's; its scale guidance and evidence rule stay. */
    @Transactional
    @PreAuthorize("hasAnyRole('" + Roles.ADMIN + "', '" + Roles.PROCUREMENT + "')")
    public int importIntoDraft(long versionId, int revision, byte[] csv) {
        List<RubricSection> sections = RubricCsvReader.read(csv);
        VersionRow draft = lockedDraft(versionId, revision);
        RubricVersion current = reader.version(versionId).orElseThrow();
        RubricContent content = storable(current.content().withSections(sections));
        int next = writer.replaceDraft(draft, content, changeNoteOf(versionId));
        audit.record(AuditEntry.of("RUBRIC_DRAFT_IMPORTED", ENTITY, versionId)
                .withValues(null, summary(content)));
        return next;
    }

    /**
     * Starts the next version as a draft copied from {@code fromVersionId} (usually the latest
     * published one): the one-click way to change a published rubric, typos included.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('" + Roles.ADMIN + "', '" + Roles.PROCUREMENT + "')")
    public long startDraft(long fromVersionId) {
        RubricVersion source = reader.version(fromVersionId)
                .orElseThrow(() -> new RuleViolation("rubrics.error.versionNotFound"));
        writer.lockRubric(source.rubricId());
        writer.draftNumber(source.rubricId()).ifPresent(number -> {
            throw new RuleViolation("rubrics.error.draftExists", number);
        });
        int number = writer.nextNumber(source.rubricId());
        long draftId = writer.insertDraft(source.rubricId(), number, source.content(), null, clock.instant());
        audit.record(AuditEntry.of("RUBRIC_DRAFT_STARTED", ENTITY, draftId)
                .withValues(null, "version " + number + " from version " + source.number()));
        return draftId;
    }

    /**
     * Saves a draft's whole content; {@code revision} is the one the editor loaded, so a save
     * over someone else's newer save is refused rather than silently overwriting it. Returns
     * the new revision.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('" + Roles.ADMIN + "', '" + Roles.PROCUREMENT + "')")
    public int saveDraft(long versionId, int revision, RubricContent content, String changeNote) {
        VersionRow draft = lockedDraft(versionId, revision);
        String note = blankToNull(Text.clean(changeNote));
        Text.requireAtMost(note, RubricRules.TEXT_LENGTH, "rubrics.error.changeNoteLength");
        return writer.replaceDraft(draft, storable(content), note);
    }

    /** Names and describes a rubric until its first version is published; from then on both stay. */
    @Transactional
    @PreAuthorize("hasAnyRole('" + Roles.ADMIN + "', '" + Roles.PROCUREMENT + "')")
    public void rename(long rubricId, String name, String given) {
        String checked = checkedName(Text.line(name));
        String description = Text.cleanOrNull(given);
        Text.requireAtMost(description, NewRubric.DESCRIPTION_LENGTH, "rubrics.error.descriptionLength");
        if (!writer.lockRubric(rubricId)) {
            throw new RuleViolation("rubrics.error.versionNotFound");
        }
        // A published rubric's name is part of what its scores were given against.
        List<VersionSummary> versions = reader.history(rubricId);
        if (versions.stream().anyMatch(v -> v.status() != VersionStatus.DRAFT)) {
            throw new RuleViolation("rubrics.error.renamePublished");
        }
        RubricSummary before = reader.library().stream().filter(r -> r.id() == rubricId).findFirst().orElseThrow();
        writer.updateRubric(rubricId, checked, blankToNull(description));
        audit.record(AuditEntry.of("RUBRIC_RENAMED", "rubric", rubricId)
                .withValues(before.name() + " / " + before.description(), checked + " / " + blankToNull(description)));
    }

    /** Publishes a complete, valid draft; from now on evaluations may use it and it never changes. */
    @Transactional
    @PreAuthorize("hasAnyRole('" + Roles.ADMIN + "', '" + Roles.PROCUREMENT + "')")
    public void publish(long versionId, int revision) {
        VersionRow draft = lockedDraft(versionId, revision);
        RubricVersion version = reader.version(versionId).orElseThrow();
        List<RubricProblem> problems = RubricRules.publishable(version.content());
        if (!problems.isEmpty()) {
            throw new RuleViolation("rubrics.error.notPublishable", problems.size());
        }
        writer.publish(draft, clock.instant());
        audit.record(AuditEntry.of("RUBRIC_PUBLISHED", ENTITY, versionId)
                .withValues(null, version.rubricName() + " version " + version.number() + ": "
                        + summary(version.content())));
    }

    /** A retired version stays readable (scores keep their meaning) but is no longer offered for new evaluations. */
    @Transactional
    @PreAuthorize("hasAnyRole('" + Roles.ADMIN + "', '" + Roles.PROCUREMENT + "')")
    public void retire(long versionId) {
        VersionRow version = writer.lockVersion(versionId)
                .orElseThrow(() -> new RuleViolation("rubrics.error.versionNotFound"));
        if (version.status() != VersionStatus.PUBLISHED) {
            throw new RuleViolation("rubrics.error.notPublished");
        }
        writer.retire(version);
        audit.record(AuditEntry.of("RUBRIC_RETIRED", ENTITY, versionId));
    }

    /** Throws a draft away; a rubric that never had anything else goes with it. */
    @Transactional
    @PreAuthorize("hasAnyRole('" + Roles.ADMIN + "', '" + Roles.PROCUREMENT + "')")
    public void discard(long versionId) {
        VersionRow draft = writer.lockVersion(versionId)
                .orElseThrow(() -> new RuleViolation("rubrics.error.versionNotFound"));
        if (draft.status() != VersionStatus.DRAFT) {
            throw new RuleViolation("rubrics.error.notDraft");
        }
        writer.deleteDraft(draft);
        audit.record(AuditEntry.of("RUBRIC_DRAFT_DISCARDED", ENTITY, versionId)
                .withValues("version " + draft.number(), null));
    }

    private long createWith(NewRubric rubric, RubricContent given, String action) {
        String name = checkedName(rubric.name());
        checkedPurpose(rubric);
        Text.requireAtMost(rubric.description(), NewRubric.DESCRIPTION_LENGTH, "rubrics.error.descriptionLength");
        RubricContent content = storable(given);
        long ownerId = CurrentUser.account().orElseThrow().id();
        long rubricId = writer.insertRubric(name, rubric.purpose(), blankToNull(rubric.description()), ownerId,
                clock.instant());
        long draftId = writer.insertDraft(rubricId, 1, content, null, clock.instant());
        audit.record(AuditEntry.of(action, ENTITY, draftId).withValues(null, name + ": " + summary(content)));
        return draftId;
    }

    private VersionRow lockedDraft(long versionId, int revision) {
        VersionRow draft = writer.lockVersion(versionId)
                .orElseThrow(() -> new RuleViolation("rubrics.error.versionNotFound"));
        if (draft.status() != VersionStatus.DRAFT) {
            // Published and retired versions are immutable: scores depend on them.
            throw new RuleViolation("rubrics.error.notDraft");
        }
        if (draft.revision() != revision) {
            throw new org.springframework.dao.OptimisticLockingFailureException(
                    "Rubric draft " + versionId + " was saved by someone else");
        }
        return draft;
    }

    private String changeNoteOf(long versionId) {
        return writer.changeNote(versionId);
    }

    /** The content as it is stored (cleaned), or the first problem that stops it being stored. */
    private static RubricContent storable(RubricContent given) {
        RubricContent content = given.cleaned();
        List<RubricProblem> problems = RubricRules.storable(content);
        if (!problems.isEmpty()) {
            RubricProblem first = problems.getFirst();
            throw new RuleViolation(first.key(), first.args().toArray());
        }
        return content;
    }

    private static void checkedPurpose(NewRubric rubric) {
        if (rubric.purpose() == null) {
            throw new RuleViolation("rubrics.error.purposeMissing");
        }
    }

    private static String checkedName(String name) {
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty()) {
            throw new RuleViolation("rubrics.error.nameMissing");
        }
        if (trimmed.length() > NewRubric.NAME_LENGTH) {
            throw new RuleViolation("rubrics.error.nameLength", NewRubric.NAME_LENGTH);
        }
        return trimmed;
    }

    private static String summary(RubricContent content) {
        long criteria = content.sections().stream().mapToLong(s -> s.criteria().size()).sum();
        return content.sections().size() + " sections, " + criteria + " criteria, weights "
                + RubricRules.totalWeight(content).stripTrailingZeros().toPlainString();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
