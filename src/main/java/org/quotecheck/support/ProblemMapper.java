package org.quotecheck.support;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.CharConversionException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The one place that turns exceptions into RFC 9457 problem documents
 * ({@code application/problem+json}). Bodies carry a human-readable {@code detail} and, where it
 * helps, the offending fields ({@code errors}) or the allowed values ({@code allowed}); never a
 * stack trace or a class name.
 */
public class ProblemMapper {

    public static final String PROBLEM_JSON = "application/problem+json";
    private static final String TYPE_PREFIX = "urn:quotecheck:problem:";
    private static final Logger LOG = Logger.getLogger(ProblemMapper.class);

    @Inject
    @Location("error.html")
    Template errorPage;

    @ServerExceptionMapper
    public Response invalidInput(InvalidInputException e, UriInfo uri) {
        Map<String, Object> body = problem("invalid-input", "Invalid input", 400, e.getMessage(), uri);
        if (!e.errors().isEmpty()) {
            body.put("errors", e.errors());
        }
        body.putAll(e.extensions());
        return respond(body);
    }

    /** No or unusable credentials. Pages are guarded before the REST layer; should one get here, it goes to sign-in. */
    @ServerExceptionMapper(io.quarkus.security.UnauthorizedException.class)
    public Response unauthorized(UriInfo uri) {
        return challenge(uri, "/login");
    }

    /** Wrong credentials, or an account disabled since its session began. */
    @ServerExceptionMapper
    public Response authenticationFailed(io.quarkus.security.AuthenticationFailedException e, UriInfo uri) {
        TooManySignInsException limited = causeOf(e, TooManySignInsException.class);
        if (limited != null && uri.getPath().startsWith("/api/")) {
            return tooManyRequests(new TooManyRequestsException("Too many failed sign-ins for this account or from"
                    + " this address. Wait before trying again.", limited.retryAfter()), uri);
        }
        return challenge(uri, "/login?error=1");
    }

    @ServerExceptionMapper(io.quarkus.security.ForbiddenException.class)
    public Response forbidden(UriInfo uri) {
        return respond(problem("forbidden", "Forbidden", 403, "Your account's roles do not allow this.", uri));
    }

    /** Both ways the API signs in, as one header (RFC 9110 allows a list of challenges). */
    static final String CHALLENGE = "Basic realm=\"quotecheck\", Bearer realm=\"quotecheck\"";

    private Response challenge(UriInfo uri, String signInPage) {
        if (!uri.getPath().startsWith("/api/")) {
            return Response.seeOther(java.net.URI.create(signInPage)).build();
        }
        return Response.fromResponse(respond(problem("unauthorized", "Unauthorized", 401,
                        "Sign in: send the user name and password of a quotecheck account with HTTP Basic, or one"
                                + " of its API tokens as Authorization: Bearer.", uri)))
                .header(jakarta.ws.rs.core.HttpHeaders.WWW_AUTHENTICATE, CHALLENGE).build();
    }

    @ServerExceptionMapper
    public Response unprocessable(UnprocessableException e, UriInfo uri) {
        Map<String, Object> body = problem(e.slug(), e.title(), 422, e.getMessage(), uri);
        if (!e.errors().isEmpty()) {
            body.put("errors", e.errors());
        }
        return respond(body);
    }

    @ServerExceptionMapper
    public Response notFound(NotFoundException e, UriInfo uri) {
        return respond(problem("not-found", "Not found", 404, e.getMessage(), uri));
    }

    @ServerExceptionMapper
    public Response staleVersion(StaleVersionException e, UriInfo uri) {
        Map<String, Object> body = problem("stale-version", "Stale version", 409, e.getMessage(), uri);
        body.put("currentVersion", e.current());
        return respond(body);
    }

    @ServerExceptionMapper
    public Response conflict(ConflictException e, UriInfo uri) {
        return respond(problem(e.slug(), e.title(), 409, e.getMessage(), uri));
    }

