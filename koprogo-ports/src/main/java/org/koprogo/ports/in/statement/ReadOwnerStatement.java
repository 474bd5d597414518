/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.in.statement;

import java.time.LocalDate;
import org.koprogo.domain.shared.ErrorCode;
import org.koprogo.ports.in.fields.ClientFields;

/**
 * An owner's statement of account: the installments of the expenses distributed to the owner's
 * lots (the owner's part of a lot in indivision, split by the domain's {@code
 * ExpenseDistribution.splitLotPart}), due a configured number of days after booking; credit notes
 * and the payments recorded, imputed oldest installment first; the late-payment penalties of each
 * installment under its own building's policy; the balance and the reminder due. Reads only.
 *
 * <p>Built with the books ({@code UseCases.readOwnerStatement(..., Bookkeeping)}), the statement
 * of a building that keeps double-entry books is instead the owner's account 410 there (the
 * domain's {@code OwnerAccount}: calls for funds, penalties and fees charged, refunds; payments),
 * so that its balance is the account's on every date.
 */
public interface ReadOwnerStatement {

  /**
   * The statement of an owner as of a day.
   *
   * @param organisation the tenant
   * @param owner the owner's id
   * @param asOf the day
   * @param formalNoticeOn the day of the formal notice (a legal-rate policy's interest runs from
   *     it), or null
   * @return the statement
   * @throws org.koprogo.domain.shared.KoproGoException {@code NOT_FOUND} for an unknown owner
   */
  StatementOfAccount statement(String organisation, String owner, LocalDate asOf, LocalDate formalNoticeOn);

  /**
   * The statement of an owner as of a day, as a client asks it: the days as text ({@code
   * yyyy-MM-dd}, for example from a query), read before the statement is.
   *
   * @param organisation the tenant
   * @param owner the owner's id
   * @param asOf the day (required)
   * @param formalNoticeOn the day of the formal notice, or null
   * @return the statement
   * @throws org.koprogo.domain.shared.KoproGoException {@code MISSING_FIELD asOf} when {@code asOf}
   *     is null or blank, {@code INVALID_DATE} naming {@code asOf} or {@code formalNoticeOn} when
   *     one is not a date (a blank {@code formalNoticeOn} is not one), then as {@link
   *     #statement(String, String, LocalDate, LocalDate)}
   */
  default StatementOfAccount statement(String organisation, String owner, String asOf, String formalNoticeOn) {
    LocalDate day = ClientFields.date(asOf, "asOf");
    return statement(organisation, owner, day,
        formalNoticeOn == null ? null : ClientFields.date(formalNoticeOn, "formalNoticeOn", ErrorCode.INVALID_DATE));
  }
}
