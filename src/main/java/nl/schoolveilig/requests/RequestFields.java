package nl.schoolveilig.requests;

import java.util.List;
import java.util.Map;

import nl.schoolveilig.directory.ImageChannel;

/**
 * The fields of each kind of request, beside {@code type} and {@code schoolId}: one definition for the API's
 * checks and the pages. Which pupils and groups exist is the directory's to say ({@link RequestService}).
 */
public final class RequestFields {

    public enum Kind { TEXT, URL, DATE, CHOICE, ID, IDS, EMAIL }

    public record Field(String name, Kind kind, boolean required, int max, List<String> options) {

        /** A text a person writes more than a line of. */
        public boolean isLongText() {
            return kind == Kind.TEXT && max > 300;
        }

        static Field text(String name, boolean required, int max) {
            return new Field(name, Kind.TEXT, required, max, List.of());
        }

        static Field choice(String name, boolean required, List<String> options) {
            return new Field(name, Kind.CHOICE, required, 0, options);
        }
    }

    static final int MAX_PUPILS = 40;

    static final List<String> CHANNELS = java.util.Arrays.stream(ImageChannel.values()).map(Enum::name).toList();

    private static final Map<RequestType, List<Field>> FIELDS = Map.of(
            RequestType.STAFF_CHANNEL_NOTICE, List.of(
                    Field.text("platform", true, 100),
                    Field.text("channelName", true, 200),
                    new Field("channelUrl", Kind.URL, false, 500, List.of()),
                    Field.text("audience", true, 500),
                    new Field("startDate", Kind.DATE, true, 0, List.of())),
            RequestType.INTERN_POST_PERMISSION, List.of(
                    Field.text("platform", true, 100),
                    Field.text("draftText", true, 5000),
                    Field.text("mediaDescription", false, 1000),
                    new Field("pupilIds", Kind.IDS, false, MAX_PUPILS, List.of()),
                    Field.choice("imageChannel", false, CHANNELS)),
            RequestType.PUBLICATION_CHECK, List.of(
                    Field.text("draft", true, 5000),
                    Field.choice("capacity", true, List.of("PERSONAL_TITLE", "ON_BEHALF_OF_BOARD")),
                    Field.text("platform", false, 100)),
            RequestType.DEVICE_PERMISSION, List.of(
                    new Field("groupId", Kind.ID, true, 0, List.of()),
                    new Field("pupilId", Kind.ID, true, 0, List.of()),
                    Field.choice("device", true, List.of("SMARTPHONE", "SMARTWATCH", "OTHER")),
                    Field.text("deviceDescription", false, 200),
                    Field.text("reason", true, 2000),
                    new Field("validFrom", Kind.DATE, true, 0, List.of()),
                    new Field("validUntil", Kind.DATE, false, 0, List.of())));

    /**
     * A parent asks for a device permission on the public side, without a login: the pupil by name and group
     * (as the parent knows them), and how to reach the parent with the decision.
     */
    private static final List<Field> PARENT_DEVICE = List.of(
            Field.text("groupName", true, 40),
            Field.text("pupilName", true, 200),
            Field.choice("device", true, List.of("SMARTPHONE", "SMARTWATCH", "OTHER")),
            Field.text("deviceDescription", false, 200),
            Field.text("reason", true, 2000),
            new Field("validFrom", Kind.DATE, true, 0, List.of()),
            new Field("validUntil", Kind.DATE, false, 0, List.of()),
            Field.text("parentName", true, 200),
            new Field("parentEmail", Kind.EMAIL, true, 254, List.of()));

    private RequestFields() {
    }

    static List<Field> parentDevice() {
        return PARENT_DEVICE;
    }

    static List<Field> of(RequestType type) {
        return FIELDS.get(type);
    }
}