    @ServerExceptionMapper
    public Response versionRequired(VersionRequiredException e, UriInfo uri) {
        return respond(problem("version-required", "Version required", 428, e.getMessage(), uri));
    }

    @ServerExceptionMapper
    public Response payloadTooLarge(PayloadTooLargeException e, UriInfo uri) {
        return respond(problem("payload-too-large", "Payload too large", 413, e.getMessage(), uri));
    }

    @ServerExceptionMapper
    public Response tooManyRequests(TooManyRequestsException e, UriInfo uri) {
        return Response.fromResponse(respond(problem("too-many-requests", "Too many requests", 429, e.getMessage(),
                uri))).header(jakarta.ws.rs.core.HttpHeaders.RETRY_AFTER, Throttle.seconds(e.retryAfter())).build();
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e, UriInfo uri) {
        List<InvalidInputException.FieldError> errors = fieldErrors(e.getConstraintViolations());
        String detail = errors.stream().map(err -> err.field() + ": " + err.message())
                .collect(Collectors.joining("; "));
        Map<String, Object> body = problem("invalid-input", "Invalid input", 400, detail, uri);
        body.put("errors", errors);
        return respond(body);
    }

    /** Jackson's binding errors reach us unwrapped: wrong types, unknown fields, bad formats. */
    @ServerExceptionMapper
    public Response mismatchedInput(MismatchedInputException e, UriInfo uri) {
        return jsonProcessing(e, uri);
    }

    @ServerExceptionMapper
    public Response jsonProcessing(JsonProcessingException e, UriInfo uri) {
        PayloadTooLargeException tooLarge = causeOf(e, PayloadTooLargeException.class);
        return tooLarge != null ? payloadTooLarge(tooLarge, uri) : respond(JsonProblems.of(e, uri));
    }

