/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.application;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.koprogo.domain.shared.ErrorCode;
import org.koprogo.domain.shared.KoproGoException;

/**
 * Checks a command's Jakarta Validation constraints before a use case runs it: a violation is a
 * {@code VALIDATION_FAILED} naming every offending field. The host passes its {@link Validator}
 * (Hibernate Validator, Micronaut's); {@link #none()} trusts the caller.
 */
public final class CommandValidation {
  private final Validator validator;

  private CommandValidation(Validator validator) {
    this.validator = validator;
  }

  /**
   * Validation by {@code validator}.
   *
   * @param validator a Jakarta Validation validator
   * @return the validation
   */
  public static CommandValidation with(Validator validator) {
    return new CommandValidation(Objects.requireNonNull(validator, "validator"));
  }

  /**
   * No validation (the host validated the command already).
   *
   * @return no validation
   */
  public static CommandValidation none() {
    return new CommandValidation(null);
  }

  /**
   * Returns {@code command} when it is valid.
   *
   * @param <T> the command's type
   * @param command the command
   * @return the command
   * @throws KoproGoException {@code VALIDATION_FAILED} with details {@code field} (the first
   *     offending path), {@code value} and {@code violations} (every path to its message)
   */
  public <T> T check(T command) {
    Objects.requireNonNull(command, "command");
    if (validator == null) {
      return command;
    }
    Set<ConstraintViolation<T>> violations = validator.validate(command);
    if (violations.isEmpty()) {
      return command;
    }
    List<ConstraintViolation<T>> sorted = new ArrayList<>(violations);
    sorted.sort(Comparator.comparing(v -> v.getPropertyPath().toString()));
    Map<String, String> all = new LinkedHashMap<>();
    for (ConstraintViolation<T> v : sorted) {
      all.merge(v.getPropertyPath().toString(), v.getMessage(), (a, b) -> a + "; " + b);
    }
    ConstraintViolation<T> first = sorted.get(0);
    String field = first.getPropertyPath().toString();
    return fail(field, first.getInvalidValue(), first.getMessage(), all);
  }

  private static <T> T fail(String field, Object value, String message, Map<String, String> all) {
    throw KoproGoException.of(
        ErrorCode.VALIDATION_FAILED,
        field + " " + message + " (value " + value + ")",
        "field", field, "value", value == null ? null : String.valueOf(value), "violations", all);
  }
}
