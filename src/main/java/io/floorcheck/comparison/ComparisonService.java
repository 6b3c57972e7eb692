package io.floorcheck.comparison;

import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.floorcheck.base.RuleViolation;
import io.floorcheck.comparison.internal.ComparisonRepository;
import io.floorcheck.evaluation.Evaluation;
import io.floorcheck.evaluation.EvaluationService;
import io.floorcheck.evaluation.RecordEntry;
import io.floorcheck.evaluation.RecordFilter;
import io.floorcheck.evaluation.RecordKind;
import io.floorcheck.evaluation.MemberRole;
import io.floorcheck.report.ComparisonReport;
import io.floorcheck.scoring.ScoringEngine;
import io.floorcheck.scoring.ScoringResult;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.info.BuildProperties;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The comparison of an evaluation's candidates, for the members the blind rule lets read every
 * candidate's scores: an evaluator once they have submitted for every candidate (the blind rule
 * per vendor), the lead and readers from consensus on. Anyone else is refused outright, never
 * shown partial numbers.
 */
@Service
public class ComparisonService {

    private static final int WHAT_IF_RESAMPLES = 100;
    /** Record entries per kind the PDF reads at most (the newest); the Record and its CSV have them all. */
    private static final int RECORD_LINES = 20_000;
    private static final int RECORD_PAGE = 500;

    private final ComparisonRepository repository;
    private final EvaluationService evaluations;
    private final Clock clock;
    private final String appVersion;

    ComparisonService(ComparisonRepository repository, EvaluationService evaluations, Clock clock,
            ObjectProvider<BuildProperties> build) {
        this.repository = repository;
        this.evaluations = evaluations;
        this.clock = clock;
        BuildProperties properties = build.getIfAvailable();
        this.appVersion = properties == null ? "development build" : properties.getVersion();
    }

    /** Whether the current user may see the comparison now (for showing its entry points). */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public boolean mayCompare(long evaluationId) {
        return evaluations.mayReadEveryVendorsScores(evaluationId);
    }

    /**
     * Everything the comparison is computed from, as it stands. It shows every colleague's scores:
     * an evaluator reading it is recorded as unblinded for every candidate, so what they change
     * afterwards is marked, as when the team view shows them scores.
     */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public ComparisonData load(long evaluationId) {
        requireMayCompare(evaluationId);
        ComparisonData data = repository.load(evaluationId)
                .orElseThrow(() -> new RuleViolation("evaluations.error.notFound"));
        data.vendors().forEach(vendor -> evaluations.recordSeen(evaluationId, vendor.id()));
        return data;
    }

    /** The data and the engine's result on it (10 000 bootstrap resamples, the fixed seed). */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public Comparison compute(long evaluationId) {
        return compute(evaluationId, ScoringEngine.DEFAULT_RESAMPLES);
    }

    /**
     * The same with fewer resamples, for the consensus board: it shows values, spreads and gates,
     * none of the bootstrap's figures, and is recomputed after every agreed value.
     */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public Comparison compute(long evaluationId, int resamples) {
        ComparisonData data = load(evaluationId);
        return new Comparison(data, ScoringEngine.compute(data.input(), resamples, ScoringEngine.DEFAULT_SEED),
                clock.instant(), resamples, ScoringEngine.DEFAULT_SEED);
    }

    /**
     * What-if: the engine on the same data with other weights (visit section weights by code and
     * the visit part's share), without the bootstrap's resamples beyond a token few since only the
     * ranking is shown. Pure: nothing is read or saved; the evaluation's weights stay official.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public ScoringResult whatIf(Comparison comparison, Map<String, Double> sectionWeights, double visitWeight) {
        // The lead's tool (the panel is shown to the lead only; the service says so again).
        if (evaluations.evaluation(comparison.data().evaluationId()).myRole() != MemberRole.LEAD) {
            throw new AccessDeniedException("The what-if of evaluation " + comparison.data().evaluationId()
                    + " is its lead's");
        }
        return ScoringEngine.compute(comparison.data().input().withWeights(sectionWeights, visitWeight),
                WHAT_IF_RESAMPLES, comparison.seed());
    }

    /** The data package: a ZIP of CSV files from which anyone can recompute every number. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public DataPackage.File dataPackage(long evaluationId) {
        return DataPackage.of(compute(evaluationId));
    }

    /**
     * The comparison PDF's content, as it stands, with times in {@code zone}: the same data and
     * result as the comparison, the team, declarations and the Record entries the reader may read.
     */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public ComparisonReport report(long evaluationId, ZoneId zone) {
        Comparison comparison = compute(evaluationId);
        Evaluation evaluation = evaluations.evaluation(evaluationId);
        List<RecordEntry> record = new ArrayList<>();
        for (RecordKind kind : List.of(RecordKind.EVALUATION, RecordKind.SCORECARDS, RecordKind.CONSENSUS)) {
            RecordFilter filter = new RecordFilter(null, kind, null, null, zone);
            // Every page of the kind: the entries reprinted are a few among many (submissions, values).
            for (int offset = 0; offset < RECORD_LINES; offset += RECORD_PAGE) {
                List<RecordEntry> page = evaluations.record(evaluationId, filter, offset, RECORD_PAGE);
                record.addAll(page);
                if (page.size() < RECORD_PAGE) {
                    break;
                }
            }
        }
        return ReportAssembly.of(comparison, evaluation, record, evaluation.myRole() != MemberRole.EVALUATOR, zone,
                appVersion);
    }

    private void requireMayCompare(long evaluationId) {
        if (!evaluations.mayReadEveryVendorsScores(evaluationId)) {
            throw new RuleViolation("comparison.error.blind");
        }
    }
}
