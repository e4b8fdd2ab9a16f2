package dev.vita.model;

/** An author's role on a paper, as biblatex annotations name them. */
public enum Role {
    EQUAL("equal", "Equal contribution"),
    CORRESPONDING("corresponding", "Corresponding author"),
    CO_SENIOR("cosenior", "Co-senior author"),
    STUDENT("student", "Student (mentee)");

    private final String key;
    private final String legend;

    Role(String key, String legend) {
        this.key = key;
        this.legend = legend;
    }

    /** The annotation word used in {@code author+an} and in the profile's marker map. */
    public String key() {
        return key;
    }

    /** The words printed in the legend line. */
    public String legend() {
        return legend;
    }

    /** The role for an annotation word, or null when the word names none. */
    public static Role ofKey(String word) {
        String w = word.trim().toLowerCase(java.util.Locale.ROOT).replace("-", "").replace("_", "");
        for (Role r : values()) {
            if (r.key.equals(w)) return r;
        }
        return switch (w) {
            case "equalcontribution", "cofirst" -> EQUAL;
            case "corresponding author" -> CORRESPONDING;
            case "senior", "colast" -> CO_SENIOR;
            case "mentee" -> STUDENT;
            default -> null;
        };
    }
}
