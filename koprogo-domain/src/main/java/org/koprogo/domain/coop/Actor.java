/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.coop;

import java.util.Objects;
import org.koprogo.domain.shared.ErrorCode;
import org.koprogo.domain.shared.KoproGoException;

/**
 * Who performs an action, with the role they act in. Every audit event names its actor by id
 * only (never a name: the trail outlives a GDPR erasure).
 *
 * @param id a user id or {@code "system"}
 */
public record Actor(String id, Role role) {
  public Actor {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(role, "role");
    if (id.isBlank()) {
      throw KoproGoException.of(ErrorCode.INVALID_FIELD, "an actor id is not blank", "field", "id");
    }
  }

  public static Actor of(String id, Role role) {
    return new Actor(id, role);
  }

  /** A member acting for themselves. */
  public static Actor member(MemberId member) {
    return new Actor(member.value(), Role.COOP_MEMBER);
  }

  /** True when this actor is {@code member} in person. */
  public boolean is(MemberId member) {
    return id.equals(member.value());
  }

  /**
   * Refuses unless this actor manages the cooperative.
   *
   * @throws KoproGoException {@code NOT_PERMITTED}
   */
  public void requireManager(String action) {
    if (!role.manages()) {
      throw notPermitted(action);
    }
  }

  /**
   * Refuses unless this actor manages the cooperative or is {@code member} acting as a member.
   *
   * @throws KoproGoException {@code NOT_PERMITTED}
   */
  public void requireManagerOrSelf(MemberId member, String action) {
    if (!role.manages() && !(role == Role.COOP_MEMBER && is(member))) {
      throw notPermitted(action);
    }
  }

  private KoproGoException notPermitted(String action) {
    return KoproGoException.of(
        ErrorCode.NOT_PERMITTED, role + " '" + id + "' may not " + action,
        "actor", id, "role", role.name(), "action", action);
  }
}
