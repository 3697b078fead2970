package nl.schoolveilig.support;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Files a reporter might send: a real 1×1 PNG and a minimal PDF. */
public final class EvidenceBytes {

    public static final byte[] PNG = Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");
    public static final byte[] PDF = "%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    private EvidenceBytes() {
    }
}
