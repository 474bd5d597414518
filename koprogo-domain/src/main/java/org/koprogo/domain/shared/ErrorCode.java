/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.shared;

/**
 * The stable error codes of the library: part of the public API.
 *
 * <p>The same code is carried by {@link KoproGoException}, written in the conformance vectors
 * ({@code expectError}) and returned by the HTTP host in its problem documents. A code is never
 * renamed or reused for another meaning; new codes are only added. The codes of each rule family
 * are the ones listed in {@code RULES.md}.
 */
public enum ErrorCode {
  // --- input format (every family) ---
  /** A required field is absent. */
  MISSING_FIELD,
  /** A string that is not a plain decimal ({@code "12,50"}, {@code "1e3"}, {@code " 1"}). */
  INVALID_NUMBER,
  /** An amount with more decimals than its currency has. */
  INVALID_AMOUNT,
  /** A currency code that ISO 4217 does not know (or one without minor units). */
  UNKNOWN_CURRENCY,
  /** A date that is not ISO {@code yyyy-MM-dd} or that does not exist. */
  INVALID_DATE,
  /** A field of the wrong JSON type (a list where an object is expected, for example). */
  INVALID_FIELD,
  /** Two amounts of different currencies were combined. */
  CURRENCY_MISMATCH,
  /** An amount left the range of 64-bit minor units. */
  AMOUNT_OVERFLOW,
  /** A rule family that the library does not know. */
  UNKNOWN_FAMILY,

  // --- charge distribution and the building model ---
  EMPTY_UNITS,
  DUPLICATE_UNIT,
  UNKNOWN_UNIT,
  NEGATIVE_WEIGHT,
  ZERO_TOTAL_WEIGHT,
  NONPOSITIVE_SHARE,
  EMPTY_KEYS,
  /** A building's lot shares do not add up to its declared total. */
  SHARES_TOTAL_MISMATCH,
  /** The co-owners' fractions of a lot do not add up to exactly 1. */
  OWNERSHIP_FRACTIONS_NOT_ONE,
  /** A co-owner's fraction of a lot is not in (0, 1]. */
  INVALID_FRACTION,
  // (charges: add new codes above this line)

  // --- general assembly ---
  UNKNOWN_RULES,
  UNKNOWN_SESSION,
  EMPTY_OWNERS,
  DUPLICATE_OWNER,
  NONPOSITIVE_SHARES,
  UNKNOWN_OWNER,
  DUPLICATE_ATTENDANCE,
  UNKNOWN_ATTENDANCE_MODE,
  INVALID_PROXY,
  HOLDER_NOT_PRESENT,
  SYNDIC_CANNOT_HOLD_PROXY,
  TOO_MANY_PROXIES,
  DUPLICATE_RESOLUTION,
  UNKNOWN_MAJORITY,
  UNKNOWN_BALLOT,
  BALLOT_FROM_ABSENT_OWNER,
  BALLOT_FROM_EXCLUDED_OWNER,
  /** A ballot from an owner who bears no part of the charge voted on (Civil Code art. 3.87 §6). */
  BALLOT_FROM_UNCONCERNED_OWNER,
  /** A resolution's decision type has its legal majority overridden without a reason. */
  MAJORITY_OVERRIDE_WITHOUT_REASON,
  /** A member who is not in good standing cast a ballot (one member one vote). */
  BALLOT_FROM_INELIGIBLE_MEMBER,
  /** Owners requiring an assembly hold less than the statutory fifth of the shares (art. 3.87 §2). */
  INSUFFICIENT_SHARES_FOR_REQUEST,
  // (assembly: add new codes above this line)

  // --- money over time: penalties, loans, indexation, surplus, budgets, solidarity ---
  NONPOSITIVE_PRINCIPAL,
  NONPOSITIVE_PAYMENT,
  OVERPAYMENT,
  NEGATIVE_RATE,
  NEGATIVE_AMOUNT,
  INVALID_GRACE,
  UNKNOWN_DAY_COUNT,
  UNKNOWN_ACCRUAL_START,
  INVALID_TERM,
  NONPOSITIVE_INDEX,
  UNKNOWN_METHOD,
  NONPOSITIVE_REVENUE,
  NONPOSITIVE_MEMBERS,
  NEGATIVE_PERCENT,
  PERCENTS_NOT_100,
  DUPLICATE_DESTINATION,
  UNKNOWN_DESTINATION,
  PRICE_DECREASE_NOT_ALLOWED,
  /** A legal interest rate table has no rate for a year that interest runs in. */
  UNKNOWN_LEGAL_RATE_YEAR,
  /** Two installments of an owner's account have the same id. */
  DUPLICATE_INSTALLMENT,
  // (money over time: add new codes above this line)

