package io.floorcheck.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.floorcheck.base.RuleViolation;
import io.floorcheck.scoring.GateStatus;
import io.floorcheck.scoring.ScoringResult;
import io.floorcheck.scoring.VendorResult;
import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.PdfDictionary;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfObject;
import org.openpdf.text.pdf.PdfReader;

/**
 * The comparison PDF, rendered from reports built through the real engine and read back with
 * poppler as an auditor would: every page framed, the verdict's figures the engine's, every name
 * in any script searchable, user text bounded and inert, and the edge cases an evaluation meets.
 */
class ComparisonPdfTest {

    private static final String CONFIDENTIAL = "Confidential — procurement evaluation";

    private static byte[] render(ComparisonReport report) {
        return ComparisonPdf.render(report, Locale.UK, Paper.A4);
    }

    @Test
    void everyPageCarriesTheHeaderAndPageXOfYAndTheFileHasItsMetadataAndEmbeddedFonts() throws IOException {
        byte[] pdf = render(new ReportFixture().build());
        List<String> pages = Poppler.pages(pdf);
        assertThat(pages.size()).isBetween(8, 20);
        for (int i = 0; i < pages.size(); i++) {
            assertThat(pages.get(i)).as("page " + (i + 1)).contains("Multilingual support 2027", CONFIDENTIAL,
                    "Page " + (i + 1) + " of " + pages.size(), "Generated 2 Dec 2026, 11:00 Europe/Warsaw");
        }
        try (PdfReader reader = new PdfReader(pdf)) {
            Map<String, String> info = reader.getInfo();
            assertThat(info.get("Title")).isEqualTo("Floorcheck comparison: Multilingual support 2027");
            assertThat(info.get("Author")).isEqualTo("Floorcheck 1.2.3");
            assertThat(info.get("Subject")).startsWith("Comparison of the candidates of the procurement evaluation");
            assertThat(info.get("CreationDate")).as("the report's generation time, in its zone")
                    .startsWith("D:20261202110000+01'00");
            assertThat(reader.getPageSize(1).getWidth()).isEqualTo(595f);
        }
        assertThat(Poppler.fonts(pdf)).isNotEmpty().allSatisfy(line -> {
            String[] columns = line.trim().split("\\s+");
            assertThat(columns[columns.length - 5]).as("embedded: " + line).isEqualTo("yes");
            assertThat(columns[columns.length - 4]).as("subset: " + line).isEqualTo("yes");
        });
    }

    @Test
    void pageOneSaysTheAnswerWithTheEnginesFiguresAsDisplayed() {
        ComparisonReport report = new ReportFixture().build();
        ScoringResult result = report.result();
        String first = Poppler.pages(render(report)).getFirst();
        ReportText t = new ReportText(Locale.UK, report.zone());
        VendorResult leader = result.vendor(result.recommended());
        assertThat(leader.name()).isEqualTo("Łódź Contact");
        assertThat(first).contains(Verdict.headline(result, t), "Recommended: Łódź Contact", "A draft comparison",
                oneLine(Verdict.sentence(result, Locale.UK, t)), oneLine(Verdict.agreement(result, Locale.UK, t)));
        for (VendorResult v : result.vendors()) {
            assertThat(first).contains(v.name(), Figures.score(v.overall(), Locale.UK) + " ("
                    + Figures.score(v.ciLow(), Locale.UK) + "–" + Figures.score(v.ciHigh(), Locale.UK) + ")");
        }
        assertThat(first).contains(Figures.score(result.margin(), Locale.UK) + " points ahead of "
                + result.vendor(result.runnerUp()).name(), Figures.percent(result.recommendedBeatsRunnerUp().value(),
                        Locale.UK) + " % of the resamples", "Draft comparison · " + CONFIDENTIAL);
        assertThat(Poppler.pages(render(new ReportFixture().locked().build())).getFirst())
                .contains("Locked on", "by Priya Nair").doesNotContain("A draft comparison", "Draft comparison ·");
    }

