/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.floor.full;

import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.Set;
import org.hibernate.validator.PredefinedScopeHibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * Hibernate Validator's predefined scope, as the sample host builds it for its commands. Held
 * here rather than published as a {@link ValidatorFactory} bean: Micronaut's validating
 * interceptor takes such a bean over its own validator, and this scope knows no controller, so
 * {@code @Valid} on a body would check nothing.
 */
@Singleton
final class Validators {
  private final ValidatorFactory factory =
      Validation.byProvider(PredefinedScopeHibernateValidator.class)
          .configure()
          .builtinConstraints(Set.of(NotBlank.class.getName(), NotNull.class.getName(),
              Positive.class.getName(), Size.class.getName()))
          .initializeBeanMetaData(Set.of(NewItem.class))
          .messageInterpolator(new ParameterMessageInterpolator())
          .buildValidatorFactory();

  Validator validator() {
    return factory.getValidator();
  }

  @PreDestroy
  void close() {
    factory.close();
  }
}
