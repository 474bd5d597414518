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
  /** A charge distribution or building without any unit (lot) to share among. */
  EMPTY_UNITS,
  /** The same unit (lot) is listed twice. */
  DUPLICATE_UNIT,
  /** A weight or share given for a unit that is not listed. */
  UNKNOWN_UNIT,
  /** A distribution key gives a unit a negative weight. */
  NEGATIVE_WEIGHT,
  /** A distribution key whose weights are all zero: nothing to share by. */
  ZERO_TOTAL_WEIGHT,
  /** A lot with zero or negative shares (quotités) in the common parts. */
  NONPOSITIVE_SHARE,
  /** A charge distribution without any distribution key. */
  EMPTY_KEYS,
  /** A building's lot shares do not add up to its declared total. */
  SHARES_TOTAL_MISMATCH,
  /** The co-owners' fractions of a lot do not add up to exactly 1. */
  OWNERSHIP_FRACTIONS_NOT_ONE,
  /** A co-owner's fraction of a lot is not in (0, 1]. */
  INVALID_FRACTION,
  // (charges: add new codes above this line)

  // --- general assembly ---
  /** A rule set (country profile of the assembly rules) that the library does not know. */
  UNKNOWN_RULES,
  /** An assembly session that is neither the first nor the second (after a failed quorum). */
  UNKNOWN_SESSION,
  /** An assembly without any owner. */
  EMPTY_OWNERS,
  /** The same owner is listed twice. */
  DUPLICATE_OWNER,
  /** An owner's shares (votes in the assembly) are zero or negative. */
  NONPOSITIVE_SHARES,
  /** An owner id that is not among the owners of the assembly or building. */
  UNKNOWN_OWNER,
  /** The same owner appears twice in the attendance. */
  DUPLICATE_ATTENDANCE,
  /** An attendance mode other than PRESENT, REPRESENTED or ABSENT. */
  UNKNOWN_ATTENDANCE_MODE,
  /** A proxy that cannot be valid, such as an owner named as their own holder. */
  INVALID_PROXY,
  /** A proxy whose holder is not present at the assembly. */
  HOLDER_NOT_PRESENT,
  /** The syndic named as a proxy holder, which Civil Code art. 3.87 §7 forbids. */
  SYNDIC_CANNOT_HOLD_PROXY,
  /**
   * A proxy beyond three held by one person whose own votes plus their principals' exceed 10% of
   * all votes (Civil Code art. 3.87 §7): the first three are kept, the others refused.
   */
  TOO_MANY_PROXIES,
  /** The same resolution (agenda item) id is listed twice. */
  DUPLICATE_RESOLUTION,
  /** A majority or decision type that the rule set does not know. */
  UNKNOWN_MAJORITY,
  /**
   * A ballot that names no resolution of the assembly, or a choice other than for, against or
   * abstain.
   */
  UNKNOWN_BALLOT,
  /** A ballot from an owner who is neither present nor validly represented. */
  BALLOT_FROM_ABSENT_OWNER,
  /**
   * A ballot from an owner who may not vote on that item (a conflict of interest, Civil Code art.
   * 3.87 §9).
   */
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
  /** A principal (amount owed or lent) of zero or less. */
  NONPOSITIVE_PRINCIPAL,
  /** A payment of zero or less. */
  NONPOSITIVE_PAYMENT,
  /** Payments that add up to more than the principal they pay. */
  OVERPAYMENT,
  /** A negative interest rate (for indexation: a rate of -100% or less). */
  NEGATIVE_RATE,
  /** An amount that may not be negative (a cost, a fee, dues, a price) is negative. */
  NEGATIVE_AMOUNT,
  /** A grace period that is negative or out of range. */
  INVALID_GRACE,
  /** A day-count convention that the library does not know. */
  UNKNOWN_DAY_COUNT,
  /** A start of interest accrual that the library does not know. */
  UNKNOWN_ACCRUAL_START,
  /**
   * A number of months, periods or indices that is out of range (negative, zero where one is
   * needed, or beyond the library bound of 1,200).
   */
  INVALID_TERM,
  /** An index value (for an INDEX indexation) of zero or less. */
  NONPOSITIVE_INDEX,
  /** An indexation method that the library does not know. */
  UNKNOWN_METHOD,
  /** A cooperative's revenue of zero or less, for a surplus allocation. */
  NONPOSITIVE_REVENUE,
  /** A number of members of zero or less. */
  NONPOSITIVE_MEMBERS,
  /** A negative percentage (a destination of the surplus, a threshold). */
  NEGATIVE_PERCENT,
  /** The destinations' percentages do not add up to exactly 100. */
  PERCENTS_NOT_100,
  /** The same destination of the surplus is listed twice. */
  DUPLICATE_DESTINATION,
  /** A destination (of the price decrease or of the reserve) that is not among the destinations. */
  UNKNOWN_DESTINATION,
  /**
   * The price-decrease destination has a percentage above zero while the cooperative is not
   * eligible for a price decrease.
   */
  PRICE_DECREASE_NOT_ALLOWED,
  /** A legal interest rate table has no rate for a year that interest runs in. */
  UNKNOWN_LEGAL_RATE_YEAR,
  /** Two installments of an owner's account have the same id. */
  DUPLICATE_INSTALLMENT,
  // (money over time: add new codes above this line)

  // --- housing cooperative ---
  /** The same member is listed twice. */
  DUPLICATE_MEMBER,
  /** A rank on the waiting list that is not a positive whole number. */
  INVALID_RANK,
  /** Two members hold the same rank on the waiting list. */
  DUPLICATE_RANK,
  /** The same lot is listed twice. */
  DUPLICATE_LOT,
  /** A member id that names no member of the cooperative or round. */
  UNKNOWN_MEMBER,
  /** A lot id that names no lot of the building or allocation round. */
  UNKNOWN_LOT,
  /** A member status that the library does not know, or that does not allow the action. */
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
