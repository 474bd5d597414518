/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.in.coop;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.koprogo.domain.coop.Actor;

/**
 * Which group a cooperative command is about, who gives it, and the version the caller read.
 *
 * @param organisation the tenant
 * @param group the group's id
 * @param version the version read (of the group, its project or the allocation changed), or
 *     null to change whatever is stored
 * @param actor who acts, with their role in the cooperative (the domain checks what it may do)
 */
public record CoopRef(@NotBlank String organisation, @NotBlank String group, Long version, @NotNull Actor actor) {

  /**
   * The same reference naming another version read.
   *
   * @param read the version read, or null
   * @return the reference
   */
  public CoopRef at(Long read) {
    return new CoopRef(organisation, group, read, actor);
  }
}
