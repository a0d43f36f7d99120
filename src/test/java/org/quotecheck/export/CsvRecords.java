package org.quotecheck.export;

import java.util.ArrayList;
import java.util.List;

/**
 * A strict RFC 4180 parser for the tests (https://www.rfc-editor.org/rfc/rfc4180 §2): records end in
 * CRLF; a field is either plain (no comma, quote, CR or LF) or enclosed in double quotes with inner
 * quotes doubled, and may then hold commas and line breaks. Anything else is a parse error, so a
 * sloppy writer fails the test rather than being read generously.
 */
final class CsvRecords {

    private CsvRecords() {
    }

    static List<List<String>> parse(String csv) {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int i = 0;
        int n = csv.length();
        while (i < n) {
            char c = csv.charAt(i);
            if (c == '"' && field.isEmpty()) {
                i++;
                while (true) {
                    if (i >= n) {
                        throw new IllegalArgumentException("unterminated quoted field at " + i);
                    }
                    char d = csv.charAt(i++);
                    if (d == '"') {
                        if (i < n && csv.charAt(i) == '"') {
                            field.append('"');
                            i++;
                        } else {
                            break;
                        }
                    } else {
                        field.append(d);
                    }
                }
                if (i < n && csv.charAt(i) != ',' && csv.charAt(i) != '\r') {
                    throw new IllegalArgumentException("text after a closing quote at " + i);
                }
                continue;
            }
            if (c == ',') {
                record.add(field.toString());
                field.setLength(0);
                i++;
            } else if (c == '\r') {
                if (i + 1 >= n || csv.charAt(i + 1) != '\n') {
                    throw new IllegalArgumentException("a bare CR at " + i);
                }
                record.add(field.toString());
                field.setLength(0);
                records.add(record);
                record = new ArrayList<>();
                i += 2;
            } else if (c == '"' || c == '\n') {
                throw new IllegalArgumentException("an unquoted field holds " + (c == '"' ? "a quote" : "a LF") + " at " + i);
            } else {
                field.append(c);
                i++;
            }
        }
        if (!field.isEmpty() || !record.isEmpty()) {
            throw new IllegalArgumentException("the last record does not end in CRLF");
        }
        return records;
    }
}
