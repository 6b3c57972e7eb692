package io.floorcheck.comparison.ui;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import io.floorcheck.base.ui.ViewerTime;
import io.floorcheck.comparison.Comparison;
import io.floorcheck.comparison.ComparisonData.RubricRow;
import io.floorcheck.comparison.ComparisonData;
import io.floorcheck.comparison.ComparisonService;
import io.floorcheck.comparison.ItemKey;
import io.floorcheck.evaluation.Evaluation;
import io.floorcheck.evaluation.EvaluationService;
import io.floorcheck.evaluation.MemberRole;
import io.floorcheck.report.Figures;
import io.floorcheck.report.Verdict;
import io.floorcheck.scoring.Agreement;
import io.floorcheck.scoring.CriterionValue;
import io.floorcheck.scoring.Disagreement;
import io.floorcheck.scoring.EvaluatorTotal;
import io.floorcheck.scoring.GateStatus;
import io.floorcheck.scoring.Part;
import io.floorcheck.scoring.PerceptionGap;
import io.floorcheck.scoring.ScoringResult;
import io.floorcheck.scoring.Statistic;
import io.floorcheck.scoring.Tipping;
import io.floorcheck.scoring.VendorResult;
import io.floorcheck.visit.VisitIntegrity;
import jakarta.annotation.security.PermitAll;

/**
 * The comparison: who leads, how sure we are and why, top to bottom as a steering committee asks —
 * verdict, ranking, sections, heatmap, leadership, how sure we are (with a what-if for the lead),
 * perception gap, visits. Every number is the scoring engine's, rounded here for display only;
 * every chart has its numbers as a table beside it.
 */
