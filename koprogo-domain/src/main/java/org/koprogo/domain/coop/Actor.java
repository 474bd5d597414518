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
 * @param role the role they act in
 */
public record Actor(String id, Role role) {
  /**
   * Checks the actor.
   *
   * @param id a user id or {@code "system"}
   * @param role the role they act in
   * @throws KoproGoException {@code INVALID_FIELD} (field {@code id}) when the id is blank
   */
  public Actor {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(role, "role");
    if (id.isBlank()) {
      throw KoproGoException.of(ErrorCode.INVALID_FIELD, "an actor id is not blank", "field", "id");
    }
  }

  /**
   * The actor {@code id} acting as {@code role}.
   *
   * @param id a user id or {@code "system"}
   * @param role the role they act in
   * @return the actor
   * @throws KoproGoException {@code INVALID_FIELD} when the id is blank
   */
  public static Actor of(String id, Role role) {
    return new Actor(id, role);
  }

  /**
   * A member acting for themselves.
   *
   * @param member the member
   * @return the member acting as {@link Role#COOP_MEMBER}
   */
  public static Actor member(MemberId member) {
    return new Actor(member.value(), Role.COOP_MEMBER);
  }

  /**
   * True when this actor is {@code member} in person.
   *
   * @param member a member
   * @return whether this actor's id is that member's
   */
  public boolean is(MemberId member) {
    return id.equals(member.value());
  }

  /**
   * Refuses unless this actor manages the cooperative.
   *
   * @param action what the actor tries to do, named in the refusal
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
   * @param member the member whose record is concerned
   * @param action what the actor tries to do, named in the refusal
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
