package nl.schoolveilig.web;

/** What every CSV export writes into a cell of free text. */
public final class CsvCells {

    private CsvCells() {
    }

    /**
     * OWASP's advice against CSV injection: a cell that starts with =, +, -, @, a tab or a carriage return
     * is a formula to a spreadsheet program, so it is written as text (a leading apostrophe).
     */
    public static String text(String value) {
        if (value == null) {
            return "";
        }
        return !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }
}
