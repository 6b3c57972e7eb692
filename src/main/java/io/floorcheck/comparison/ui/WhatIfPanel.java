package io.floorcheck.comparison.ui;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Input;
import com.vaadin.flow.component.html.NativeLabel;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.value.ValueChangeMode;
import io.floorcheck.comparison.Comparison;
import io.floorcheck.comparison.ComparisonService;
import io.floorcheck.scoring.ScoringResult;
import io.floorcheck.scoring.VendorResult;

/**
 * What if the weights were different? The lead moves each visit section's weight and the visit
 * part's share with sliders and sees the ranking recomputed by the engine at once. Moving one
 * section rescales the others proportionally so the sections keep summing to 100, exactly as the
 * sensitivity analysis moves a weight: its "changes at 27" is the slider at 27. Nothing is saved:
 * the evaluation's frozen weights stay the official ones, and the panel says so.
 */
class WhatIfPanel extends Div {

    private final transient ComparisonService comparisons;
    private final transient Comparison comparison;
    private final Map<String, Input> sections = new LinkedHashMap<>();
    private final Input visitPart = new Input();
    private final Div ranking = new Div();
    private final Locale locale;
    /** Set while the other sliders follow a moved one: their changes recompute once, at the end. */
    private boolean rescaling;

    WhatIfPanel(ComparisonService comparisons, Comparison comparison, Map<String, String> sectionNames, Locale locale) {
        this.comparisons = comparisons;
        this.comparison = comparison;
        this.locale = locale;
        setId("what-if");
        addClassName("fc-what-if");
        add(new H3(getTranslation("whatIf.title")), new Paragraph(getTranslation("whatIf.text")));
        Div sliders = new Div();
        sliders.addClassName("fc-sliders");
        Map<String, Double> weights = new LinkedHashMap<>();
        comparison.data().input().visit().sections().forEach(s -> weights.put(s.code(), s.weight()));
        weights.forEach((code, weight) -> {
            if (weight > 0) {
                Input slider = slider("what-if-section-" + code, weight);
                sections.put(code, slider);
                slider.addValueChangeListener(e -> {
                    if (!rescaling) {
                        rescaleOthers(code);
                    }
                });
                sliders.add(labelled(slider, sectionNames.getOrDefault(code, code)));
            }
        });
        Input part = visitPart;
        configure(part, "what-if-visit-part", comparison.data().input().weights().visit());
        sliders.add(labelled(part, getTranslation("whatIf.visitPart")));
        ranking.setId("what-if-ranking");
        ranking.getElement().setAttribute("aria-live", "polite");
        add(sliders, ranking);
        recompute();
    }

    /** Keeps the sections at 100 in all: the others share what the moved one left, in their proportions. */
    private void rescaleOthers(String moved) {
        double target = 100 - parse(sections.get(moved).getValue());
        double others = sections.entrySet().stream().filter(e -> !e.getKey().equals(moved))
                .mapToDouble(e -> parse(e.getValue().getValue())).sum();
        rescaling = true;
        try {
            sections.forEach((code, slider) -> {
                if (!code.equals(moved)) {
                    double now = parse(slider.getValue());
                    double next = others > 0 ? now * target / others : target / (sections.size() - 1);
                    slider.setValue(format(next));
                }
            });
        } finally {
            rescaling = false;
        }
        recompute();
    }

    private static String format(double weight) {
        return new java.text.DecimalFormat("0.##", java.text.DecimalFormatSymbols.getInstance(Locale.ROOT))
                .format(weight);
    }

    private Input slider(String id, double weight) {
        Input slider = new Input();
        configure(slider, id, weight);
        return slider;
    }

    private void configure(Input slider, String id, double weight) {
        slider.setType("range");
        slider.setId(id);
        slider.getElement().setAttribute("min", "0");
        slider.getElement().setAttribute("max", "100");
        slider.getElement().setAttribute("step", "any");
        slider.setValue(format(weight));
        slider.setValueChangeMode(ValueChangeMode.ON_CHANGE);
        if (slider == visitPart) {
            slider.addValueChangeListener(e -> recompute());
        }
    }

    private Div labelled(Input slider, String name) {
        NativeLabel label = new NativeLabel(name);
        label.setFor(slider);
        Span value = new Span(slider.getValue());
        value.addClassName("fc-slider-value");
        slider.addValueChangeListener(e -> value.setText(e.getValue()));
        Div row = new Div(label, slider, value);
        row.addClassName("fc-slider");
        return row;
    }

    /** The engine on the moved weights; the ranking shown is its. */
    private void recompute() {
        Map<String, Double> weights = new LinkedHashMap<>();
        sections.forEach((code, slider) -> weights.put(code, parse(slider.getValue())));
        ScoringResult result = comparisons.whatIf(comparison, weights, parse(visitPart.getValue()));
        ranking.removeAll();
        List<VendorResult> ranked = result.vendors();
        VendorResult leader = result.recommended() == null ? null : result.vendor(result.recommended());
        String text;
        if (result.tiedForFirst()) {
            text = getTranslation("whatIf.tie");
        } else if (leader == null) {
            text = getTranslation("whatIf.noLeader");
        } else if (result.tooCloseToCall()) {
            // The what-if's few resamples cannot judge how sure: say who leads, and that the verdict decides.
            text = getTranslation("whatIf.leads", leader.name());
        } else {
            text = java.util.Objects.equals(leader.id(), comparison.result().recommended())
                    ? getTranslation("whatIf.same", leader.name()) : getTranslation("whatIf.changed", leader.name());
        }
        Paragraph headline = new Paragraph(text);
        headline.setId("what-if-leader");
        headline.addClassName("fc-strong");
        ranking.add(headline);
        ranking.add(DataTable.of("what-if-table", getTranslation("whatIf.caption"),
                List.of(getTranslation("ranking.vendor"), getTranslation("ranking.rank"),
                        getTranslation("ranking.overall"), getTranslation("ranking.official")),
                ranked.stream().map(v -> List.of(v.name(), v.rank() == null ? "—" : String.valueOf(v.rank()),
                        BoardText.score(v.overall(), locale),
                        BoardText.score(comparison.result().vendor(v.id()).overall(), locale))).toList()));
    }

    private static double parse(String value) {
        try {
            return Math.max(0, Math.min(100, Double.parseDouble(value)));
        } catch (NumberFormatException | NullPointerException e) {
            return 0;
        }
    }
}
