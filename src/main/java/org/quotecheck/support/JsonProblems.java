package org.quotecheck.support;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import jakarta.ws.rs.core.UriInfo;
import java.io.CharConversionException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Problem details for a JSON body Jackson could not read: encoding, syntax, unknown fields, wrong types. */
final class JsonProblems {

    private JsonProblems() {
    }

    /** A 400 problem that says what is wrong with the JSON body, field by field where Jackson knows it. */
    static Map<String, Object> of(JacksonException e, UriInfo uri) {
        if (isEncodingError(e)) {
            return ProblemMapper.problem("invalid-encoding", "Invalid encoding", 400, "The request body is not valid UTF-8.", uri);
        }
        String field = e instanceof JsonMappingException mapping ? path(mapping.getPath()) : "";
        String detail;
        if (e instanceof UnrecognizedPropertyException unknown) {
            List<String> known = unknown.getKnownPropertyIds() == null ? List.of()
                    : unknown.getKnownPropertyIds().stream().map(Object::toString).sorted().toList();
            detail = "Unknown field '" + field + "'. Known fields: " + String.join(", ", known) + ".";
        } else if (e instanceof InvalidFormatException format) {
            detail = "Field '" + field + "' must be " + describe(format.getTargetType()) + ".";
        } else if (e instanceof MismatchedInputException mismatch && !field.isEmpty()) {
            detail = "Field '" + field + "' must be " + describe(mismatch.getTargetType()) + ".";
        } else if (e instanceof MismatchedInputException) {
            detail = "The request body must be a JSON object.";
        } else {
            detail = "The request body is not valid JSON: " + firstLine(e.getOriginalMessage()) + location(e.getLocation());
        }
        Map<String, Object> body = ProblemMapper.problem("invalid-json", "Invalid JSON", 400, detail, uri);
        if (!field.isEmpty()) {
            body.put("errors", List.of(new InvalidInputException.FieldError(field, detail)));
        }
        return body;
    }

    private static boolean isEncodingError(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof CharConversionException) {
                return true;
            }
            String m = t.getMessage();
            if (m != null && (m.contains("Invalid UTF-8") || m.contains("Invalid UTF8"))) {
                return true;
            }
        }
        return false;
    }

    private static String describe(Class<?> type) {
        if (type == null) {
            return "of another type";
        }
        if (type == String.class) {
            return "a string";
        }
        if (type == Long.class || type == long.class || type == Integer.class || type == int.class) {
            return "an integer";
        }
        if (type == Double.class || type == double.class) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type.isEnum()) {
            return "one of " + java.util.Arrays.stream(type.getEnumConstants()).map(Object::toString)
                    .collect(Collectors.joining(", "));
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "an array";
        }
        return "an object";
    }

    private static String path(List<JsonMappingException.Reference> refs) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference ref : refs) {
            if (ref.getFieldName() != null) {
                if (!sb.isEmpty()) {
                    sb.append('.');
                }
                sb.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                sb.append('[').append(ref.getIndex()).append(']');
            }
        }
        return sb.toString();
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable input";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }

    private static String location(JsonLocation location) {
        if (location == null || location.getLineNr() < 0) {
            return ".";
        }
        return " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ").";
    }
}
