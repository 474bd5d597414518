/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.host.api;

import io.micronaut.core.convert.ArgumentConversionContext;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.bind.binders.TypedRequestArgumentBinder;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.filters.SecurityFilter;
import jakarta.inject.Singleton;
import java.util.Optional;

/**
 * Gives a route its {@link Tenant}: the authenticated caller and their organisation, read once
 * from the request's authentication as Micronaut Security's own binder reads it (unsatisfied
 * until the security filter has run; empty without an authentication).
 */
@Singleton
final class TenantBinder implements TypedRequestArgumentBinder<Tenant> {
  private static final Argument<Tenant> TYPE = Argument.of(Tenant.class);

  @Override
  public Argument<Tenant> argumentType() {
    return TYPE;
  }

  @Override
  public BindingResult<Tenant> bind(ArgumentConversionContext<Tenant> context, HttpRequest<?> source) {
    if (!source.getAttributes().contains(SecurityFilter.KEY)) {
      return BindingResult.unsatisfied();
    }
    Optional<Authentication> authentication = source.getUserPrincipal(Authentication.class);
    if (authentication.isEmpty()) {
      return BindingResult.empty();
    }
    Optional<Tenant> tenant = Optional.of(Tenant.of(authentication.get()));
    return () -> tenant;
  }
}
