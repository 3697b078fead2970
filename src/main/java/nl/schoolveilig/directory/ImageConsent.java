package nl.schoolveilig.directory;

import java.util.Map;

/**
 * A pupil's image consent (beeldgebruikvoorkeuren) per channel: true where the parents gave consent; a
 * channel the pupil administration said nothing about is absent.
 */
public record ImageConsent(String pupilName, Map<ImageChannel, Boolean> channels) {
}
