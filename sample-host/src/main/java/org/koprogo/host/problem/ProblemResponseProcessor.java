/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.host.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.micronaut.core.bind.exceptions.UnsatisfiedArgumentException;
import io.micronaut.core.convert.exceptions.ConversionErrorException;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import io.micronaut.json.JsonSyntaxException;
import jakarta.inject.Singleton;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import java.util.Comparator;
import java.util.Map;
import org.koprogo.domain.shared.ErrorCode;
import org.koprogo.domain.shared.KoproGoException;
import org.koprogo.host.json.StrictJson;

/**
 * Turns every error response of the server (unknown route, wrong method, unreadable body, failed
 * validation, refused token, server failure) into a problem document with a stable code.
 *
 * <p>Replaces Micronaut's default JSON error bodies. A 5xx never carries the exception's message:
 * the server logs it, the client gets {@code INTERNAL_ERROR}.
 */
@Singleton
public final class ProblemResponseProcessor implements ErrorResponseProcessor<Map<String, Object>> {

  @Override
  public MutableHttpResponse<Map<String, Object>> processResponse(
      ErrorContext context, MutableHttpResponse<?> baseResponse) {
    Map<String, Object> problem = problemOf(context, baseResponse.status());
    @SuppressWarnings("unchecked")
    MutableHttpResponse<Map<String, Object>> response =
        (MutableHttpResponse<Map<String, Object>>) baseResponse;
    response.status(HttpStatus.valueOf((Integer) problem.get("status")));
    Problems.retryAfter(response, problem);
    return response.contentType(Problems.PROBLEM_JSON).body(problem);
  }

  static Map<String, Object> problemOf(ErrorContext context, HttpStatus status) {
    Throwable cause = context.getRootCause().orElse(null);
    KoproGoException refusal = find(cause, KoproGoException.class);
    if (refusal != null) {
      return Problems.of(refusal);
    }
    if (status.getCode() >= 500) {
      boolean unavailable = status == HttpStatus.SERVICE_UNAVAILABLE
          || find(cause, java.sql.SQLException.class) != null
          || find(cause, org.koprogo.host.security.Accounts.AccountStoreException.class) != null;
      String id = Problems.correlationId();
      org.slf4j.LoggerFactory.getLogger(ProblemResponseProcessor.class)
          .warn("server failure [{}] on {}", id, context.getRequest().getPath(), cause);
      if (unavailable) {
        return Problems.unavailable(id);
      }
      Map<String, Object> failure = Problems.document(
          status,
          (unavailable ? HostErrorCode.SERVICE_UNAVAILABLE : HostErrorCode.INTERNAL_ERROR).name(),
          unavailable
              ? "a service the server depends on is not available; try again later"
              : "the server failed to handle the request; the failure is in its log");
      failure.put("correlationId", id);
      return failure;
    }
    String detail = context.getErrors().isEmpty() ? null : context.getErrors().get(0).getMessage();
    if (status == HttpStatus.BAD_REQUEST) {
      return badRequest(cause, detail);
    }
    String code =
        switch (status) {
          case UNAUTHORIZED -> HostErrorCode.UNAUTHENTICATED.name();
          case FORBIDDEN -> HostErrorCode.FORBIDDEN.name();
          case NOT_FOUND -> ErrorCode.NOT_FOUND.name();
          case METHOD_NOT_ALLOWED -> HostErrorCode.METHOD_NOT_ALLOWED.name();
          case NOT_ACCEPTABLE -> HostErrorCode.NOT_ACCEPTABLE.name();
          case REQUEST_ENTITY_TOO_LARGE -> HostErrorCode.PAYLOAD_TOO_LARGE.name();
          case UNSUPPORTED_MEDIA_TYPE -> HostErrorCode.UNSUPPORTED_MEDIA_TYPE.name();
          default -> HostErrorCode.BAD_REQUEST.name();
        };
    if (status == HttpStatus.UNAUTHORIZED
        && find(cause, io.micronaut.security.authentication.AuthenticationException.class) != null) {
      return Problems.document(status, HostErrorCode.INVALID_CREDENTIALS.name(),
          "the user name or password is wrong");
    }
    if (status == HttpStatus.UNAUTHORIZED) {
      detail = "this request needs a valid bearer token (POST /api/v1/login)";
    } else if (status == HttpStatus.FORBIDDEN) {
      detail = "the caller's roles do not allow this request";
    } else if (status == HttpStatus.NOT_FOUND) {
      detail = "no resource at " + context.getRequest().getPath();
    }
    return Problems.document(status, code, detail);
  }

