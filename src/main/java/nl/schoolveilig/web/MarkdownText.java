package nl.schoolveilig.web;

/**
 * Text someone typed, made safe to put in the Markdown of a Camunda Form's text field (Tasklist renders it):
 * every character Markdown gives a meaning is escaped, so a typed {@code ![x](https://…)} shows as typed instead
 * of loading an image from elsewhere, and a typed link is not a link.
 */
public final class MarkdownText {

    private static final String SPECIAL = "\\`*_{}[]()<>#+-.!|~";

    private MarkdownText() {
    }

    public static String escaped(String typed) {
        if (typed == null) {
            return "";
        }
        StringBuilder text = new StringBuilder(typed.length() + 16);
        for (char c : typed.replace('\n', ' ').replace('\r', ' ').toCharArray()) {
            if (SPECIAL.indexOf(c) >= 0) {
                text.append('\\');
            }
            text.append(c);
        }
        return text.toString();
    }
}
