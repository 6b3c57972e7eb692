package io.floorcheck.comparison.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Input;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import io.floorcheck.comparison.Agreed;
import io.floorcheck.comparison.ConsensusBoard;
import io.floorcheck.comparison.ConsensusService;
import io.floorcheck.comparison.ScoredEvaluation;
import io.floorcheck.evaluation.EvaluationFixture;
import io.floorcheck.evaluation.EvaluationService;
import io.floorcheck.recommendation.LeadershipScorecardService;
import io.floorcheck.testsupport.FloorcheckSpringTest;
import io.floorcheck.testsupport.TestAccounts;
import io.floorcheck.vendor.VendorService;
import io.floorcheck.visit.ScorecardService;
import io.floorcheck.visit.VisitService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * The comparison view and the consensus board, browserless: the verdict and the ranking order,
 * "too close to call", the refusal for a blind evaluator, the what-if panel tipping the leader,
 * and on the board recording, withdrawing, a clash with another write, and the filters.
 */
@FloorcheckSpringTest
class ComparisonViewsTest extends SpringBrowserlessTest {

    private static final String LEAD = EvaluationFixture.LEAD;

    @Autowired TestAccounts accounts;
    @Autowired EvaluationService evaluations;
    @Autowired VendorService vendors;
    @Autowired VisitService visits;
    @Autowired ScorecardService scorecards;
    @Autowired LeadershipScorecardService leadership;
    @Autowired ConsensusService consensus;
    @Autowired io.floorcheck.comparison.ComparisonService comparisons;

    /** The second candidate leads on visit (4s from both) but the first is excellent in section 1. */
    static ScoredEvaluation clear;
    /** Ada 5 and Ben 2 on the second: it leads on the mean but not when only Ben is drawn (a quarter of the
     * resamples, 74.6 % above with the fixed seed) — too close to call, and disputed. */
    static ScoredEvaluation close;
    /** The same as {@code close}, for the test of two tabs (each board test writes its own evaluation). */
    static ScoredEvaluation tabs;
    /** Open, everything submitted: Ben reopens a card in the test and is blind again. */
    static ScoredEvaluation blind;

    @BeforeEach
    void fixtures() {
        if (clear != null) {
            return;
        }
        EvaluationFixture fixture = new EvaluationFixture(accounts, evaluations, vendors);
        clear = atConsensus(ScoredEvaluation.of("View clear", fixture, accounts, evaluations, visits, scorecards,
                leadership, (candidate, evaluator, criterion) -> candidate == 0
                        ? (criterion.startsWith("1.") ? 5 : 3) : 4));
        close = atConsensus(ScoredEvaluation.of("View close", fixture, accounts, evaluations, visits, scorecards,
                leadership, (candidate, evaluator, criterion) -> candidate == 0 ? 3
                        : evaluator.equals(ScoredEvaluation.A) ? 5 : 2));
        tabs = atConsensus(ScoredEvaluation.of("View tabs", fixture, accounts, evaluations, visits, scorecards,
                leadership, (candidate, evaluator, criterion) -> candidate == 0 ? 3
                        : evaluator.equals(ScoredEvaluation.A) ? 5 : 2));
        blind = ScoredEvaluation.of("View blind", fixture, accounts, evaluations, visits, scorecards, leadership);
    }

    private ScoredEvaluation atConsensus(ScoredEvaluation scored) {
        accounts.as(LEAD, () -> evaluations.advance(scored.evaluation(),
                evaluations.evaluation(scored.evaluation()).version()));
        return scored;
    }

    private String text(String id) {
        return find(Component.class).withId(id).single().getElement().getTextRecursively();
    }