  private static Map<String, Object> badRequest(Throwable cause, String detail) {
    ConstraintViolationException invalid = find(cause, ConstraintViolationException.class);
    if (invalid != null) {
      ConstraintViolation<?> first =
          invalid.getConstraintViolations().stream()
              .min(Comparator.comparing(v -> v.getPropertyPath().toString()))
              .orElse(null);
      Map<String, Object> problem =
          Problems.document(
              HttpStatus.UNPROCESSABLE_ENTITY,
              ErrorCode.VALIDATION_FAILED.name(),
              first == null ? detail : fieldOf(first.getPropertyPath()) + " " + first.getMessage());
      if (first != null) {
        problem.put("field", fieldOf(first.getPropertyPath()));
        problem.put("value", printable(first.getInvalidValue()));
      }
      return problem;
    }
    JsonMappingException mapping = find(cause, JsonMappingException.class);
    if (mapping != null && !mapping.getPath().isEmpty()) {
      return wrongField(mapping);
    }
    if (find(cause, JsonProcessingException.class) != null
        || find(cause, JsonSyntaxException.class) != null) {
      return Problems.document(
          HttpStatus.BAD_REQUEST, HostErrorCode.MALFORMED_JSON.name(), "the body is not valid JSON");
    }
    ConversionErrorException conversion = find(cause, ConversionErrorException.class);
    if (conversion != null) {
      Map<String, Object> problem =
          Problems.document(
              HttpStatus.UNPROCESSABLE_ENTITY,
              ErrorCode.INVALID_FIELD.name(),
              "cannot read '" + conversion.getArgument().getName() + "'");
      problem.put("field", conversion.getArgument().getName());
      conversion
          .getConversionError()
          .getOriginalValue()
          .ifPresent(v -> problem.put("value", printable(v)));
      return problem;
    }
    UnsatisfiedArgumentException missing = find(cause, UnsatisfiedArgumentException.class);
    if (missing != null) {
      boolean body = "body".equals(missing.getArgument().getName());
      Map<String, Object> problem =
          body
              ? Problems.document(
                  HttpStatus.BAD_REQUEST, HostErrorCode.MALFORMED_JSON.name(), "the body is missing")
              : Problems.document(
                  HttpStatus.UNPROCESSABLE_ENTITY,
                  ErrorCode.MISSING_FIELD.name(),
                  "'" + missing.getArgument().getName() + "' is required");
      if (!body) {
        problem.put("field", missing.getArgument().getName());
      }
      return problem;
    }
    return Problems.document(HttpStatus.BAD_REQUEST, HostErrorCode.BAD_REQUEST.name(), detail);
  }

