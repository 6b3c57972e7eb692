package io.floorcheck.report;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;

import io.floorcheck.base.RuleViolation;
import io.floorcheck.scoring.Part;
import io.floorcheck.scoring.ScoringResult;

/**
 * Everything the comparison PDF prints, fixed when the report is asked for: the engine's result
 * and the evaluation's facts around it, with people and items already named. The renderer reads
 * nothing else. Bounded: at most {@link #MAX_VENDORS} candidates and {@link #MAX_CRITERIA}
 * criteria (a clear refusal beyond, pointing to the data package).
 *
 * @param status       the evaluation's status (DRAFT, OPEN, CONSENSUS, LOCKED)
 * @param locked       when and by whom it was locked; null while it is a draft comparison
 * @param zone         the time zone times are printed in
 * @param scoresSha256 the SHA-256 of the data package's scores.csv for the same data
 * @param recordComplete false when the reader sees only their own Record entries (an evaluator)
 */
public record ComparisonReport(long evaluationId, String evaluationName, String status, Locked locked,
        Instant generatedAt, ZoneId zone, String appVersion, long seed, int resamples, String scoresSha256,
        ScoringResult result, Weights weights, List<RubricVersion> rubricVersions, List<Criterion> criteria,
        List<Evidence> evidence, List<Proposal> proposals, List<Visit> visits, List<Agreed> agreed,
        List<Waiver> waivers, List<ClosedCard> closedCards, List<Member> team, List<Declaration> declarations,
        List<Submission> submissions, List<RecordLine> record, boolean recordComplete) {

    public static final int MAX_VENDORS = 30;
    public static final int MAX_CRITERIA = 200;

    public ComparisonReport {
        Objects.requireNonNull(evaluationName, "evaluationName");
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(generatedAt, "generatedAt");
        Objects.requireNonNull(zone, "zone");
        rubricVersions = List.copyOf(rubricVersions);
        criteria = List.copyOf(criteria);
        evidence = List.copyOf(evidence);
        proposals = List.copyOf(proposals);
        visits = List.copyOf(visits);
        agreed = List.copyOf(agreed);
        waivers = List.copyOf(waivers);
        closedCards = List.copyOf(closedCards);
        team = List.copyOf(team);
        declarations = List.copyOf(declarations);
        submissions = List.copyOf(submissions);
        record = List.copyOf(record);
        if (result.vendors().size() > MAX_VENDORS) {
            throw new RuleViolation("report.error.tooManyVendors", result.vendors().size(), MAX_VENDORS);
        }
        if (criteria.size() > MAX_CRITERIA) {
            throw new RuleViolation("report.error.tooManyCriteria", criteria.size(), MAX_CRITERIA);
        }
    }

    /** When and by whom (by name) the evaluation was locked. */
    public record Locked(Instant at, String by) {
    }

    /** The part weights as the lead set them: visit and leadership in percent, the leadership shares as fractions. */
    public record Weights(double visit, double leadership, double recommendationShare, double sessionShare) {
    }

    /** A pinned rubric version: which rubric scored which part. */
    public record RubricVersion(Part part, String rubricName, int number) {
    }

    /**
     * A criterion of a pinned rubric, in rubric order; {@code sectionWeight} null for the gates
     * section, {@code weight} null for a gate.
     */
    public record Criterion(Part part, String sectionCode, String sectionTitle, Double sectionWeight, String code,
            String title, Double weight, int scaleMin, int scaleMax, boolean gate, boolean naAllowed,
            boolean upsellMinimum) {
    }

    /** An evidence note on a visit mark that counts, by its author's name. */
    public record Evidence(long vendorId, String criterionCode, String author, String text) {
    }

    /** A recommendation kept (not merged) of a vendor's leadership. */
    public record Proposal(long id, long vendorId, String title, boolean upsell) {
    }

    /** A visit of a candidate, with how representative the lead recorded it was. */
    public record Visit(long vendorId, String site, LocalDate date, String status, Integrity integrity) {
    }

    /** The lead's record of a visit's integrity; a null answer is not answered; all null when not recorded. */
    public record Integrity(boolean recorded, Boolean pickedAgents, Boolean unsupervised, Boolean focusGroupAlone,
            Boolean typicalVolume, String hospitality, String note) {
    }

    /**
     * An agreed value in force: the item (vendor, recommendation id and title or nulls, criterion),
     * the value as the team recorded it (a level such as "3", or "N/A", "pass", "fail"), why, who
     * and when.
     */
    public record Agreed(Part part, long vendorId, Long recommendationId, String recommendationTitle,
            String criterionCode,
            String criterionTitle, String value, String rationale, String recordedBy, Instant recordedAt) {
    }

    /** A failed gate waived, with its approver (name and role), why, who recorded it and when. */
    public record Waiver(long vendorId, String gateCode, String gateTitle, String approver, String approverRole,
            String reason, String recordedBy, Instant recordedAt) {
    }

    /** A card closed unsubmitted at the end of scoring: it counts for nothing. */
    public record ClosedCard(long vendorId, String evaluator, Part part) {
    }

    /** A team member: name, job title and role in this evaluation (LEAD, EVALUATOR, READER). */
    public record Member(String name, String title, String role) {
    }

    /** A conflict-of-interest declaration and the lead's decision on it (review NONE, PENDING, ALLOWED, EXCLUDED). */
    public record Declaration(String person, String vendor, boolean conflict, String description, Instant declaredAt,
            String review, String decisionReason, String decidedBy, Instant decidedAt) {
    }

    /** A scorecard that counts, submitted: whose, for which vendor and part, when. */
    public record Submission(String evaluator, long vendorId, Part part, Instant submittedAt) {
    }

    /** An entry of the evaluation's Record that the report reprints: reopenings, closures, status changes, decisions. */
    public record RecordLine(Instant at, String person, String action, String subject, String reason) {
    }
}
