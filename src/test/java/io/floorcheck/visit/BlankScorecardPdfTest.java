package io.floorcheck.visit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import io.floorcheck.rubric.Criterion;
import io.floorcheck.rubric.EvidenceRule;
import io.floorcheck.rubric.Level;
import io.floorcheck.rubric.RubricPurpose;
import io.floorcheck.rubric.RubricSection;
import io.floorcheck.rubric.RubricVersion;
import io.floorcheck.rubric.VersionStatus;
import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;

class BlankScorecardPdfTest {

    private static final List<Level> FIVE = List.of(new Level(1, "Absent"), new Level(2, "Ad hoc"),
            new Level(3, "Defined"), new Level(4, "Measured"), new Level(5, "Improving"));

    private static BlankScorecard card() {
        RubricSection gates = new RubricSection("G", "Gate items", null, null, List.of(), List.of(
                new Criterion("G1", "Card data never heard", null, null, 1, 5, false, true,
                        "No agent repeats or keys a card number while we listen", List.of())));
        RubricSection calls = new RubricSection("1", "Live calls", "Listen in", new BigDecimal("100"), FIVE, List.of(
                new Criterion("1.1", "Issue diagnosis", "Finds the real cause", BigDecimal.ONE, 1, 5, true, false,
                        null, List.of()),
                new Criterion("1.2", "Tone in Łódź and Bogotá", null, BigDecimal.ONE, 1, 5, false, false, null,
                        List.of())));
        RubricVersion rubric = new RubricVersion(1, 1, "Shadow visit", RubricPurpose.SHADOW_VISIT, 3,
                VersionStatus.PUBLISHED, "1 = absent … 5 = improving", new EvidenceRule(2, 4), null,
                List.of(gates, calls), 0);
        return new BlankScorecard("Inbound care 2027", "Vistula CX", "Kraków, Poland", "2027-01-26 09:30 (Europe/Warsaw)",
                "Sofía Álvarez", rubric);
    }

    @Test
    void everyCriterionLevelAndGatePrintsWithItsDescriptorsInAnEmbeddedUnicodeFont() throws IOException {
        byte[] pdf = BlankScorecardPdf.render(card(), Locale.ENGLISH);
        Files.createDirectories(Path.of("target/pdf"));
        Files.write(Path.of("target/pdf/blank-scorecard.pdf"), pdf);

        PdfReader reader = new PdfReader(pdf);
        StringBuilder text = new StringBuilder();
        PdfTextExtractor extractor = new PdfTextExtractor(reader);
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append(extractor.getTextFromPage(page)).append('\n');
        }
        String all = text.toString();

        assertThat(all).contains("Shadow visit", "Vistula CX", "Kraków, Poland", "Sofía Álvarez", "Version 3",
                "G1", "Card data never heard", "Pass — No agent repeats", "Fail",
                "1.1", "Issue diagnosis", "Finds the real cause", "Absent", "Improving",
                "N/A — does not apply here", "Tone in Łódź and Bogotá",
                "Scores of 2 or lower and of 4 or higher need an evidence note");
        assertThat(all.split("N/A — does not apply here", -1)).as("N/A only where allowed").hasSize(2);
        assertThat(new String(pdf, java.nio.charset.StandardCharsets.ISO_8859_1)).contains("/FontFile2")
                .as("fonts are embedded").doesNotContain("/BaseFont /Helvetica");
    }
}
