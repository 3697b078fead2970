package nl.schoolveilig.events;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What an event's sender chooses reaches the log as one bounded line, so no event can forge a log line. */
class DeadLettersTest {

    @Test
    void anIdWithLineBreaksIsLoggedOnOneLine() {
        assertThat(DeadLetters.loggable("abc\n2026-12-06T05:00:00Z ERROR forged\r\nline"))
                .isEqualTo("abc 2026-12-06T05:00:00Z ERROR forged line").doesNotContain("\n").doesNotContain("\r");
    }

    @Test
    void aLongTextIsCutAndSaysSo() {
        assertThat(DeadLetters.loggable("x".repeat(5000))).hasSize(201).endsWith("\u2026");
    }

    @Test
    void nothingIsADash() {
        assertThat(DeadLetters.loggable(null)).isEqualTo("-");
    }
}
