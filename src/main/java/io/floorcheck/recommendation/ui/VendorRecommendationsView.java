package io.floorcheck.recommendation.ui;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.floorcheck.base.RuleViolation;
import io.floorcheck.recommendation.LeadershipScorecardService;
import io.floorcheck.recommendation.Recommendation;
import io.floorcheck.recommendation.VendorRecommendations;
import io.floorcheck.rubric.Criterion;
import io.floorcheck.rubric.RubricVersion;
import io.floorcheck.visit.ScoreEntry;
import io.floorcheck.visit.ScorecardStatus;
import jakarta.annotation.security.PermitAll;

/**
 * Everything a vendor's leadership recommended in an evaluation, visit by visit, with the
 * evaluators' submitted leadership scores once the blind rule lets the reader see them: per
 * recommendation a row per criterion and a column per evaluator, the evidence notes folded
 * beneath, then the session scores.
 */
@Route("evaluations/:evaluation/vendors/:vendor/recommendations")
@PermitAll
class VendorRecommendationsView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final transient LeadershipScorecardService scorecards;
    private String title = "";

    VendorRecommendationsView(LeadershipScorecardService scorecards) {
        this.scorecards = scorecards;
        addClassNames("fc-page", "fc-vendor-recommendations");
    }

    static String route(long evaluationId, long vendorId) {
        return "evaluations/" + evaluationId + "/vendors/" + vendorId + "/recommendations";
    }

    @Override
    public String getPageTitle() {
        return title + " · " + getTranslation("app.name");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        long evaluation = event.getRouteParameters().getLong("evaluation").orElse(0L);
        long vendor = event.getRouteParameters().getLong("vendor").orElse(0L);
        VendorRecommendations all;
        try {
            all = scorecards.vendor(evaluation, vendor);
        } catch (RuleViolation violation) {
            title = getTranslation("leadership.vendorTitle", "");
            Paragraph why = new Paragraph(getTranslation(violation.messageKey(), violation.arguments()));
            why.addClassName("fc-notice");
            add(new H1(title), why);
            return;
        }
        title = getTranslation("leadership.vendorTitle", all.vendorName());
        H1 heading = new H1(title);
        heading.setId("vendor-recommendations-title");
        Button back = new Button(getTranslation("leadership.backToEvaluation"), VaadinIcon.ARROW_LEFT.create(),
                e -> getUI().ifPresent(ui -> ui.navigate("evaluations/view/" + evaluation)));
        back.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add(heading, back);
        if (!all.scoresVisible()) {
            // Those who score wait for their own cards; the others (lead, readers, an evaluator
            // excluded from the vendor) for consensus; one whose conflict is pending, for the lead.
            Paragraph blind = new Paragraph(getTranslation(switch (all.viewerWaits()) {
                case OWN_CARDS -> "leadership.blind";
                case LEAD_DECISION -> "leadership.blindPending";
                case CONSENSUS -> "leadership.blindNotScoring";
            }));
            blind.setId("vendor-recommendations-blind");
            blind.addClassName("fc-notice");
            add(blind);
        }
        if (all.visits().isEmpty()) {
            add(new Paragraph(getTranslation("leadership.noVisits")));
        }
        for (VendorRecommendations.VisitDebrief visit : all.visits()) {
            add(visit(all, visit));
        }
    }

    private Section visit(VendorRecommendations all, VendorRecommendations.VisitDebrief visit) {
        Section block = new Section();
        block.addClassName("fc-card");
        block.setId("vendor-visit-" + visit.visitId());
        block.add(new H2(getTranslation("leadership.visitHeading", visit.siteCity(), visit.startsAt().format(
                DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale())))));
        UnorderedList who = new UnorderedList();
        who.addClassName("fc-plain-list");
        for (VendorRecommendations.Card card : visit.cards()) {
            Span name = new Span(card.name());
            name.addClassName("fc-strong");
            String status = card.status() == null ? getTranslation("scorecard.notStarted")
                    : card.status() == ScorecardStatus.SUBMITTED && card.unscored() > 0
                            ? getTranslation("leadership.submittedMissing", card.unscored())
                            : getTranslation("scorecard.status." + card.status());
            who.add(new ListItem(name, new Span(" — " + status)));
        }
        block.add(who);
        List<VendorRecommendations.Card> submitted = visit.cards().stream()
                .filter(card -> card.status() == ScorecardStatus.SUBMITTED).toList();
        if (visit.recommendations().isEmpty()) {
            block.add(new Paragraph(getTranslation("debrief.count", 0)));
        }
        int number = 1;
        for (Recommendation recommendation : visit.recommendations()) {
            Div item = new Div();
            item.addClassNames("fc-recommendation", "fc-vendor-recommendation");
            item.setId("vendor-recommendation-" + recommendation.id());
            Span area = new Span(getTranslation("debrief.area." + recommendation.details().area()));
            area.addClassName("fc-tag");
            H3 heading = new H3(new Span("#" + number++ + " "), new Span(recommendation.details().title()), area);
            item.add(heading);
            if (recommendation.upsell()) {
                Span upsell = new Span(getTranslation("debrief.upsellTag"));
                upsell.addClassName("fc-upsell");
                heading.add(upsell);
                item.add(new Paragraph(getTranslation("debrief.upsellWhy", recommendation.upsellNote())));
            }
            String summary = DebriefView.summary(this, recommendation);
            if (!summary.isEmpty()) {
                item.add(new Paragraph(summary));
            }
            for (Recommendation.Merged merged : recommendation.merged()) {
                Paragraph line = new Paragraph(getTranslation("debrief.mergedLine", merged.title(),
                        merged.capturedBy()));
                line.addClassName("fc-muted");
                item.add(line);
            }
            if (all.scoresVisible() && !submitted.isEmpty()) {
                item.add(scores(all.recommendationRubric(), submitted, recommendation.id(),
                        "vendor-scores-" + recommendation.id()));
            }
            block.add(item);
        }
        if (all.scoresVisible() && !submitted.isEmpty()) {
            H3 session = new H3(getTranslation("leadership.session"));
            block.add(session, scores(all.sessionRubric(), submitted, null, "vendor-session-" + visit.visitId()));
        }
        return block;
    }

    /**
     * A row per criterion, named in full ("R3 Evidence behind the claim"), a column per evaluator,
     * and the evidence notes folded beneath: on a tablet the words are readable, and there are
     * far fewer evaluators than criteria.
     */
    private Div scores(RubricVersion rubric, List<VendorRecommendations.Card> cards, Long recommendationId,
            String id) {
        List<Criterion> criteria = rubric.sections().stream().flatMap(s -> s.criteria().stream()).toList();
        Grid<Criterion> grid = new Grid<>();
        grid.setId(id);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES,
                GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.addColumn(criterion -> criterion.code() + " " + criterion.title())
                .setHeader(getTranslation("leadership.criterion")).setFlexGrow(1);
        for (VendorRecommendations.Card card : cards) {
            grid.addColumn(criterion -> mark(card.score(recommendationId, criterion.code())))
                    .setHeader(card.name()).setWidth("7rem").setFlexGrow(0);
        }
        grid.setItems(criteria);
        Div scores = new Div(grid);
        UnorderedList notes = new UnorderedList();
        notes.addClassName("fc-plain-list");
        for (VendorRecommendations.Card card : cards) {
            for (Criterion criterion : criteria) {
                ScoreEntry entry = card.score(recommendationId, criterion.code());
                if (entry.hasEvidence()) {
                    notes.add(new ListItem(getTranslation("leadership.note", card.name(), criterion.code(),
                            mark(entry), entry.evidence())));
                }
            }
        }
        if (notes.getComponentCount() > 0) {
            scores.add(new Details(getTranslation("leadership.notes", notes.getComponentCount()), notes));
        }
        if (cards.stream().anyMatch(card -> criteria.stream()
                .anyMatch(c -> card.score(recommendationId, c.code()).afterUnblinding()))) {
            Paragraph legend = new Paragraph(getTranslation("scorecard.afterUnblindingLegend"));
            legend.addClassName("fc-muted");
            scores.add(legend);
        }
        return scores;
    }

    private String mark(ScoreEntry entry) {
        if (entry == null || !entry.mark().isSet()) {
            return "—";
        }
        if (entry.mark().passed() != null) {
            return getTranslation(entry.mark().passed() ? "scorecard.pass" : "scorecard.fail");
        }
        String mark = entry.mark().notApplicable() ? getTranslation("scorecard.na")
                : String.valueOf(entry.mark().level());
        return entry.afterUnblinding() ? mark + " †" : mark;
    }
}
