/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.host.api;

import io.micronaut.http.HttpStatus;
import io.micronaut.security.authentication.Authentication;
import java.security.Principal;
import java.util.Set;
import java.util.UUID;
import org.koprogo.domain.shared.ErrorCode;
import org.koprogo.domain.shared.KoproGoException;
import org.koprogo.host.problem.HostErrorCode;
import org.koprogo.host.problem.ProblemException;
import org.koprogo.host.security.Caller;
import org.koprogo.host.security.Roles;
import org.koprogo.ports.out.OrganisationId;

/**
 * The caller's organisation, which scopes every read and write of a request, and the checks of
 * callers who may only see themselves (an owner, a cooperative member). A route declares a {@code
 * Tenant} parameter and {@link TenantBinder} gives it; being a {@link Principal} (named as the
 * audit trail names the caller), it is the caller to the OpenAPI generator too, not a request
 * parameter.
 *
 * @param caller who calls
 * @param organisation the caller's organisation
 */
record Tenant(Caller caller, OrganisationId organisation) implements Principal {
  private static final Set<String> BROAD =
      Set.of(Roles.ORG_ADMIN, Roles.SYNDIC, Roles.COUNCIL_MEMBER, Roles.COOP_MANAGER, Roles.AUDITOR);

  static Tenant of(Authentication authentication) {
    Caller caller = Caller.of(authentication);
    return new Tenant(caller, OrganisationId.of(caller.organisation()));
  }

  /** The organisation's id, as the use cases take it. */
  String org() {
    return organisation.value();
  }

  /** Who acts, as recorded in the audit trail. */
  String actor() {
    return caller.username();
  }

  /** Who acts, as {@link #actor()}. */
  @Override
  public String getName() {
    return actor();
  }

  /** True when the caller sees only their own person (an owner or member without a broader role). */
  boolean selfOnly() {
    return caller.roles().stream().noneMatch(BROAD::contains);
  }

  /** Refuses a caller who sees only themselves from listing everyone (403). */
  void requireBroadView() {
    if (selfOnly()) {
      throw new ProblemException(HttpStatus.FORBIDDEN, HostErrorCode.FORBIDDEN.name(),
          "the caller's roles let them see only their own records");
    }
  }

  /**
   * Refuses a self-only caller access to another person: {@code NOT_FOUND}, as for an id of
   * another organisation, so that ids are not revealed.
   */
  void requireSelfOrBroad(String kind, String person) {
    if (selfOnly() && !person.equals(caller.subject())) {
      throw KoproGoException.of(ErrorCode.NOT_FOUND,
          kind + " " + person + " does not exist in this organisation",
          "aggregate", kind, "value", person);
    }
  }

  /** {@code value}, or empty when absent. */
  static String orEmpty(String value) {
    return value == null ? "" : value;
  }

  /** The id the client chose, or a new random one. */
  static String idOr(String id) {
    return id == null || id.isBlank() ? UUID.randomUUID().toString() : id;
  }
}