  // --- housing cooperative ---
  DUPLICATE_MEMBER,
  INVALID_RANK,
  DUPLICATE_RANK,
  DUPLICATE_LOT,
  UNKNOWN_MEMBER,
  UNKNOWN_LOT,
  INVALID_STATUS,
  /** The actor's role does not allow the action (an AUDITOR only reads). */
  NOT_PERMITTED,
  /** The same idempotency key was used for a different record. */
  IDEMPOTENCY_CONFLICT,
  /** A ledger entry id that names no entry of the ledger. */
  UNKNOWN_ENTRY,
  // (cooperative: add new codes above this line)

  // --- workflows, persistence and hosts ---
  /** A state machine refused a transition (the exception names from, to and the guard). */
  ILLEGAL_TRANSITION,
  /** An optimistic-lock conflict: someone else changed the aggregate first. */
  CONCURRENT_UPDATE,
  /** An id that names nothing in the caller's organisation. */
  NOT_FOUND,
  /** A command that failed Jakarta Validation. */
  VALIDATION_FAILED,
  /**
   * The store failed (connection lost, timeout): the unit of work was rolled back, unless the
   * failure hit its commit, whose outcome is then unknown (retry with the same idempotency key).
   */
  STORE_FAILURE,
  /**
   * An idempotency key already used with another request (another body, or another caller): the
   * request is refused and nothing of the first one is revealed.
   */
  IDEMPOTENCY_KEY_REUSED,
  // (ports/adapters/host: add new codes above this line)

  // --- payment references, bank statements, double-entry books, sale of a lot ---
  /** Text that is not a Belgian structured communication ({@code +++ddd/dddd/ddddd+++}). */
  INVALID_STRUCTURED_COMMUNICATION,
  /** Text that is not an ISO 11649 creditor reference ({@code RF} + 2 digits + up to 21 letters or digits). */
  INVALID_CREDITOR_REFERENCE,
  /** A payment reference whose check digits do not match its body (a typing error). */
  INVALID_CHECK_DIGITS,
  /** A call number or owner account number outside the range a reference can carry. */
  REFERENCE_OUT_OF_RANGE,
  /** A journal entry whose debits do not equal its credits. */
  UNBALANCED_ENTRY,
  /** A journal entry without lines, or with a line of zero. */
  EMPTY_ENTRY,
  /** An account number that is not in the chart of accounts. */
  UNKNOWN_ACCOUNT,
  /** A posting dated in a financial year that is already closed. */
  PERIOD_CLOSED,
  /** A bank statement file that does not follow its format (the error names the line). */
  MALFORMED_STATEMENT,
  /** A bank statement format or version that the library does not read. */
  UNSUPPORTED_STATEMENT_FORMAT,
  /** A bank statement file beyond the size or line bounds. */
  STATEMENT_TOO_LARGE,
  /** A bank line that is not waiting in the queue (already matched, confirmed or assigned). */
  BANK_LINE_SETTLED,
  /** A transfer date outside the range the sale of a lot can be computed for. */
  INVALID_TRANSFER_DATE,
  // (bank and books: add new codes above this line)

  // --- community modules ---
  /** The building's council has not switched this community module on. */
  MODULE_DISABLED,
  /** Time credits that are not a positive whole number of minutes. */
  INVALID_HOURS,
  /** Completing the exchange would take a balance below the building's floor. */
  BALANCE_FLOOR_REACHED,
  /** The person is not a party to that exchange, loan or offer. */
  NOT_A_PARTY,
  /** A rating outside 1 to 5, or a second rating by the same person. */
  INVALID_RATING,
  /** A loan shorter than 1 day or longer than 90 days. */
  INVALID_LOAN_PERIOD,
  /** The object is already lent or booked for part of that period. */
  LOAN_OVERLAP,
  /** The offer or notice has expired. */
  OFFER_EXPIRED,
  /** Only a member of the building's council may do this. */
  NOT_COUNCIL_MEMBER,
  /** An expiry that is not after the publication. */
  INVALID_EXPIRY,
  // (community: add new codes above this line)
}
