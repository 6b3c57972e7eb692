package io.floorcheck.visit.ui;

import java.time.ZoneId;
import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import io.floorcheck.base.ui.ViewerTime;
import io.floorcheck.rubric.Criterion;
import io.floorcheck.visit.ScoreEntry;
import io.floorcheck.visit.ScorecardService;
import io.floorcheck.visit.TeamScores;

/**
 * The visit's scorecards: the way into one's own, who has submitted, and — once the blind rule
 * allows — the submitted scores side by side. The service decides what is visible; this card
 * shows only what it is given.
 */
class TeamScoresCard extends Div {

    /** The mark of a score changed after unblinding, explained by the legend under the grid. */
    static final String AFTER_UNBLINDING = "†";

    TeamScoresCard(ScorecardService scorecards, long visitId, boolean attending, ZoneId siteZone) {
        addClassName("fc-card");
        setId("visit-scorecards");
        add(new H2(getTranslation("scorecard.team")));
        TeamScores team = scorecards.team(visitId);
        // A lead or reader who attends, or an evaluator excluded from the vendor, has no card to
        // fill here; one who has a card (excluded after starting it) can still read it.
        boolean ownCard = team.cards().stream().anyMatch(c -> c.evaluatorId() == team.viewerId() && c.status() != null);
        boolean mayScore = attending && (team.viewerWaits().mayScore() || ownCard);
        if (mayScore) {
            // Once submitted, the card is there to be read (or reopened), no longer to be filled.
            Button open = new Button(getTranslation(team.viewerSubmitted() ? "scorecard.viewSubmitted"
                    : "scorecard.open"), VaadinIcon.CLIPBOARD_CHECK.create(),
                    e -> getUI().ifPresent(ui -> ui.navigate("scorecards/" + visitId)));
            open.setId("visit-open-scorecard");
            open.addThemeVariants(team.viewerSubmitted() ? ButtonVariant.LUMO_CONTRAST : ButtonVariant.LUMO_PRIMARY,
                    ButtonVariant.LUMO_LARGE);
            add(open);
        }
        UnorderedList who = new UnorderedList();
        who.setId("visit-scorecard-status");
        who.addClassName("fc-plain-list");
        for (TeamScores.Card card : team.cards()) {
            String status = card.status() == null ? getTranslation("scorecard.notStarted")
                    : card.submittedAt() != null ? getTranslation("scorecard.submittedAt",
                            ViewerTime.dateTime(card.submittedAt(), getLocale()))
                    : getTranslation("scorecard.status." + card.status());
            Span name = new Span(card.name());
            name.addClassName("fc-strong");
            who.add(new ListItem(name, new Span(" — " + status)));
        }
        add(who);
        if (!team.scoresVisible()) {
            // Those who score wait for their own cards; the others (lead, readers, an evaluator
            // excluded from the vendor) for consensus; one whose conflict is pending, for the lead.
            Paragraph blind = new Paragraph(getTranslation(switch (team.viewerWaits()) {
                case OWN_CARDS -> "scorecard.blind";
                case LEAD_DECISION -> "scorecard.blindPending";
                case CONSENSUS -> "scorecard.blindNotScoring";
            }));
            blind.setId("visit-scores-hidden");
            blind.addClassName("fc-muted");
            add(blind);
            return;
        }
        List<TeamScores.Card> submitted = team.cards().stream().filter(card -> !card.scores().isEmpty()).toList();
        Grid<Criterion> grid = new Grid<>();
        grid.setId("visit-team-scores");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES,
                GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.addColumn(criterion -> criterion.code() + " " + criterion.title())
                .setHeader(getTranslation("scorecard.criterion")).setFlexGrow(3);
        for (TeamScores.Card card : submitted) {
            grid.addColumn(criterion -> mark(card.scores().get(criterion.code()))).setHeader(card.name())
                    .setFlexGrow(1);
        }
        grid.setItems(team.rubric().sections().stream().flatMap(s -> s.criteria().stream()).toList());
        add(grid);
        if (submitted.stream().anyMatch(card -> card.scores().values().stream().anyMatch(ScoreEntry::afterUnblinding))) {
            Paragraph legend = new Paragraph(getTranslation("scorecard.afterUnblindingLegend"));
            legend.setId("visit-after-unblinding");
            legend.addClassName("fc-muted");
            add(legend);
        }
    }

    private String mark(ScoreEntry entry) {
        if (entry == null || !entry.mark().isSet()) {
            return "—";
        }
        if (entry.mark().passed() != null) {
            String mark = getTranslation(entry.mark().passed() ? "scorecard.pass" : "scorecard.fail");
            return entry.afterUnblinding() ? mark + " " + AFTER_UNBLINDING : mark;
        }
        String mark = entry.mark().notApplicable() ? getTranslation("scorecard.na")
                : String.valueOf(entry.mark().level());
        // Changed by its author after they could see colleagues' scores: marked, as in the record.
        return entry.afterUnblinding() ? mark + " " + AFTER_UNBLINDING : mark;
    }
}
