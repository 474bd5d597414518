/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.in.assembly;

import java.util.Objects;

/**
 * Which assembly a command changes, at which version, and who acts.
 *
 * @param organisation the organisation's id
 * @param assembly the assembly's id
 * @param version the version read (the change is refused with {@code CONCURRENT_UPDATE} when the
 *     stored one differs), or null to change whatever is stored
 * @param actor who acts, as the audit trail records it
 */
public record AssemblyRef(String organisation, String assembly, Long version, String actor) {
  /**
   * Checks that the organisation, assembly and actor are given.
   *
   * @param organisation the organisation's id
   * @param assembly the assembly's id
   * @param version the version read (the change is refused with {@code CONCURRENT_UPDATE} when the
   *     stored one differs), or null to change whatever is stored
   * @param actor who acts, as the audit trail records it
   */
  public AssemblyRef {
    Objects.requireNonNull(organisation, "organisation");
    Objects.requireNonNull(assembly, "assembly");
    Objects.requireNonNull(actor, "actor");
  }

  /**
   * The same reference naming another version read.
   *
   * @param read the version read, or null
   * @return the reference
   */
  public AssemblyRef at(Long read) {
    return new AssemblyRef(organisation, assembly, read, actor);
  }
}
