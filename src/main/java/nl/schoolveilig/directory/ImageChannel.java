package nl.schoolveilig.directory;

/**
 * Where a school publishes pictures of pupils, as the beeldgebruikvoorkeuren of the pupil administration
 * name them; parents consent per channel.
 */
public enum ImageChannel {
    WEBSITE("website"), SOCIAL_MEDIA("sociale_media"), NEWSLETTER("nieuwsbrief"), PARENT_APP("ouderapp");

    private final String column;

    ImageChannel(String column) {
        this.column = column;
    }

    /** The column of this channel in the pupil administration's export (docs/directory-import.md). */
    public String column() {
        return column;
    }
}
