package org.quotecheck.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;

/**
 * CSV as RFC 4180 has it (https://www.rfc-editor.org/rfc/rfc4180): records end in CRLF, a field
 * holding a comma, a double quote, CR or LF is enclosed in double quotes with inner quotes doubled.
 * Text cells that a spreadsheet would run as a formula (starting with {@code = + - @}, tab or CR;
 * OWASP "CSV Injection") get a leading apostrophe, so opening an export never runs anything.
 */
final class Csv {

    private final Writer out;

    Csv(Writer out) {
        this.out = out;
    }

    /** One record; {@code text} cells are guarded against formulas, numbers and dates are not. */
    void record(List<Object> cells) {
        try {
            for (int i = 0; i < cells.size(); i++) {
                if (i > 0) {
                    out.write(',');
                }
                Object cell = cells.get(i);
                if (cell != null) {
                    out.write(quoted(cell instanceof String s ? defused(s) : cell.toString()));
                }
            }
            out.write("\r\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The cell with a leading apostrophe when a spreadsheet would read it as a formula. */
    static String defused(String s) {
        if (!s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0) {
            return "'" + s;
        }
        return s;
    }

    static String quoted(String s) {
        boolean needs = false;
        for (int i = 0; i < s.length() && !needs; i++) {
            char c = s.charAt(i);
            needs = c == ',' || c == '"' || c == '\r' || c == '\n';
        }
        return needs ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }
}
