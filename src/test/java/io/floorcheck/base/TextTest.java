package io.floorcheck.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** What text looks like once it is in: what the reader sees, and nothing that hides or reverses it. */
class TextTest {

    @Test
    void composedAndDecomposedAccentsAreStoredAlike() {
        assertThat(Text.clean("Bogota\u0301")).isEqualTo("Bogotá").isEqualTo(Text.clean("Bogotá"));
    }

    @Test
    void controlCharactersGoButLineBreaksAndTabsStay() {
        assertThat(Text.clean("one\u0000two\u0007\r\nthree\tfour\u009F")).isEqualTo("onetwo\nthree\tfour");
    }

    @Test
    void directionOverridesAndIsolatesAreRemovedSoANameCannotReverseWhatFollows() {
        // "evil\u202Etxt.exe" would show as "evilexe.txt".
        assertThat(Text.clean("evil\u202Etxt.exe")).isEqualTo("eviltxt.exe");
        assertThat(Text.clean("a\u2066b\u2067c\u2068d\u2069e\u202Af\u202Bg\u202Ch\u202Di")).isEqualTo("abcdefghi");
        // Right-to-left text itself is kept as typed.
        assertThat(Text.clean("שלום مرحبا")).isEqualTo("שלום مرحبا");
    }

    @Test
    void invisibleCharactersThatOnlyHideTextAreRemovedAndLookalikesShareAKey() {
        assertThat(Text.line("Andes\u200B Contact\uFEFF Center\u2060 S.A.S. ")).isEqualTo("Andes Contact Center S.A.S.");
        assertThat(Text.key("Andes\u200D Contact\u200C Center\u200E")).as("joiners and marks are not in the key")
                .isEqualTo(Text.key("andes contact center"));
        assertThat(Text.key("ＡＣＭＥ\u00A0Ltd")).isEqualTo("acme ltd");
        assertThat(Text.clean("emoji 👩\u200D💻 and Persian می\u200Cخواهم keep their joiners"))
                .contains("\u200D", "\u200C");
    }

    @Test
    void oneLineTextsLoseTheirLineBreaksAndRunsOfSpaces() {
        assertThat(Text.line("  Pacific\n\tHarbor   BPO  ")).isEqualTo("Pacific Harbor BPO");
        assertThat(Text.lineOrNull(" \u200B ")).isNull();
        assertThat(Text.cleanOrNull("\u0000")).isNull();
    }

    @Test
    void aReasonIsRequiredAndLimited() {
        assertThat(Text.reason("  Vendor B's notes arrived late \u202E ")).isEqualTo("Vendor B's notes arrived late");
        assertThatThrownBy(() -> Text.reason(" \u200B")).isInstanceOf(RuleViolation.class)
                .hasMessageContaining("evaluations.error.reasonMissing");
        assertThatThrownBy(() -> Text.reason("x".repeat(Text.REASON_LENGTH + 1))).isInstanceOf(RuleViolation.class)
                .hasMessageContaining("text.error.reasonLength");
    }
}
