package nl.schoolveilig.directory;

import java.util.Map;

/**
 * A pupil's image consent (beeldgebruikvoorkeuren) per channel, e.g. {@code SOCIAL_SCHOOLS},
 * {@code WEBSITE}, {@code SOCIAL_MEDIA}: true where the parents gave consent.
 */
public record ImageConsent(String pupilName, Map<String, Boolean> channels) {
}