    @Test
    void oneCandidateIsRecommendedAloneWithoutARunnerUp() {
        ComparisonReport report = new ReportFixture().vendors(List.of("Solo Care")).build();
        String text = Poppler.text(render(report));
        assertThat(text).contains("Recommended: Solo Care", "no other candidate can be recommended", "1. Solo Care");
    }

    @Test
    void aSectionEveryCriterionOfWhichIsNotApplicableIsLeftOutAndSaysSo() {
        ComparisonReport report = new ReportFixture().sectionNotApplicable(0, "2").build();
        assertThat(report.result().vendor(1).visitSections()).doesNotContainKey("2");
        assertThat(Poppler.text(render(report))).contains("A section with every criterion N/A was left out");
    }

    @Test
    void aFailedGateWithoutAWaiverMakesNoneRecommendableAndAWaiverNamesItsApprover() {
        ComparisonReport failed = new ReportFixture().vendors(List.of("Solo Care")).gateFailed(0, false).build();
        assertThat(failed.result().vendor(1).gateStatus()).isEqualTo(GateStatus.FAIL);
        String first = Poppler.pages(render(failed)).getFirst();
        assertThat(first).contains("No vendor is recommendable", "Failed: G1 Card data handling");

        ComparisonReport waived = new ReportFixture().vendors(List.of("Solo Care")).gateFailed(0, true).build();
        assertThat(Poppler.pages(render(waived)).getFirst()).contains("Recommended: Solo Care",
                "Waived: G1 Card data handling, approved by Dana Whitfield (Chief Information Security Officer)");
    }

    @Test
    void withoutRecommendationsTheLeadershipPartIsTheSessionAndEachVendorPageSaysSo() {
        ComparisonReport report = new ReportFixture().recommendations(0).build();
        List<String> pages = Poppler.pages(render(report));
        assertThat(String.join(" ", pages)).contains("No recommendation scored: leadership is the session value");
        for (VendorResult v : report.result().vendors()) {
            String page = pages.stream().filter(p -> p.contains(CONFIDENTIAL + " " + v.rank() + ". " + v.name()))
                    .findFirst().orElseThrow();
            assertThat(page).as(v.name() + "'s page").contains("No recommendation was scored for this candidate");
        }
    }

    @Test
    void aLongNoteIsShortenedWithAPointerToTheDataPackageAndALongNameWrapsWhole() {
        String note = "Observed on the floor ".repeat(95) + "THE-END";
        String name = "Multilingual support for the Central and Eastern European region, with German, French, "
                + "Italian and Polish queues, 2027 to 2030";
        byte[] pdf = render(new ReportFixture().named(name).note(note).build());
        String text = Poppler.text(pdf);
        assertThat(note).hasSizeGreaterThan(2000);
        assertThat(text).contains("(shortened; the whole text is in the data package)",
                "(shortened; the whole text is in the evaluation's Record)").doesNotContain("THE-END");
        String first = Poppler.pages(pdf).getFirst();
        assertThat(first).as("the title wraps, never cut").contains(name);
        assertThat(first).as("the header shortens it to the room beside the confidentiality line")
                .startsWith("Multilingual support for the Central and Eastern European")
                .contains("... Draft comparison · " + CONFIDENTIAL); // "…" read back in NFKC

        int usual = Poppler.pages(render(new ReportFixture().build())).size();
        assertThat(Poppler.pages(render(new ReportFixture().note("line\n".repeat(300)).build())).size())
                .as("a note of many lines is capped in lines too").isLessThanOrEqualTo(usual + 8);
    }

