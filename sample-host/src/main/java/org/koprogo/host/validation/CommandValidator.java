/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.host.validation;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.validation.executable.ExecutableValidator;
import jakarta.validation.metadata.BeanDescriptor;
import java.util.Objects;
import java.util.Set;

/**
 * The host's validator of the library's commands: a validator that knows only the classes with
 * constraints ({@link ValidatedCommands}, Hibernate Validator's predefined scope), and answers
 * that an object of any other class is valid, as a validator that knows every class answers for
 * one without constraints. {@code ValidatedCommandsTest} keeps the list of classes complete.
 */
final class CommandValidator implements Validator {
  private final Validator validator;
  private final Set<Class<?>> constrained;

  CommandValidator(Validator validator, Set<Class<?>> constrained) {
    this.validator = Objects.requireNonNull(validator, "validator");
    this.constrained = Set.copyOf(constrained);
  }

  @Override
  public <T> Set<ConstraintViolation<T>> validate(T object, Class<?>... groups) {
    Objects.requireNonNull(object, "object");
    if (!constrained.contains(object.getClass())) {
      return Set.of();
    }
    return validator.validate(object, groups);
  }

  @Override
  public <T> Set<ConstraintViolation<T>> validateProperty(T object, String propertyName, Class<?>... groups) {
    return validator.validateProperty(object, propertyName, groups);
  }

  @Override
  public <T> Set<ConstraintViolation<T>> validateValue(
      Class<T> beanType, String propertyName, Object value, Class<?>... groups) {
    return validator.validateValue(beanType, propertyName, value, groups);
  }

  @Override
  public BeanDescriptor getConstraintsForClass(Class<?> clazz) {
    return validator.getConstraintsForClass(clazz);
  }

  @Override
  public <T> T unwrap(Class<T> type) {
    return validator.unwrap(type);
  }

  @Override
  public ExecutableValidator forExecutables() {
    return validator.forExecutables();
  }
}