    @Test
    @WithUserDetails(value = EvaluationFixture.READER, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void aReaderSeesTheVerdictTheRankingInOrderAndEveryChartWithItsTable() {
        navigate("evaluations/" + clear.evaluation() + "/comparison", ComparisonView.class);

        assertThat(find(H2.class).withId("verdict-headline").single().getText())
                .isEqualTo("Recommended: View clear Two");
        assertThat(text("verdict-sentence")).startsWith("View clear Two is recommended with ")
                .contains("points ahead of View clear One", "% of the resamples of the evaluators");
        String rows = find(NativeTable.class).withId("ranking-table").single().getElement().getTextRecursively();
        assertThat(rows.indexOf("View clear Two")).isLessThan(rows.indexOf("View clear One"));
        for (String chart : List.of("ranking-chart", "sections-chart", "heatmap-chart")) {
            Chart component = find(Chart.class).withId(chart).single();
            assertThat(component.getElement().getProperty("data")).contains("View clear One", "View clear Two");
        }
        assertThat(find(NativeTable.class).withId("heatmap-table").single().getElement().getTextRecursively())
                .contains("1.1");
        assertThat(text("comparison-status")).startsWith("A draft comparison");
        assertThat(find(Component.class).withId("what-if").all()).as("the what-if is the lead's").isEmpty();
        assertThat(text("comparison-pdf-a4")).isEqualTo("Download PDF (A4)");
        assertThat(text("comparison-pdf-letter")).isEqualTo("Download PDF (US Letter)");
        assertThat(find(com.vaadin.flow.component.html.Anchor.class).withId("comparison-pdf-a4").single().getHref())
                .as("streamed by Vaadin's download handling").startsWith("VAADIN/dynamic/resource/");
    }

    @Test
    @WithUserDetails(value = LEAD, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void whenTheBootstrapIsUnsureTheVerdictIsTooCloseToCall() {
        navigate("evaluations/" + close.evaluation() + "/comparison", ComparisonView.class);
        assertThat(find(H2.class).withId("verdict-headline").single().getText())
                .isEqualTo("Too close to call (View close Two leads)");
        assertThat(text("verdict-sentence")).contains("ranks above it in only 74.6 %", "below the 80 %");
    }

    @Test
    @WithUserDetails(value = EvaluationFixture.READER, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void thePdfStreamsNamedAfterTheEvaluationAndARefusalSendsNoFile() throws java.io.IOException {
        Response ok = new Response();
        PdfDownload allowed = new PdfDownload(comparisons, clear.evaluation(), java.time.ZoneOffset.UTC,
                java.util.Locale.UK);
        allowed.download(ok.event(allowed), io.floorcheck.report.Paper.A4);
        assertThat(ok.status).isZero();
        assertThat(ok.headers.get("Content-Disposition")).startsWith("attachment; filename=\"Floorcheck - View clear")
                .contains("filename*=UTF-8''Floorcheck%20%E2%80%93%20View%20clear");
        assertThat(new String(ok.body.toByteArray(), 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1))
                .isEqualTo("%PDF-");

        // Opened while allowed, asked for when no longer: the blind rule refuses, no byte is sent.
        Response refused = new Response();
        PdfDownload late = new PdfDownload(comparisons, blind.evaluation(), java.time.ZoneOffset.UTC,
                java.util.Locale.UK);
        late.download(refused.event(late), io.floorcheck.report.Paper.A4);
        assertThat(refused.status).isEqualTo(422);
        assertThat(refused.body.size()).isZero();
        assertThat(refused.headers).doesNotContainKey("Content-Disposition");
    }

    /** What a download writes to its response (the HTTP response is the boundary here). */
    private static final class Response {
        final java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        final java.util.Map<String, String> headers = new java.util.HashMap<>();
        int status;

        com.vaadin.flow.server.streams.DownloadEvent event(Component owner) throws java.io.IOException {
            com.vaadin.flow.server.VaadinResponse response = org.mockito.Mockito.mock(
                    com.vaadin.flow.server.VaadinResponse.class);
            org.mockito.Mockito.when(response.getOutputStream()).thenReturn(body);
            org.mockito.Mockito.doAnswer(call -> headers.put(call.getArgument(0), call.getArgument(1)))
                    .when(response).setHeader(org.mockito.ArgumentMatchers.anyString(),
                            org.mockito.ArgumentMatchers.anyString());
            org.mockito.Mockito.doAnswer(call -> status = call.getArgument(0)).when(response)
                    .setStatus(org.mockito.ArgumentMatchers.anyInt());
            return new com.vaadin.flow.server.streams.DownloadEvent(org.mockito.Mockito.mock(
                    com.vaadin.flow.server.VaadinRequest.class), response, null, owner.getElement());
        }
    }

    @Test
    @WithUserDetails(value = EvaluationFixture.EVALUATOR_B, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void anEvaluatorStillBlindGetsTheReasonAndNoNumber() {
        // Ben reopens his card of the second candidate: the blind rule closes again for him.
        var card = scorecards.open(blind.visits().get(1));
        if (card.mayReopen()) {
            scorecards.reopen(card.id(), card.version(), "One more note");
        }
        navigate("evaluations/" + blind.evaluation() + "/comparison", ComparisonView.class);
        assertThat(text("comparison-refused")).startsWith("The comparison opens once you may read");
        assertThat(find(H2.class).withId("verdict-headline").all()).isEmpty();
        assertThat(find(Component.class).withId("comparison-pdf-a4").all()).as("no PDF either").isEmpty();
        navigate("evaluations/" + blind.evaluation() + "/consensus", ConsensusBoardView.class);
        assertThat(text("comparison-refused")).startsWith("The comparison opens once you may read");
    }

    @Test
    @WithUserDetails(value = LEAD, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void movingASectionWeightPastItsTippingPointChangesTheLeaderShown() {
        navigate("evaluations/" + clear.evaluation() + "/comparison", ComparisonView.class);
        assertThat(text("sensitivity-critical")).startsWith("The recommendation changes to View clear One");
        assertThat(text("what-if-leader")).isEqualTo("With these weights View clear Two is still recommended.");

        // First: 100 in section 1, 50 elsewhere; second: 75 everywhere. With the other sections
        // rescaled to share the rest, section 1 tips at 50, as the sensitivity sentence says.
        assertThat(text("sensitivity-critical")).contains("goes from 20.0 to 50.0");
        Input sectionOne = find(Input.class).withId("what-if-section-1").single();
        sectionOne.setValue("49");
        assertThat(text("what-if-leader")).isEqualTo("With these weights View clear Two is still recommended.");
        assertThat(find(Input.class).withId("what-if-section-2").single().getValue()).as("15 of 80 → of 51")
                .isEqualTo("9.56");
        sectionOne.setValue("51");
        assertThat(text("what-if-leader")).isEqualTo("With these weights View clear One would be recommended instead.");
        sectionOne.setValue("20");
        assertThat(text("what-if-leader")).isEqualTo("With these weights View clear Two is still recommended.");
    }

    @Test
    @WithUserDetails(value = LEAD, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    @SuppressWarnings("unchecked")
    void theLeadRecordsAndWithdrawsAnAgreedValueAndFiltersTheBoard() {
        navigate("evaluations/" + close.evaluation() + "/consensus", ConsensusBoardView.class);
        Grid<ConsensusBoard.Item> grid = find(Grid.class).withId("board-grid").single();
        int all = test(grid).size();
        ConsensusBoard.Item first = test(grid).getRow(0);
        assertThat(first.disputed()).as("disputed first").isTrue();
        assertThat(first.vendor()).isEqualTo("View close Two");

        test(find(Checkbox.class).withId("board-disputed").single()).click();
        int disputed = test(grid).size();
        assertThat(disputed).isLessThan(all).isPositive();
        Select<String> vendor = find(Select.class).withId("board-vendor").single();
        test(vendor).selectItem("View close One");
        assertThat(test(grid).size()).as("nothing disputed on the first").isZero();
        test(vendor).selectItem("Every candidate");

        ConsensusBoard.Item top = test(grid).getRow(0);
        Button settle = (Button) test(grid).getCellComponent(0, 4);
        assertThat(settle.getText()).isEqualTo("Settle");
        assertThat(settle.getElement().getAttribute("aria-label")).as("the visible word first, then which item")
                .isEqualTo("Settle: " + top.label());
        test(grid).clickRow(0);
        assertThat(text("settle-ratings")).contains("Ada Evaluator: 5", "Ben Evaluator: 2");
        RadioButtonGroup<String> value = find(RadioButtonGroup.class).withId("settle-value").single();
        value.setValue("4");
        test(find(TextArea.class).withId("settle-rationale").single()).setValue("Ben's 2 was for one call only.");
        test(find(Button.class).withId("settle-record").single()).click();
        assertThat(find(Dialog.class).withId("settle-dialog").all()).isEmpty();
        ConsensusBoard.Item agreed = test(grid).getRow(0);
        assertThat(agreed.key()).isEqualTo(top.key());
        assertThat(agreed.agreed().rationale()).isEqualTo("Ben's 2 was for one call only.");
        assertThat(text("board-count")).contains("1 of them agreed");

        test(grid).clickRow(0);
        test(find(Button.class).withId("settle-withdraw").single()).click();
        test(find(TextArea.class).withId("settle-reason").single()).setValue("Agreed on the wrong criterion");
        test(find(Button.class).withId("settle-reason-confirm").single()).click();
        assertThat(test(grid).getRow(0).agreed()).isNull();
        assertThat(text("board-count")).contains("0 of them agreed");
    }

    @Test
    @WithUserDetails(value = LEAD, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    @SuppressWarnings("unchecked")
    void aSecondTabThatRecordsLateSeesTheOtherValueInsteadOfOverwritingIt() {
        navigate("evaluations/" + tabs.evaluation() + "/consensus", ConsensusBoardView.class);
        Grid<ConsensusBoard.Item> grid = find(Grid.class).withId("board-grid").single();
        ConsensusBoard.Item item = test(grid).getRow(1);
        test(grid).clickRow(1);
        // Meanwhile, another tab records a value for the same item.
        consensus.record(tabs.evaluation(), item.key(), item.version(), Agreed.ofLevel(3), "Recorded in the other tab");

        RadioButtonGroup<String> value = find(RadioButtonGroup.class).withId("settle-value").single();
        value.setValue("5");
        test(find(TextArea.class).withId("settle-rationale").single()).setValue("This tab's view");
        test(find(Button.class).withId("settle-record").single()).click();
        assertThat(find(Paragraph.class).withId("settle-clash").single().getText())
                .startsWith("Someone else recorded 3 meanwhile (“Recorded in the other tab”");
        assertThat(consensus.board(tabs.evaluation()).items().stream().filter(i -> i.key().equals(item.key()))
                .findFirst().orElseThrow().agreed().value().level()).as("not overwritten").isEqualTo(3);
        assertThat(find(RadioButtonGroup.class).withId("settle-value").single().getValue())
                .as("this tab's choice kept").isEqualTo("5");
        assertThat(find(TextArea.class).withId("settle-rationale").single().getValue()).isEqualTo("This tab's view");
    }
}