    @Test
    void thirtyCandidatesArePagedAndAThirtyFirstIsRefusedWithAClearMessage() {
        ComparisonReport thirty = new ReportFixture().vendorCount(30).build();
        byte[] pdf = render(thirty);
        String text = Poppler.text(pdf);
        for (int i = 1; i <= 30; i++) {
            assertThat(text).contains("Candidate " + i + " Contact Services");
        }
        assertThat(Poppler.pages(pdf).size()).isBetween(30, 90);

        assertThatThrownBy(() -> new ReportFixture().vendorCount(31).build()).isInstanceOf(RuleViolation.class)
                .satisfies(e -> assertThat(((RuleViolation) e).messageKey()).isEqualTo("report.error.tooManyVendors"));
        assertThat(new ReportText(Locale.UK, ReportFixture.GENERATED.atZone(java.time.ZoneOffset.UTC).getZone())
                .get("report.error.tooManyVendors", 31, 30)).contains("at most 30 candidates", "has 31");
        // 48 sections of 4, the gates and the leadership criteria: 198 criteria; 50 of 4: 206.
        assertThat(Poppler.text(render(new ReportFixture().rubric(48, 4).vendorCount(2).build())))
                .contains("48.4 What we look for in 48.4");
        assertThatThrownBy(() -> new ReportFixture().rubric(50, 4).build()).isInstanceOf(RuleViolation.class)
                .satisfies(e -> assertThat(((RuleViolation) e).messageKey()).isEqualTo("report.error.tooManyCriteria"));
    }

    @Test
    void namesAndNotesInAnyScriptReadBackAndAnEmojiBecomesABox() {
        List<String> names = List.of("北京呼叫中心", "서울 콜센터", "東京コールセンター", "شركة الرياض للاتصال",
                "מוקד תל אביב", "Melting 🫠 Care");
        String note = "Agents switched between 普通话 and English; the supervisor said שלום and مرحبا 😀 twice.";
        byte[] pdf = render(new ReportFixture().vendors(names).note(note).build());
        String text = Poppler.text(pdf);
        for (String name : names.subList(0, 5)) {
            assertThat(text).contains(name);
        }
        // DejaVu Sans draws the common emoticons (😀); a newer emoji no embedded font has prints as a box.
        assertThat(text).contains("Melting □ Care", "普通话", "שלום", "مرحبا", "😀").doesNotContain("🫠");
        List<String> fonts = Poppler.fonts(pdf);
        assertThat(String.join("\n", fonts)).contains("NotoSansSC", "NotoSansKR", "DejaVuSans");
        assertThat(fonts).allSatisfy(line -> assertThat(line.trim().split("\\s+")[line.trim().split("\\s+").length - 5])
                .isEqualTo("yes"));
    }

    @Test
    void aRightToLeftNameKeepsTheFigureAfterItOutsideIt() {
        // The first candidate, named in Arabic, has an agreed value: the Record lists it as
        // "name · 1.1 title", where the criterion's number must stay after the name, not enter it.
        ComparisonReport report = new ReportFixture().vendors(List.of("مركز الرياض", "Łódź Contact", "Care Three"))
                .build();
        String text = Poppler.text(render(report));
        // Drawn "مركز الرياض · 1.1 What…"; poppler reads the neutral "·" out of place but keeps the
        // order that matters: the name whole, then the criterion's number (without the mark: "1.1 · name").
        assertThat(text).containsPattern("مركز الرياض\\s*1\\.1 What we look for in 1\\.1").doesNotContain("1.1 · مركز");
    }

    @Test
    void theHeatmapMarksAgreedAndDisputedValuesInTheirCells() {
        ComparisonReport report = new ReportFixture().build();
        String heatmap = Poppler.pages(render(report)).stream().filter(p -> p.contains("Every criterion"))
                .findFirst().orElseThrow();
        // Vendor 1's 1.1 was agreed at 4 on 1–5: 75.0 with its mark; the legend says what the marks mean.
        assertThat(heatmap).contains("1.1 What we look for in 1.1 75.0 ●", "● an agreed value (consensus)");
    }

