/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.in;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/**
 * Use case: everything held about one person (GDPR art. 15 access and art. 20 portability), as
 * JSON and as CSV. See docs/gdpr.md.
 *
 * <p>Refusals: {@code NOT_FOUND} (no such owner or member in the organisation), {@code
 * VALIDATION_FAILED}.
 */
public interface ExportPersonalData {

  /**
   * The export.
   *
   * @param command the person and who asks
   * @return every record set holding the person's data
   * @throws org.koprogo.domain.shared.KoproGoException {@code NOT_FOUND}, {@code VALIDATION_FAILED}
   */
  Export export(Command command);

  /**
   * The command.
   *
   * @param organisation the tenant
   * @param kind OWNER or MEMBER
   * @param person the owner's or member's id
   * @param actor who asks (recorded in the audit trail)
   */
  record Command(
      @NotBlank String organisation,
      @NotNull @Pattern(regexp = "OWNER|MEMBER") String kind,
      @NotBlank String person,
      @NotBlank String actor) {}

  /**
   * The same data in two formats.
   *
   * @param json an object whose keys are record sets, each an array of objects
   * @param csv RFC 4180 text with the header {@code set,row,field,value}, one line per value
   */
  record Export(String json, String csv) {}
}
