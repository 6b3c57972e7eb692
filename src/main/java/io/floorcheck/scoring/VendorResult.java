package io.floorcheck.scoring;

import java.util.Map;
import java.util.Set;

/**
 * One vendor's numbers, on 0–100 (NaN where there is no value; {@link #flags} says why).
 * {@code rank} is null for a vendor without an overall; tied overalls share a rank.
 * {@code visitSections} and {@code recommendations} keep rubric and id order; a section
 * every criterion of which is N/A is absent from {@code visitSections}.
 */
public record VendorResult(long id, String name, Integer rank, double overall, double visitPart,
        double leadershipPart, double recommendationComponent, double sessionComponent,
        Map<String, Double> visitSections, Map<Long, Double> recommendations, Map<String, Double> sessionSections,
        Map<String, GateStatus> gates, GateStatus gateStatus, boolean recommendable, Set<Flag> flags,
        double ciLow, double ciHigh) {

    public VendorResult {
        visitSections = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(visitSections));
        recommendations = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(recommendations));
        sessionSections = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(sessionSections));
        gates = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(gates));
        flags = flags.isEmpty() ? Set.of() : java.util.Collections.unmodifiableSet(java.util.EnumSet.copyOf(flags));
    }

    VendorResult withInterval(double low, double high) {
        return new VendorResult(id, name, rank, overall, visitPart, leadershipPart, recommendationComponent,
                sessionComponent, visitSections, recommendations, sessionSections, gates, gateStatus, recommendable,
                flags, low, high);
    }
}
