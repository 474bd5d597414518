/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.in;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import java.util.List;
import java.util.Map;

/** Use case: read an organisation's audit trail, in order, a page at a time. */
public interface ListAuditTrail {

  /**
   * The entries matching {@code query}.
   *
   * @param query the filter and the page
   * @return the entries, in sequence order
   * @throws org.koprogo.domain.shared.KoproGoException {@code VALIDATION_FAILED}
   */
  List<Entry> list(Query query);

  /**
   * The query.
   *
   * @param organisation the tenant
   * @param subjectType only this kind of subject, or null
   * @param subjectId only this subject, or null
   * @param afterSequence only entries after this sequence (0 from the start)
   * @param limit the page size, 1 to 1000
   */
  record Query(
      @NotBlank String organisation,
      String subjectType,
      String subjectId,
      @PositiveOrZero long afterSequence,
      @Positive @Max(1000) int limit) {}

  /**
   * One entry.
   *
   * @param sequence its place in the trail
   * @param at when (ISO instant)
   * @param actor who
   * @param action what
   * @param subjectType the kind of subject
   * @param subjectId the subject
   * @param details further facts
   */
  record Entry(
      long sequence,
      String at,
      String actor,
      String action,
      String subjectType,
      String subjectId,
      Map<String, String> details) {}
}
