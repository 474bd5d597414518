/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.in.association;

import jakarta.validation.constraints.NotBlank;
import java.util.List;

/**
 * Use case: keep an association's books, one quarter at a time: its members with the rate each
 * pays (STANDARD, CONTRIBUTOR or MAINTAINER) and its cost lines. The transparency report, the
 * public page and the year's accounts are computed from them. Each recording or correction is
 * one unit of work with its audit entry ({@code QuarterBooksRecorded}, {@code
 * QuarterBooksCorrected}).
 *
 * <p>Refusals: {@code MISSING_FIELD} and {@code INVALID_FIELD} naming the field ({@code
 * members[1].rate}), {@code DUPLICATE_MEMBER}, {@code NEGATIVE_AMOUNT} and the other refusals of
 * {@code Money.parse}, {@code CONCURRENT_UPDATE} (the quarter is recorded already, or a stale
 * version), {@code NOT_FOUND} (a quarter not in the books), {@code VALIDATION_FAILED}.
 */
public interface KeepAssociationBooks {

  /**
   * Records a quarter not yet in the books.
   *
   * @param entry the quarter's books ({@code version} is ignored)
   * @return the quarter as stored, at version 1
   * @throws org.koprogo.domain.shared.KoproGoException {@code CONCURRENT_UPDATE} when the quarter
   *     is recorded already; a field's code otherwise
   */
  BookedQuarter record(QuarterEntry entry);

  /**
   * Replaces a recorded quarter's members and costs, at the version the caller read.
   *
   * @param entry the corrected books with the version read
   * @return the quarter as stored, at the next version
   * @throws org.koprogo.domain.shared.KoproGoException {@code MISSING_FIELD} without a version,
   *     {@code NOT_FOUND} for a quarter not in the books, {@code CONCURRENT_UPDATE} for a stale
   *     version; a field's code otherwise
   */
  BookedQuarter correct(QuarterEntry entry);

  /**
   * One quarter of the books.
   *
   * @param organisation the association
   * @param quarter the quarter, {@code yyyy-Qn} ({@code 2025-Q1})
   * @return the quarter as stored
   * @throws org.koprogo.domain.shared.KoproGoException {@code INVALID_FIELD} (field {@code
   *     quarter}) when it is not {@code yyyy-Qn}, {@code NOT_FOUND} when the books do not hold it
   */
  BookedQuarter quarter(String organisation, String quarter);

  /**
   * Every quarter of the books, the whole list, for batch work; a host answering requests reads
   * {@link #quarters(String, Integer, String) a page}.
   *
   * @param organisation the association
   * @return the quarters, in order
   */
  List<BookedQuarter> quarters(String organisation);

  /**
   * A page of the quarters of the books in order: at most {@code limit} after the quarter {@code
   * after} (the last of the previous page, {@code yyyy-Qn}; it need not be in the books). The cost
   * follows the page, not the books.
   *
   * @param organisation the association
   * @param limit 1 to 1000; null for 100
   * @param after the last quarter of the previous page ({@code 2025-Q1}), null for the first page
   * @return the page
   * @throws org.koprogo.domain.shared.KoproGoException {@code INVALID_FIELD} naming {@code limit}
   *     (out of bounds) or {@code after} (not {@code yyyy-Qn})
   */
  List<BookedQuarter> quarters(String organisation, Integer limit, String after);

  /**
   * A quarter's books as a caller gives them.
   *
   * @param organisation the association
   * @param quarter the quarter, {@code yyyy-Qn}
   * @param currency ISO 4217 code of the costs, EUR when null
   * @param members the members, each once
   * @param costs the cost lines, in the order booked
   * @param version the version read (a correction only)
   * @param actor who records, for the audit trail
   */
  record QuarterEntry(@NotBlank String organisation, String quarter, String currency,
      List<MemberRate> members, List<CostEntry> costs, Long version, @NotBlank String actor) {}

  /**
   * A member during the quarter.
   *
   * @param member the member's id
   * @param rate STANDARD, CONTRIBUTOR or MAINTAINER
   */
  record MemberRate(String member, String rate) {}
}