    /**
     * JAX-RS's own errors (unknown path 404, 405, 415, 406) and syntax errors of the body, which
     * the JSON reader wraps in a 400.
     */
    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, UriInfo uri) {
        Throwable cause = e.getCause();
        PayloadTooLargeException tooLarge = causeOf(e, PayloadTooLargeException.class);
        if (tooLarge != null) {
            return payloadTooLarge(tooLarge, uri);
        }
        if (cause instanceof JacksonException jackson) {
            return respond(JsonProblems.of(jackson, uri));
        }
        if (cause instanceof CharConversionException) {
            return respond(problem("invalid-encoding", "Invalid encoding", 400,
                    "The request body is not valid UTF-8.", uri));
        }
        int status = e.getResponse() == null ? 500 : e.getResponse().getStatus();
        if (status >= 500) {
            return unexpected(e, uri);
        }
        Response.StatusType type = Response.Status.fromStatusCode(status);
        String title = type == null ? "Error " + status : type.getReasonPhrase();
        String detail = switch (status) {
            case 404 -> "There is nothing at " + uri.getPath() + ".";
            case 405 -> "This resource does not support that HTTP method.";
            case 406 -> "This resource cannot produce the media type you accept.";
            case 413 -> "The request body is too large.";
            case 415 -> "This resource does not accept that content type; send application/json.";
            default -> title + ".";
        };
        if (e.getMessage() != null && !e.getMessage().startsWith("HTTP ")) {
            detail = e.getMessage(); // our own wording, e.g. the desk's form-only rule
        }
        return respond(problem(null, title, status, detail, uri));
    }

    /** Anything else is our fault: log it with an id the caller can quote, reveal nothing. */
    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri) {
        if (databaseUnavailable(e)) {
            return unavailable(e, uri);
        }
        String id = UUID.randomUUID().toString();
        LOG.errorf(e, "Unexpected error %s at %s", id, uri.getPath());
        Map<String, Object> body = problem("internal-error", "Internal error", 500,
                "The server could not complete the request. Quote error id " + id + " when reporting it.", uri);
        body.put("errorId", id);
        return respond(body);
    }

    /** Seconds a caller should wait before retrying while the database is unreachable. */
    static final int RETRY_AFTER_SECONDS = 10;
    private static final long LOG_INTERVAL_NANOS = 10_000_000_000L;
    private final java.util.concurrent.atomic.AtomicLong lastOutageLog = new java.util.concurrent.atomic.AtomicLong();

    /**
     * PostgreSQL is down or unreachable: a 503 with Retry-After, and one warning per ten seconds
     * rather than a stack trace per request.
     */
    private Response unavailable(Throwable e, UriInfo uri) {
        long now = System.nanoTime();
        long last = lastOutageLog.get();
        if ((last == 0 || now - last > LOG_INTERVAL_NANOS) && lastOutageLog.compareAndSet(last, now)) {
            Throwable root = e;
            while (root.getCause() != null && root.getCause() != root) {
                root = root.getCause();
            }
            LOG.warnf("The database is unavailable (answering 503 at %s and elsewhere): %s", uri.getPath(),
                    root.getMessage());
        }
        return Response.fromResponse(respond(problem("unavailable", "Service unavailable", 503,
                        "The database is unavailable for a moment. Nothing was changed; try again in "
                                + RETRY_AFTER_SECONDS + " seconds.", uri)))
                .header(jakarta.ws.rs.core.HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS).build();
    }

    /** A connection failure (SQLState class 08), a connection-pool timeout, or Hibernate's word for them. */
    static boolean databaseUnavailable(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof org.hibernate.exception.JDBCConnectionException
                    || t instanceof java.sql.SQLTransientConnectionException
                    || t instanceof java.sql.SQLNonTransientConnectionException) {
                return true;
            }
            if (t instanceof java.sql.SQLException sql) {
                String state = sql.getSQLState();
                String message = String.valueOf(sql.getMessage());
                if ((state != null && state.startsWith("08")) || message.contains("Acquisition timeout")
                        || (state != null && state.startsWith("57P0"))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The first cause of that type in the chain, or null. */
    static <T extends Throwable> T causeOf(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return null;
    }

    private static List<InvalidInputException.FieldError> fieldErrors(Collection<ConstraintViolation<?>> violations) {
        List<InvalidInputException.FieldError> errors = new ArrayList<>();
        for (ConstraintViolation<?> v : violations) {
            errors.add(new InvalidInputException.FieldError(field(v.getPropertyPath()), v.getMessage()));
        }
        errors.sort(Comparator.comparing(InvalidInputException.FieldError::field));
        return errors;
    }

    /** "review.body.reviewer" (method, parameter, property) → "reviewer"; a null body → "body". */
    private static String field(Path path) {
        List<String> properties = new ArrayList<>();
        String parameter = "";
        for (Path.Node node : path) {
            if (node.getKind() == jakarta.validation.ElementKind.PROPERTY) {
                properties.add(node.getName());
            } else if (node.getKind() == jakarta.validation.ElementKind.PARAMETER) {
                parameter = node.getName();
            }
        }
        return properties.isEmpty() ? parameter : String.join(".", properties);
    }

    static Map<String, Object> problem(String slug, String title, int status, String detail, UriInfo uri) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", slug == null ? "about:blank" : TYPE_PREFIX + slug);
        body.put("title", title);
        body.put("status", status);
        body.put("detail", detail);
        if (uri != null) {
            body.put("instance", uri.getPath());
        }
        return body;
    }

    /**
     * The problem document for the API; for desk pages (a person with a browser) the same problem
     * as a page of the desk, never raw JSON.
     */
    private Response respond(Map<String, Object> body) {
        int status = (Integer) body.get("status");
        Object instance = body.get("instance");
        if (instance instanceof String path && !path.startsWith("/api/") && !path.startsWith("/q/")) {
            String html = errorPage.data("status", status).data("title", body.get("title"))
                    .data("detail", body.get("detail")).data("retryAfter", status == 503).render();
            return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(html).build();
        }
        return Response.status(status).type(PROBLEM_JSON).entity(body).build();
    }
}