    @Test
    void aDisputedRecommendationShowsTheValueAgreedOnThatRecommendationOnly() {
        // The first vendor's two recommendations are both disputed on R1; only the second has an agreed value.
        String text = Poppler.text(render(new ReportFixture().build()));
        // (poppler reads the wide rationale column apart from the row, so the row is checked to the value)
        assertThat(text).contains("Łódź Contact “Recommendation 1” · R1 Evidence grounding 2 on 1–5 5 ",
                "Agreed after the debrief",
                "Łódź Contact “Saw it on two calls” · R1 Evidence grounding 2 on 1–5 Not settled: the mean counts");
    }

    @Test
    void aRightToLeftMarkTypedInANoteCannotReverseTheFiguresAfterIt() {
        String text = Poppler.text(render(new ReportFixture().note("Swap \u200F100 200 300 and \u061C4 5").build()));
        assertThat(text).contains("Swap 100 200 300 and 4 5").doesNotContain("300 200 100");
    }

    @Test
    void hostileNotesAppearAsTextAndCreateNoActionLinkOrScript() throws IOException {
        String hostile = ") Tj /JavaScript (app.alert(1)) /S /Launch <script>alert(1)</script> %PDF-1.7 %%EOF "
                + "ctl[\u0000\u0007\u001B] \u202Eevil\u202C \u2066iso\u2069 https://evil.example/x";
        byte[] pdf = render(new ReportFixture().named("Care <script>alert(2)</script> \u202Ereversed").note(hostile)
                .build());
        String text = Poppler.text(pdf);
        assertThat(text).contains(") Tj /JavaScript (app.alert(1)) /S /Launch <script>alert(1)</script> %PDF-1.7",
                "ctl[ ]", "evil", "iso", "https://evil.example/x", "Care <script>alert(2)</script> reversed")
                .doesNotContain("\u202E", "\u2066");
        Set<PdfName> forbidden = Set.of(PdfName.JAVASCRIPT, PdfName.JS, PdfName.LAUNCH, PdfName.URI, PdfName.AA,
                PdfName.OPENACTION, PdfName.ANNOTS);
        List<String> found = new ArrayList<>();
        try (PdfReader reader = new PdfReader(pdf)) {
            for (int i = 1; i < reader.getXrefSize(); i++) {
                PdfObject object = PdfReader.getPdfObjectRelease(reader.getPdfObject(i));
                if (object instanceof PdfDictionary dictionary) {
                    for (PdfName key : dictionary.getKeys()) {
                        if (forbidden.contains(key)) {
                            found.add(i + ": " + key);
                        }
                    }
                    if (dictionary.get(PdfName.S) instanceof PdfName action && forbidden.contains(action)) {
                        found.add(i + ": /S " + dictionary.get(PdfName.S));
                    }
                }
            }
        }
        assertThat(found).as("actions, links or scripts in the file").isEmpty();
    }

    @Test
    void usLetterAndTheLocalesNumberFormat() throws IOException {
        ComparisonReport report = new ReportFixture().build();
        byte[] letter = ComparisonPdf.render(report, Locale.UK, Paper.LETTER);
        try (PdfReader reader = new PdfReader(letter)) {
            assertThat(reader.getPageSize(1).getWidth()).isEqualTo(612f);
            assertThat(reader.getPageSize(1).getHeight()).isEqualTo(792f);
        }
        VendorResult leader = report.result().vendor(report.result().recommended());
        String german = Poppler.pages(ComparisonPdf.render(report, Locale.GERMANY, Paper.A4)).getFirst();
        assertThat(Figures.score(leader.overall(), Locale.GERMANY)).contains(",");
        assertThat(german).contains(Figures.score(leader.overall(), Locale.GERMANY) + " ("
                + Figures.score(leader.ciLow(), Locale.GERMANY));
    }

    private static String oneLine(String text) {
        return text.replaceAll("\\s+", " ");
    }
}