@Route("evaluations/:evaluation/comparison")
@PermitAll
public class ComparisonView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final transient ComparisonService comparisons;
    private final transient EvaluationService evaluations;
    private Comparison comparison;
    private ScoringResult result;
    private ComparisonData data;
    private Evaluation evaluation;
    private Locale locale;
    private String title = "";

    ComparisonView(ComparisonService comparisons, EvaluationService evaluations) {
        this.comparisons = comparisons;
        this.evaluations = evaluations;
        addClassNames("fc-page", "fc-comparison");
    }

    public static RouteParameters parameters(long evaluationId) {
        return new RouteParameters("evaluation", String.valueOf(evaluationId));
    }

    /** The comparison's address, for links from other features. */
    public static String path(long evaluationId) {
        return "evaluations/" + evaluationId + "/comparison";
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = event.getRouteParameters().getLong("evaluation").orElseThrow();
        evaluation = evaluations.evaluation(id);
        locale = getLocale();
        if (!comparisons.mayCompare(id)) {
            title = getTranslation("comparison.title", evaluation.name());
            refused(this, title, id);
            return;
        }
        comparison = comparisons.compute(id);
        result = comparison.result();
        data = comparison.data();
        render();
    }

    @Override
    public String getPageTitle() {
        return title + " · " + getTranslation("app.name");
    }

    private Verdict.Translate t() {
        return this::getTranslation;
    }

    private void render() {
        removeAll();
        title = getTranslation("comparison.title", data.evaluationName());
        H1 heading = new H1(title);
        heading.setId("comparison-title");
        add(heading, status(), actions(), verdict(), ranking(), sections(), heatmap(), agreed(), leadership(),
                howSure(), perceptionGap(), visits());
    }

    private Paragraph status() {
        Paragraph status = new Paragraph(data.locked() != null
                ? getTranslation("comparison.locked", ViewerTime.dateTime(data.locked().at(), zone(), locale),
                        data.locked().by())
                : getTranslation("comparison.draft." + evaluation.status()));
        status.setId("comparison-status");
        status.addClassName(data.locked() != null ? "fc-muted" : "fc-notice");
        return status;
    }

    private Div actions() {
        Button back = new Button(getTranslation("comparison.back"), VaadinIcon.ARROW_LEFT.create(),
                e -> getUI().ifPresent(ui -> ui.navigate("evaluations/view/" + data.evaluationId())));
        back.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Button board = new Button(getTranslation("comparison.board"), VaadinIcon.GROUP.create(),
                e -> getUI().ifPresent(ui -> ui.navigate(ConsensusBoardView.class,
                        ConsensusBoardView.parameters(data.evaluationId()))));
        board.setId("comparison-board");
        Anchor download = new Anchor(DataPackageDownload.PATH.replace("{id}", String.valueOf(data.evaluationId())),
                getTranslation("evaluation.dataPackage"));
        download.setId("comparison-data-package");
        download.setTarget(AnchorTarget.DEFAULT);
        download.getElement().setAttribute("download", true);
        download.getElement().setAttribute("router-ignore", true);
        download.addComponentAsFirst(VaadinIcon.DOWNLOAD.create());
        download.addClassName("fc-action-link");
        PdfDownload pdf = new PdfDownload(comparisons, data.evaluationId(), zone(), locale);
        Div actions = new Div(back, board, pdf, download);
        actions.addClassName("fc-actions");
        return actions;
    }

    /** No number before the blind rule allows it: the reason instead, and the way back. */
    static void refused(Main page, String title, long evaluationId) {
        page.removeAll();
        H1 heading = new H1(title);
        heading.setId("comparison-title");
        Paragraph why = new Paragraph(page.getTranslation("comparison.error.blind"));
        why.setId("comparison-refused");
        why.addClassName("fc-notice");
        Button back = new Button(page.getTranslation("comparison.back"), VaadinIcon.ARROW_LEFT.create(),
                e -> page.getUI().ifPresent(ui -> ui.navigate("evaluations/view/" + evaluationId)));
        page.add(heading, why, back);
    }

    // ---- 1. Verdict ----

    private Div verdict() {
        H2 headline = new H2(Verdict.headline(result, t()));
        headline.setId("verdict-headline");
        Paragraph sentence = new Paragraph(Verdict.sentence(result, locale, t()));
        sentence.setId("verdict-sentence");
        Paragraph agreement = new Paragraph(Verdict.agreement(result, locale, t()));
        agreement.setId("verdict-agreement");
        Div card = card("comparison-verdict", headline, sentence, agreement);
        card.addClassName("fc-verdict");
        if (!data.closedCards().isEmpty()) {
            Paragraph closed = new Paragraph(getTranslation("comparison.closedCards", data.closedCards().size(),
                    data.closedCards().stream().map(c -> data.name(c.evaluator()) + " (" + data.vendorLabel(c.vendorId())
                            + ", " + getTranslation("comparison.cardKind." + c.part()) + ")")
                            .collect(Collectors.joining("; "))));
            closed.setId("comparison-closed-cards");
            closed.addClassName("fc-muted");
            card.add(closed);
        }
        return card;
    }

    // ---- 2. Ranking ----

    private Div ranking() {
        List<Map<String, Object>> vendors = new ArrayList<>();
        for (VendorResult v : result.vendors()) {
            if (v.rank() == null) {
                continue;
            }
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("name", v.name());
            row.put("overall", v.overall());
            row.put("low", Double.isNaN(v.ciLow()) ? null : v.ciLow());
            row.put("high", Double.isNaN(v.ciHigh()) ? null : v.ciHigh());
            row.put("recommendable", v.recommendable());
            row.put("note", v.recommendable() ? (Objects.equals(v.id(), result.recommended())
                    ? getTranslation("ranking.noteRecommended") : "") : getTranslation("ranking.noteNotRecommendable"));
            vendors.add(row);
        }
        // The axis spans the intervals with a margin, in tens (labelled): differences of a few points
        // stay visible instead of crowding at one spot of 0–100.
        double low = result.vendors().stream().filter(v -> v.rank() != null)
                .mapToDouble(v -> Double.isNaN(v.ciLow()) ? v.overall() : v.ciLow()).min().orElse(0);
        double high = result.vendors().stream().filter(v -> v.rank() != null)
                .mapToDouble(v -> Double.isNaN(v.ciHigh()) ? v.overall() : v.ciHigh()).max().orElse(100);
        int axisMin = (int) Math.max(0, Math.floor((low - 5) / 10) * 10);
        int axisMax = (int) Math.min(100, Math.ceil((high + 5) / 10) * 10);
        Chart chart = new Chart(Chart.Kind.WHISKER, getTranslation("ranking.chartLabel"),
                Map.of("axisMin", axisMin, "axisMax", axisMax, "vendors", vendors));
        chart.setId("ranking-chart");
        List<List<String>> rows = new ArrayList<>();
        List<VendorResult> ranked = result.vendors();
        for (int i = 0; i < ranked.size(); i++) {
            VendorResult v = ranked.get(i);
            double above = i + 1 < ranked.size() && v.rank() != null && ranked.get(i + 1).rank() != null
                    ? result.bootstrap().probabilityAbove(v.id(), ranked.get(i + 1).id()) : Double.NaN;
            String beatsNext = Double.isNaN(above) ? "—" : Figures.percent(above, locale) + " %";
            rows.add(List.of(v.name(), v.rank() == null ? "—" : String.valueOf(v.rank()),
                    BoardText.score(v.overall(), locale),
                    BoardText.score(v.ciLow(), locale) + "–" + BoardText.score(v.ciHigh(), locale),
                    BoardText.score(v.visitPart(), locale), BoardText.score(v.leadershipPart(), locale), beatsNext,
                    gates(v), flags(v)));
        }
        return card("comparison-ranking", new H2(getTranslation("ranking.title")),
                new Paragraph(getTranslation("ranking.text")), chart,
                DataTable.of("ranking-table", getTranslation("ranking.caption"),
                        List.of(getTranslation("ranking.vendor"), getTranslation("ranking.rank"),
                                getTranslation("ranking.overall"), getTranslation("ranking.interval"),
                                getTranslation("ranking.visit"), getTranslation("ranking.leadership"),
                                getTranslation("ranking.beatsNext"), getTranslation("ranking.gates"),
                                getTranslation("ranking.flags")), rows));
    }

    /** The gate status in words: failed and waived gates named, a waiver with its approver. */
    private String gates(VendorResult v) {
        List<String> parts = new ArrayList<>();
        v.gates().forEach((code, status) -> {
            if (status == GateStatus.FAIL) {
                parts.add(getTranslation("gates.failed", code + " " + criterionTitle(Part.VISIT, code)));
            } else if (status == GateStatus.WAIVED) {
                var waiver = data.waivers().stream().filter(w -> w.vendorId() == v.id() && w.gateCode().equals(code))
                        .findFirst();
                parts.add(getTranslation("gates.waived", code + " " + criterionTitle(Part.VISIT, code),
                        waiver.map(ComparisonData.WaiverRow::approver).orElse("?"),
                        waiver.map(ComparisonData.WaiverRow::approverRole).orElse("?")));
            } else if (status == GateStatus.UNSCORED) {
                parts.add(getTranslation("gates.unscored", code));
            }
        });
        return parts.isEmpty() ? getTranslation("gate.status.PASS") : String.join("; ", parts);
    }

    private String flags(VendorResult v) {
        return v.flags().isEmpty() ? "—" : v.flags().stream().map(f -> getTranslation("flag." + f))
                .collect(Collectors.joining("; "));
    }

    // ---- 3. Sections ----

    private Div sections() {
        List<RubricRow> sectionRows = visitSections();
        List<String> categories = sectionRows.stream().map(r -> r.sectionCode() + " " + r.sectionTitle()).toList();
        List<VendorResult> vendors = result.vendors();
        List<List<Double>> values = vendors.stream().map(v -> sectionRows.stream()
                .map(r -> nullable(v.visitSections().getOrDefault(r.sectionCode(), Double.NaN))).toList()).toList();
        List<Map<String, Object>> ratings = new ArrayList<>();
        for (EvaluatorTotal total : result.evaluatorTotals()) {
            int vendor = indexOf(vendors, total.vendor());
            for (int c = 0; c < sectionRows.size(); c++) {
                Double value = nullable(total.visitSections().getOrDefault(sectionRows.get(c).sectionCode(),
                        Double.NaN));
                if (value != null) {
                    ratings.add(Map.of("vendor", vendor, "category", c, "evaluator", data.name(total.evaluator()),
                            "value", value));
                }
            }
        }
        Chart chart = new Chart(Chart.Kind.BARS, getTranslation("sections.chartLabel"), Map.of("categories", categories,
                "vendors", vendors.stream().map(VendorResult::name).toList(), "values", values, "ratings", ratings));
        chart.setId("sections-chart");
        List<String> headers = new ArrayList<>();
        headers.add(getTranslation("sections.section"));
        vendors.forEach(v -> headers.add(v.name()));
        List<List<String>> rows = new ArrayList<>();
        for (int c = 0; c < sectionRows.size(); c++) {
            List<String> row = new ArrayList<>();
            row.add(categories.get(c));
            for (int v = 0; v < vendors.size(); v++) {
                Double value = values.get(v).get(c);
                row.add(value == null ? "—" : BoardText.score(value, locale));
            }
            rows.add(row);
        }
        // Each evaluator's own values, one row per evaluator and candidate: the dots of the chart.
        List<String> ownHeaders = new ArrayList<>();
        ownHeaders.add(getTranslation("sections.evaluator"));
        sectionRows.forEach(r -> ownHeaders.add(r.sectionCode()));
        List<List<String>> ownRows = new ArrayList<>();
        for (VendorResult vendor : vendors) {
            result.evaluatorTotals().stream().filter(t -> t.vendor() == vendor.id()).forEach(total -> {
                List<String> row = new ArrayList<>();
                row.add(data.name(total.evaluator()) + " · " + vendor.name());
                sectionRows.forEach(r -> row.add(BoardText.score(total.visitSections().getOrDefault(r.sectionCode(),
                        Double.NaN), locale)));
                ownRows.add(row);
            });
        }
        Details own = new Details(getTranslation("sections.showOwn"), DataTable.of("sections-own-table",
                getTranslation("sections.ownCaption"), ownHeaders, ownRows));
        own.setId("sections-own-toggle");
        return card("comparison-sections", new H2(getTranslation("sections.title")),
                new Paragraph(getTranslation("sections.text")), chart,
                DataTable.of("sections-table", getTranslation("sections.caption"), headers, rows), own);
    }

    // ---- 4. Heatmap ----

    private Div heatmap() {
        List<RubricRow> criteria = data.rubric().stream().filter(r -> r.part() == Part.VISIT && !r.gate()).toList();
        List<VendorResult> vendors = result.vendors();
        Map<ItemKey, CriterionValue> values = new LinkedHashMap<>();
        result.criterionValues().forEach(v -> values.put(new ItemKey(v.part(), v.vendor(), v.recommendation(),
                v.criterion()), v));
        Map<ItemKey, Disagreement> disputes = new LinkedHashMap<>();
        result.disagreements().stream().filter(Disagreement::flagged).forEach(d -> disputes.put(
                new ItemKey(d.part(), d.vendor(), d.recommendation(), d.criterion()), d));
        List<Map<String, Object>> cells = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        for (int c = 0; c < criteria.size(); c++) {
            RubricRow criterion = criteria.get(c);
            List<String> row = new ArrayList<>();
            row.add(criterion.criterionCode() + " " + criterion.criterionTitle());
            for (int v = 0; v < vendors.size(); v++) {
                ItemKey key = new ItemKey(Part.VISIT, vendors.get(v).id(), null, criterion.criterionCode());
                CriterionValue value = values.get(key);
                boolean agreed = value != null && value.source() == CriterionValue.Source.AGREED;
                boolean disputed = disputes.containsKey(key);
                Map<String, Object> cell = new LinkedHashMap<>();
                cell.put("row", v);
                cell.put("column", c);
                cell.put("value", value == null ? null : nullable(value.value()));
                cell.put("disputed", disputed);
                cell.put("consensus", agreed);
                cells.add(cell);
                row.add((value == null ? "—" : BoardText.score(value.value(), locale))
                        + (disputed ? " " + getTranslation("heatmap.disputedMark") : "")
                        + (agreed ? " " + getTranslation("heatmap.agreedMark") : ""));
            }
            rows.add(row);
        }
        Chart chart = new Chart(Chart.Kind.HEATMAP, getTranslation("heatmap.chartLabel"), Map.of(
                "rows", vendors.stream().map(VendorResult::name).toList(),
                "columns", criteria.stream().map(RubricRow::criterionCode).toList(),
                "columnTitles", criteria.stream().map(RubricRow::criterionTitle).toList(), "cells", cells));
        chart.setId("heatmap-chart");
        chart.onCellClick(e -> {
            if (e.row() >= 0 && e.row() < vendors.size() && e.column() >= 0 && e.column() < criteria.size()) {
                ItemKey key = new ItemKey(Part.VISIT, vendors.get(e.row()).id(), null,
                        criteria.get(e.column()).criterionCode());
                openBoard(key);
            }
        });
        List<String> headers = new ArrayList<>();
        headers.add(getTranslation("heatmap.criterion"));
        vendors.forEach(v -> headers.add(v.name()));
        Details table = new Details(getTranslation("heatmap.showTable"),
                DataTable.of("heatmap-table", getTranslation("heatmap.caption"), headers, rows));
        table.setId("heatmap-table-toggle");
        return card("comparison-heatmap", new H2(getTranslation("heatmap.title")),
                new Paragraph(getTranslation("heatmap.text")), chart, table);
    }

    private void openBoard(ItemKey key) {
        getUI().ifPresent(ui -> ui.navigate(ConsensusBoardView.class, ConsensusBoardView.parameters(
                data.evaluationId()), QueryParameters.of(ConsensusBoardView.ITEM, ConsensusBoardView.itemParameter(key))));
    }

    /** Every agreed value and waiver in force, with who recorded it, when and why: shown where they count. */
    private Div agreed() {
        Div card = card("comparison-agreed", new H2(getTranslation("agreed.title")),
                new Paragraph(getTranslation("agreed.text")));
        if (data.consensus().isEmpty() && data.waivers().isEmpty()) {
            card.add(new Paragraph(getTranslation("agreed.none")));
            return card;
        }
        List<List<String>> rows = new ArrayList<>();
        for (ComparisonData.ConsensusRow c : data.consensus()) {
            String item = data.vendorLabel(c.vendorId()) + " · " + (c.recommendationId() == null ? ""
                    : "“" + data.proposals().stream().filter(p -> p.id() == c.recommendationId())
                            .map(ComparisonData.ProposalRow::title).findFirst().orElse("") + "” · ")
                    + c.criterionCode() + " " + criterionTitle(c.part(), c.criterionCode());
            String value = c.value() != null ? String.valueOf(c.value()) : c.notApplicable() ? getTranslation("mark.na")
                    : getTranslation(Boolean.TRUE.equals(c.gatePassed()) ? "settle.pass" : "settle.fail");
            rows.add(List.of(item, value, c.rationale(), data.name(c.recordedBy()) + ", "
                    + ViewerTime.dateTime(c.recordedAt(), zone(), locale)));
        }
        for (ComparisonData.WaiverRow w : data.waivers()) {
            rows.add(List.of(data.vendorLabel(w.vendorId()) + " · " + w.gateCode() + " "
                            + criterionTitle(Part.VISIT, w.gateCode()),
                    getTranslation("agreed.waived", w.approver(), w.approverRole()), w.reason(),
                    data.name(w.recordedBy()) + ", " + ViewerTime.dateTime(w.recordedAt(), zone(), locale)));
        }
        card.add(DataTable.of("agreed-table", getTranslation("agreed.caption"), List.of(getTranslation("agreed.item"),
                getTranslation("agreed.value"), getTranslation("agreed.why"), getTranslation("agreed.who")), rows));
        return card;
    }

    // ---- 5. Leadership ----

    private Div leadership() {
        Div card = card("comparison-leadership", new H2(getTranslation("comparison.leadership.title")),
                new Paragraph(getTranslation("comparison.leadership.text")));
        for (VendorResult v : result.vendors()) {
            H3 name = new H3(getTranslation("comparison.leadership.vendor", v.name(), BoardText.score(v.leadershipPart(), locale),
                    BoardText.score(v.sessionComponent(), locale), BoardText.score(v.recommendationComponent(), locale)));
            List<List<String>> rows = v.recommendations().entrySet().stream()
                    .filter(e -> !Double.isNaN(e.getValue()))
                    .sorted(Map.Entry.<Long, Double>comparingByValue().reversed()).limit(3)
                    .map(e -> {
                        var proposal = data.proposals().stream().filter(p -> p.id() == e.getKey()).findFirst()
                                .orElseThrow();
                        return List.of(proposal.title(), BoardText.score(e.getValue(), locale),
                                proposal.upsell() ? getTranslation("comparison.leadership.upsell") : "");
                    }).toList();
            List<String> upsells = data.proposals().stream().filter(p -> p.vendorId() == v.id() && p.upsell())
                    .map(ComparisonData.ProposalRow::title).toList();
            card.add(name, rows.isEmpty() ? new Paragraph(getTranslation("comparison.leadership.none"))
                    : DataTable.of("leadership-table-" + v.id(), getTranslation("comparison.leadership.caption", v.name()),
                            List.of(getTranslation("comparison.leadership.recommendation"), getTranslation("comparison.leadership.value"),
                                    getTranslation("comparison.leadership.flag")), rows));
            if (!upsells.isEmpty()) {
                Paragraph flagged = new Paragraph(getTranslation("comparison.leadership.upsells", String.join("; ", upsells)));
                flagged.addClassName("fc-muted");
                card.add(flagged);
            }
        }
        return card;
    }

    // ---- 6. How sure are we ----

    private Div howSure() {
        Agreement agreement = result.agreement();
        List<List<String>> stats = new ArrayList<>();
        stats.add(statRow("ICC(2,1)", agreement.icc().icc21(), Agreement.iccBand(agreement.icc().icc21()),
                "agreement.meaning.icc21"));
        stats.add(statRow("ICC(2,k)", agreement.icc().icc2k(), Agreement.iccBand(agreement.icc().icc2k()),
                "agreement.meaning.icc2k"));
        stats.add(statRow(getTranslation("agreement.alphaInterval"), agreement.alphaInterval(),
                Agreement.alphaBand(agreement.alphaInterval()), "agreement.meaning.alpha"));
        stats.add(statRow(getTranslation("agreement.alphaOrdinal"), agreement.alphaOrdinal(),
                Agreement.alphaBand(agreement.alphaOrdinal()), "agreement.meaning.alphaOrdinal"));
        stats.add(statRow(getTranslation("agreement.kendall", agreement.kendallRaters()), agreement.kendallW(),
                Agreement.kendallBand(agreement.kendallW()), "agreement.meaning.kendall"));
        Div card = card("comparison-how-sure", new H2(getTranslation("howSure.title")),
                DataTable.of("agreement-table", getTranslation("agreement.caption"),
                        List.of(getTranslation("agreement.statistic"), getTranslation("agreement.value"),
                                getTranslation("agreement.band"), getTranslation("agreement.meaning")), stats));

        List<VendorResult> vendors = result.vendors();
        List<String> headers = new ArrayList<>();
        headers.add(getTranslation("bootstrap.rowAbove"));
        vendors.forEach(v -> headers.add(v.name()));
        List<List<String>> matrix = new ArrayList<>();
        for (VendorResult row : vendors) {
            List<String> line = new ArrayList<>();
            line.add(row.name());
            for (VendorResult column : vendors) {
                double p = row.id() == column.id() ? Double.NaN
                        : result.bootstrap().probabilityAbove(row.id(), column.id());
                line.add(Double.isNaN(p) ? "—" : Figures.percent(p, locale) + " %");
            }
            matrix.add(line);
        }
        card.add(new H3(getTranslation("bootstrap.title")), new Paragraph(getTranslation("bootstrap.text",
                result.bootstrap().resamples(), String.valueOf(result.bootstrap().seed()))),
                DataTable.of("bootstrap-table", getTranslation("bootstrap.caption"), headers, matrix));

        Paragraph critical = new Paragraph(Verdict.mostCritical(result, locale, t(), this::weightName));
        critical.setId("sensitivity-critical");
        critical.addClassName("fc-strong");
        List<List<String>> tippings = result.sensitivity().stream()
                .sorted(Comparator.comparingDouble(Tipping::distance))
                .map(tip -> List.of(weightName(tip.weight()), BoardText.score(tip.current(), locale),
                        tip.tippingWeight() == null ? getTranslation("sensitivity.never")
                                : BoardText.score(tip.tippingWeight(), locale),
                        tip.newLeader() == null ? "—" : result.vendor(tip.newLeader()).name())).toList();
        card.add(new H3(getTranslation("sensitivity.title")), critical,
                DataTable.of("sensitivity-table", getTranslation("sensitivity.caption"),
                        List.of(getTranslation("sensitivity.weight"), getTranslation("sensitivity.current"),
                                getTranslation("sensitivity.tipping"), getTranslation("sensitivity.newLeader")),
                        tippings));
        if (evaluation.myRole() == MemberRole.LEAD) {
            card.add(new WhatIfPanel(comparisons, comparison, sectionNames(), locale));
        }
        return card;
    }

    private List<String> statRow(String name, Statistic statistic, String band, String meaningKey) {
        return List.of(name, statistic.defined() ? BoardText.statistic(statistic.value(), locale)
                : getTranslation("agreement.undefined", statistic.undefinedBecause()), band, getTranslation(meaningKey));
    }

    private String weightName(String weight) {
        return Tipping.PART_SPLIT.equals(weight) ? getTranslation("sensitivity.visitPart")
                : getTranslation("sensitivity.section", sectionNames().getOrDefault(weight, weight));
    }

    private Map<String, String> sectionNames() {
        Map<String, String> names = new LinkedHashMap<>();
        visitSections().forEach(r -> names.put(r.sectionCode(), r.sectionCode() + " " + r.sectionTitle()));
        return names;
    }

    // ---- 7. Perception gap ----

    private Div perceptionGap() {
        Map<String, String> names = sectionNames();
        List<List<String>> rows = new ArrayList<>();
        for (PerceptionGap gap : result.perceptionGaps()) {
            rows.add(List.of(data.name(gap.evaluator()) + " · " + data.vendorLabel(gap.vendor()),
                    names.getOrDefault(gap.section(), gap.section()), BoardText.score(gap.expected(), locale),
                    BoardText.score(gap.scored(), locale), signed(gap.gap())));
        }
        List<List<String>> means = result.meanGapBySection().entrySet().stream()
                .map(e -> List.of(names.getOrDefault(e.getKey(), e.getKey()), signed(e.getValue()))).toList();
        Div card = card("comparison-perception", new H2(getTranslation("perception.title")),
                new Paragraph(getTranslation("perception.text")));
        if (rows.isEmpty()) {
            card.add(new Paragraph(getTranslation("perception.none")));
            return card;
        }
        card.add(DataTable.of("perception-means", getTranslation("perception.meanCaption"),
                List.of(getTranslation("perception.section"), getTranslation("perception.meanGap")), means));
        Details all = new Details(getTranslation("perception.showAll"), DataTable.of("perception-table",
                getTranslation("perception.caption"), List.of(getTranslation("perception.who"),
                        getTranslation("perception.section"), getTranslation("perception.expected"),
                        getTranslation("perception.scored"), getTranslation("perception.gap")), rows));
        card.add(all);
        return card;
    }

    private String signed(double gap) {
        return Figures.signed(gap, locale);
    }

    // ---- 8. Visits ----

    private Div visits() {
        Div card = card("comparison-visits", new H2(getTranslation("comparison.visits.title")));
        for (ComparisonData.Vendor vendor : data.vendors()) {
            List<List<String>> rows = data.visits().stream().filter(v -> v.vendorId() == vendor.id())
                    .map(v -> List.of(v.city() + ", " + v.country(), v.startsAt().toLocalDate().format(java.time.format.DateTimeFormatter.ofLocalizedDate(java.time.format.FormatStyle.MEDIUM).withLocale(locale)),
                            getTranslation("visits.status." + v.status()), integrity(v.integrity()))).toList();
            card.add(new H3(vendor.label()), rows.isEmpty() ? new Paragraph(getTranslation("comparison.visits.none"))
                    : DataTable.of("visits-table-" + vendor.id(), getTranslation("comparison.visits.caption", vendor.label()),
                            List.of(getTranslation("comparison.visits.site"), getTranslation("comparison.visits.date"),
                                    getTranslation("comparison.visits.state"), getTranslation("comparison.visits.integrity")), rows));
        }
        return card;
    }

    private String integrity(VisitIntegrity integrity) {
        if (!integrity.recorded()) {
            return getTranslation("comparison.visits.integrityMissing");
        }
        List<String> parts = new ArrayList<>();
        parts.add(getTranslation("comparison.visits.picked." + integrity.pickedAgents()));
        parts.add(getTranslation("comparison.visits.unsupervised." + integrity.unsupervised()));
        parts.add(getTranslation("comparison.visits.focusGroup." + integrity.focusGroupAlone()));
        parts.add(getTranslation("comparison.visits.volume." + integrity.typicalVolume()));
        if (integrity.hospitality() != null) {
            parts.add(getTranslation("comparison.visits.hospitality", integrity.hospitality()));
        }
        if (integrity.note() != null) {
            parts.add(integrity.note());
        }
        return String.join(" · ", parts);
    }

    // ---- Helpers ----

    private List<RubricRow> visitSections() {
        Map<String, RubricRow> first = new LinkedHashMap<>();
        data.rubric().stream().filter(r -> r.part() == Part.VISIT && !r.gate() && r.sectionWeight() != null)
                .forEach(r -> first.putIfAbsent(r.sectionCode(), r));
        return List.copyOf(first.values());
    }

    private String criterionTitle(Part part, String code) {
        return data.rubric().stream().filter(r -> r.part() == part && r.criterionCode().equals(code))
                .map(RubricRow::criterionTitle).findFirst().orElse("");
    }

    private static int indexOf(List<VendorResult> vendors, long id) {
        for (int i = 0; i < vendors.size(); i++) {
            if (vendors.get(i).id() == id) {
                return i;
            }
        }
        return -1;
    }

    private static Double nullable(double value) {
        return Double.isNaN(value) ? null : value;
    }

    private ZoneId zone() {
        return ViewerTime.zone();
    }

    private static Div card(String id, Component... content) {
        Div card = new Div(content);
        card.setId(id);
        card.addClassName("fc-card");
        return card;
    }
}
