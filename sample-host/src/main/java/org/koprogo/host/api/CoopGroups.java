/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.host.api;

import org.koprogo.domain.coop.Actor;
import org.koprogo.domain.coop.Role;
import org.koprogo.host.security.Roles;

/**
 * What the host's controllers share to translate a cooperative request: the caller as the
 * domain's {@link Actor}. The cooperative's workflows, and the reading of their commands' text,
 * are the {@code ports.in.coop} use cases.
 */
final class CoopGroups {
  private CoopGroups() {}

  /**
   * The domain actor of a caller (ORG_ADMIN and COOP_MANAGER manage; an AUDITOR only reads). A
   * cooperative member acts as the member their token names, so that the domain recognises them
   * acting for themselves (submitting their own documents).
   */
  static Actor actor(Tenant tenant) {
    Role role = tenant.caller().has(Roles.ORG_ADMIN) ? Role.ORG_ADMIN
        : tenant.caller().has(Roles.COOP_MANAGER) ? Role.COOP_MANAGER
        : tenant.caller().has(Roles.AUDITOR) ? Role.AUDITOR : Role.COOP_MEMBER;
    String id = role == Role.COOP_MEMBER && tenant.caller().subject() != null
        ? tenant.caller().subject() : tenant.actor();
    return Actor.of(id, role);
  }
}
