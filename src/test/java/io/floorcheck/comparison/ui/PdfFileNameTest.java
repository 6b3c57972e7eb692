package io.floorcheck.comparison.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** The PDF's file name: safe on every system, exact in filename* (RFC 6266, RFC 8187), ASCII beside it. */
class PdfFileNameTest {

    private static final LocalDate DAY = LocalDate.of(2026, 12, 2);

    @Test
    void theNameIsTheEvaluationsWithoutWhatAFileSystemOrAHeaderMustNotGet() {
        assertThat(PdfFileName.of("Multilingual support 2026", DAY))
                .isEqualTo("Floorcheck – Multilingual support 2026 – 2026-12-02.pdf");
        assertThat(PdfFileName.of("../etc/passwd: a \"b\" <c>|d?*\u0000\u202Eexe.fdp\r\nx", DAY))
                .isEqualTo("Floorcheck – -etc-passwd- a -b- -c--d-- exe.fdp x – 2026-12-02.pdf");
        assertThat(PdfFileName.of("   ", DAY)).isEqualTo("Floorcheck – evaluation – 2026-12-02.pdf");
        assertThat(PdfFileName.of("x".repeat(300), DAY)).hasSize("Floorcheck –  – 2026-12-02.pdf".length() + 100);
    }

    @Test
    void theHeaderCarriesAnAsciiFallbackAndTheExactNameInUtf8() {
        String name = PdfFileName.of("Łódź & Đà Nẵng; 2026", DAY);
        String header = PdfFileName.contentDisposition(name);
        // Accents go in the fallback; letters with no ASCII form (Ł, Đ) become "_".
        assertThat(header).startsWith("attachment; filename=\"Floorcheck - _odz & _a Nang; 2026 - 2026-12-02.pdf\"; ");
        String encoded = header.substring(header.indexOf("filename*=UTF-8''") + "filename*=UTF-8''".length());
        assertThat(encoded).matches("[A-Za-z0-9%._~*-]+");
        assertThat(URLDecoder.decode(encoded, StandardCharsets.UTF_8)).isEqualTo(name);
    }
}
