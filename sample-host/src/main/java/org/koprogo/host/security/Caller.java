/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.host.security;

import io.micronaut.http.HttpStatus;
import io.micronaut.security.authentication.Authentication;
import java.util.List;
import java.util.Objects;
import org.koprogo.host.problem.HostErrorCode;
import org.koprogo.host.problem.ProblemException;

/**
 * Who is calling: the user, the organisation every read and write is scoped to, and their roles.
 *
 * @param username the user's login name
 * @param organisation the id of the caller's organisation (the tenant)
 * @param roles the caller's roles ({@link Roles})
 * @param subject the owner or member the user speaks for, or null
 */
public record Caller(String username, String organisation, List<String> roles,
    @io.micronaut.core.annotation.Nullable String subject) {
  /** Claim of the organisation id in tokens. */
  public static final String ORGANISATION_CLAIM = "organisation";

  /** Claim of the owner or member id in tokens. */
  public static final String SUBJECT_CLAIM = "subject";

  public Caller {
    Objects.requireNonNull(username, "username");
    Objects.requireNonNull(organisation, "organisation");
    roles = List.copyOf(roles);
  }

  /**
   * The caller of an authenticated request.
   *
   * @throws ProblemException {@code UNAUTHENTICATED} when the token names no organisation
   */
  public static Caller of(Authentication authentication) {
    if (authentication == null) {
      throw new ProblemException(HttpStatus.UNAUTHORIZED, HostErrorCode.UNAUTHENTICATED.name(),
          "this request needs a valid bearer token (POST /api/v1/login)");
    }
    Object organisation = authentication.getAttributes().get(ORGANISATION_CLAIM);
    if (!(organisation instanceof String org) || org.isBlank()) {
      throw new ProblemException(HttpStatus.UNAUTHORIZED, HostErrorCode.UNAUTHENTICATED.name(),
          "the token names no organisation");
    }
    Object subject = authentication.getAttributes().get(SUBJECT_CLAIM);
    return new Caller(authentication.getName(), org, List.copyOf(authentication.getRoles()),
        subject instanceof String s ? s : null);
  }

  /** True when the caller holds {@code role}. */
  public boolean has(String role) {
    return roles.contains(role);
  }
}
