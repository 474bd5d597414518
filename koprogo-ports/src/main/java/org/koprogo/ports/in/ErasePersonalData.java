/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.in;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/**
 * Use case: erase one person's personal data (GDPR art. 17) while keeping the accounting records
 * the law requires (art. 17(3)(b)); see docs/gdpr.md for what is kept and why.
 *
 * <p>Refusals: {@code NOT_FOUND}, {@code VALIDATION_FAILED}.
 */
public interface ErasePersonalData {

  /**
   * Erases; returns how many records were anonymised.
   *
   * @param command the person and who asks
   * @return how many records were anonymised
   * @throws org.koprogo.domain.shared.KoproGoException {@code NOT_FOUND}, {@code VALIDATION_FAILED}
   */
  Erased erase(Command command);

  /**
   * The command.
   *
   * @param organisation the tenant
   * @param kind OWNER or MEMBER
   * @param person the owner's or member's id
   * @param actor who erases (recorded in the audit trail)
   */
  record Command(
      @NotBlank String organisation,
      @NotNull @Pattern(regexp = "OWNER|MEMBER") String kind,
      @NotBlank String person,
      @NotBlank String actor) {}

  /**
   * The outcome.
   *
   * @param records how many records were anonymised
   */
  record Erased(int records) {}
}
