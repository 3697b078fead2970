package nl.schoolveilig.directory;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The pupil administration's export is read as UTF-8 when it is UTF-8, and as Windows-1252 otherwise. */
class ImageConsentDecodingTest {

    private static final String NAMES = "Zoë Müller;Anaïs Çelik;François";

    @Test
    void utf8IsReadAsUtf8() {
        assertThat(CsvFile.decode(NAMES.getBytes(StandardCharsets.UTF_8))).isEqualTo(NAMES);
    }

    @Test
    void aByteOrderMarkIsDropped() {
        assertThat(CsvFile.decode(("\uFEFF" + NAMES).getBytes(StandardCharsets.UTF_8))).isEqualTo(NAMES);
    }

    @Test
    void windows1252IsReadAsWindows1252() {
        assertThat(CsvFile.decode(NAMES.getBytes(Charset.forName("windows-1252")))).isEqualTo(NAMES);
    }

    @Test
    void plainAsciiIsTheSameEitherWay() {
        assertThat(CsvFile.decode("brin;naam".getBytes(StandardCharsets.US_ASCII))).isEqualTo("brin;naam");
    }
}
