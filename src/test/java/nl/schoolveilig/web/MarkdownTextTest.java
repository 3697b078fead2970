package nl.schoolveilig.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Typed text in a form's Markdown stays text: no image, no link, no heading, one line. */
class MarkdownTextTest {

    @Test
    void markdownInTypedTextIsEscapedSoItShowsAsTyped() {
        assertThat(MarkdownText.escaped("![x](https://tracker.example/p.png)"))
                .isEqualTo("\\!\\[x\\]\\(https://tracker\\.example/p\\.png\\)");
        assertThat(MarkdownText.escaped("# Kop\n*vet* <b>")).isEqualTo("\\# Kop \\*vet\\* \\<b\\>");
        assertThat(MarkdownText.escaped("Juf Anne van groep 5a")).isEqualTo("Juf Anne van groep 5a");
        assertThat(MarkdownText.escaped(null)).isEmpty();
    }
}
