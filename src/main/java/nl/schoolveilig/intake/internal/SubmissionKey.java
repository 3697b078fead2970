package nl.schoolveilig.intake.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import nl.schoolveilig.incident.Channel;

/**
 * What makes two submissions the same report: the {@code Idempotency-Key} of an API call, the
 * {@code source} and {@code id} of a CloudEvent, or the token of a form. Keys of different channels
 * never collide.
 */
record SubmissionKey(Channel channel, String value) {

    static final int MAX_API_KEY_LENGTH = 200;

    static SubmissionKey ofEvent(String source, String id) {
        // A NUL cannot occur in either part, so "a" + "bc" and "ab" + "c" stay apart.
        return new SubmissionKey(Channel.EVENT, source + '\u0000' + id);
    }

    String hash() {
        return sha256(channel.name() + ':' + value);
    }

    static String sha256(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