  private static Map<String, Object> wrongField(JsonMappingException mapping) {
    String field = jsonPath(mapping);
    String code = ErrorCode.INVALID_FIELD.name();
    String detail;
    Object value = null;
    Class<?> target = mapping instanceof MismatchedInputException m ? m.getTargetType() : null;
    if (mapping instanceof UnrecognizedPropertyException unknown) {
      detail = "unknown field '" + unknown.getPropertyName() + "'";
    } else if (mapping instanceof StrictJson.MissingFieldException) {
      // the code Bean Validation gives a missing body field, so that both agree
      code = ErrorCode.VALIDATION_FAILED.name();
      detail = field + " must not be null";
    } else if (mapping instanceof InvalidNullException) {
      detail = field + " may not be null";
    } else if (target != null && java.time.temporal.Temporal.class.isAssignableFrom(target)) {
      code = ErrorCode.INVALID_DATE.name();
      value = mapping instanceof InvalidFormatException format ? printable(format.getValue()) : null;
      detail = (value == null ? field : "'" + value + "' in " + field)
          + " is not a date (a string yyyy-MM-dd)";
    } else if (target != null && numeric(target)) {
      code = ErrorCode.INVALID_NUMBER.name();
      value = mapping instanceof InvalidFormatException format ? printable(format.getValue()) : null;
      detail = (value == null ? field : "'" + value + "' in " + field) + " is not "
          + (integral(target) ? "a JSON integer" : "a plain decimal") + " within bounds";
    } else if (mapping instanceof InvalidFormatException format && target != null
        && (target.isEnum() || format.getValue() instanceof String)) {
      value = printable(format.getValue());
      detail = "'" + value + "' in " + field + " is not a valid "
          + (target.isEnum() ? "value" : target.getSimpleName())
          + (target.isEnum() ? " (one of " + java.util.Arrays.toString(target.getEnumConstants()) + ")" : "");
    } else if (target != null) {
      detail = field + " has the wrong JSON type (expected " + describe(target) + ")";
    } else {
      detail = field + " has the wrong JSON type";
    }
    Map<String, Object> problem = Problems.document(HttpStatus.UNPROCESSABLE_ENTITY, code, detail);
    problem.put("field", field);
    if (value != null) {
      problem.put("value", value);
    }
    return problem;
  }

  private static boolean numeric(Class<?> type) {
    return Number.class.isAssignableFrom(type)
        || type.isPrimitive() && type != boolean.class && type != char.class;
  }

  private static boolean integral(Class<?> type) {
    return type == int.class || type == long.class || type == short.class || type == byte.class
        || type == Integer.class || type == Long.class || type == Short.class || type == Byte.class
        || type == java.math.BigInteger.class;
  }

  private static String describe(Class<?> type) {
    if (java.util.Collection.class.isAssignableFrom(type) || type.isArray()) {
      return "an array";
    }
    if (Map.class.isAssignableFrom(type) || type.isRecord()) {
      return "an object";
    }
    if (Number.class.isAssignableFrom(type) || type.isPrimitive() && type != boolean.class) {
      return "a number";
    }
    if (type == Boolean.class || type == boolean.class) {
      return "true or false";
    }
    return "a string";
  }

  private static String jsonPath(JsonMappingException e) {
    StringBuilder path = new StringBuilder();
    for (JsonMappingException.Reference ref : e.getPath()) {
      if (ref.getFieldName() != null) {
        if (path.length() > 0) {
          path.append('.');
        }
        path.append(ref.getFieldName());
      } else if (ref.getIndex() >= 0) {
        path.append('[').append(ref.getIndex()).append(']');
      }
    }
    return path.toString();
  }

  /** {@code create.command.name} (method, argument, property) becomes {@code name}. */
  private static String fieldOf(Path path) {
    StringBuilder field = new StringBuilder();
    int i = 0;
    for (Path.Node node : path) {
      i++;
      if (i <= 2 && node.getKind() != jakarta.validation.ElementKind.PROPERTY) {
        continue;
      }
      if (field.length() > 0) {
        field.append('.');
      }
      field.append(node.getName());
      if (node.getIndex() != null) {
        field.append('[').append(node.getIndex()).append(']');
      }
    }
    return field.length() == 0 ? path.toString() : field.toString();
  }

  private static Object printable(Object value) {
    if (value == null || value instanceof String || value instanceof Number || value instanceof Boolean) {
      return value;
    }
    return String.valueOf(value);
  }

  private static <T extends Throwable> T find(Throwable cause, Class<T> type) {
    Throwable t = cause;
    int depth = 0;
    while (t != null && depth++ < 16) {
      if (type.isInstance(t)) {
        return type.cast(t);
      }
      t = t.getCause();
    }
    return null;
  }
}
