package io.floorcheck.visit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.floorcheck.base.Mark;
import io.floorcheck.base.RuleViolation;
import io.floorcheck.rubric.Criterion;
import io.floorcheck.rubric.RubricSection;
import io.floorcheck.rubric.RubricVersion;

/**
 * The rules of a complete scorecard, shared by the service (which refuses to submit an
 * incomplete one) and the view (which shows the progress): every criterion has a mark, and
 * every mark the rubric's evidence rule names has an evidence note. A failed gate always needs
 * one, because it makes the vendor not recommendable.
 */
public final class ScorecardCheck {

    private ScorecardCheck() {
    }

    /**
     * How far a scorecard is: {@code open} lists, in rubric order, the criteria still unscored
     * or missing their evidence note.
     */
    public record Progress(int total, int scored, int evidenceMissing, List<String> open) {

        public Progress {
            open = List.copyOf(open);
        }

        public boolean complete() {
            return open.isEmpty();
        }
    }

    public static boolean needsEvidence(RubricVersion rubric, Criterion criterion, Mark mark) {
        if (criterion.gate()) {
            return Boolean.FALSE.equals(mark.passed());
        }
        return mark.level() != null && rubric.evidenceRule() != null
                && rubric.evidenceRule().requiresEvidence(mark.level());
    }

    public static boolean evidenceMissing(RubricVersion rubric, Criterion criterion, ScoreEntry entry) {
        return needsEvidence(rubric, criterion, entry.mark()) && !entry.hasEvidence();
    }

    public static Progress progress(RubricVersion rubric, Map<String, ScoreEntry> scores) {
        int total = 0;
        int scored = 0;
        int evidenceMissing = 0;
        List<String> open = new ArrayList<>();
        for (RubricSection section : rubric.sections()) {
            for (Criterion criterion : section.criteria()) {
                total++;
                ScoreEntry entry = scores.getOrDefault(criterion.code(), ScoreEntry.blank(criterion.code()));
                boolean missing = evidenceMissing(rubric, criterion, entry);
                if (entry.mark().isSet()) {
                    scored++;
                }
                if (missing) {
                    evidenceMissing++;
                }
                if (!entry.mark().isSet() || missing) {
                    open.add(criterion.code());
                }
            }
        }
        return new Progress(total, scored, evidenceMissing, open);
    }

    /** The next open criterion after {@code after} in rubric order, wrapping round to the start. */
    public static Optional<String> nextOpen(RubricVersion rubric, Progress progress, String after) {
        if (progress.open().isEmpty()) {
            return Optional.empty();
        }
        List<String> order = rubric.sections().stream().flatMap(s -> s.criteria().stream()).map(Criterion::code)
                .toList();
        int from = after == null ? -1 : order.indexOf(after);
        for (int i = 1; i <= order.size(); i++) {
            String code = order.get(Math.floorMod(from + i, order.size()));
            if (progress.open().contains(code)) {
                return Optional.of(code);
            }
        }
        return Optional.empty();
    }

    /**
     * Why a mark does not fit a criterion, or empty when it fits:
     * a level inside the scale for scored criteria, pass/fail for gates, N/A only where allowed.
     */
    public static Optional<RuleViolation> misfit(Criterion criterion, Mark mark) {
        if (mark.notApplicable() && !criterion.naAllowed()) {
            return Optional.of(new RuleViolation("scorecards.error.naNotAllowed"));
        }
        if (criterion.gate() && mark.level() != null) {
            return Optional.of(new RuleViolation("scorecards.error.gateIsPassFail"));
        }
        if (!criterion.gate() && mark.passed() != null) {
            return Optional.of(new RuleViolation("scorecards.error.notAGate"));
        }
        if (mark.level() != null && (mark.level() < criterion.scaleMin() || mark.level() > criterion.scaleMax())) {
            return Optional.of(new RuleViolation("scorecards.error.scoreOutside", criterion.scaleMin(),
                    criterion.scaleMax()));
        }
        return Optional.empty();
    }
}
