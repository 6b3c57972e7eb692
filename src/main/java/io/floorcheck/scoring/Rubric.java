package io.floorcheck.scoring;

import java.util.List;

/**
 * A rubric as the engine needs it: sections with their share of the total, criteria with their
 * weight within the section and their scale. A gate is pass/fail and carries no weight; a
 * criterion marked {@code upsellMinimum} takes the scale minimum on a recommendation flagged as
 * an upsell.
 */
public record Rubric(List<Section> sections) {

    public Rubric {
        sections = List.copyOf(sections);
    }

    public record Section(String code, double weight, List<Criterion> criteria) {

        public Section {
            criteria = List.copyOf(criteria);
        }

        /** The scale of the section's scored criteria (the widest), for expectations recorded per section. */
        double scaleMin() {
            return criteria.stream().filter(c -> !c.gate()).mapToDouble(Criterion::scaleMin).min().orElse(1);
        }

        double scaleMax() {
            return criteria.stream().filter(c -> !c.gate()).mapToDouble(Criterion::scaleMax).max().orElse(5);
        }
    }

    public record Criterion(String code, double weight, double scaleMin, double scaleMax, boolean gate,
            boolean upsellMinimum) {

        public Criterion {
            if (!gate && !(scaleMax > scaleMin)) {
                throw new IllegalArgumentException("Criterion " + code + ": the scale needs max > min");
            }
        }

        /** A value of the scale on 0–100: 100 · (value − min) / (max − min). */
        public double normalise(double value) {
            return 100 * (value - scaleMin) / (scaleMax - scaleMin);
        }
    }
}
