/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.payment;

import java.util.Objects;
import java.util.Optional;
import org.koprogo.domain.shared.ErrorCode;
import org.koprogo.domain.shared.KoproGoException;

/**
 * The payment reference of one call for funds to one owner: the call's number in the building
 * (four digits) then the owner's account number in the building (six digits), as the ten digits
 * of a structured communication or the body of a creditor reference.
 *
 * <p>Unique: two different (call, account) pairs never share a reference, because the layout is
 * positional. Stable: the reference is a function of the two numbers only, which the building
 * assigns once and never changes, so printing the call again prints the same reference. The
 * numbers are unique within one building, whose association of co-owners has a bank account of
 * its own: a bank line is matched within the building whose account received it.
 *
 * @param call the call's number in the building, 1 to 9999
 * @param account the owner's account number in the building, 1 to 999999
 */
public record CallReference(int call, int account) {
  /** The largest call number. */
  public static final int MAX_CALL = 9_999;
  /** The largest owner account number. */
  public static final int MAX_ACCOUNT = 999_999;

  /**
   * Checks the numbers.
   *
   * @param call the call's number in the building, 1 to 9999
   * @param account the owner's account number in the building, 1 to 999999
   * @throws KoproGoException {@code REFERENCE_OUT_OF_RANGE}
   */
  public CallReference {
    if (call < 1 || call > MAX_CALL) {
      throw KoproGoException.of(
          ErrorCode.REFERENCE_OUT_OF_RANGE, "a call number is 1 to " + MAX_CALL + ", not " + call,
          "field", "call", "value", call);
    }
    if (account < 1 || account > MAX_ACCOUNT) {
      throw KoproGoException.of(
          ErrorCode.REFERENCE_OUT_OF_RANGE, "an owner account number is 1 to " + MAX_ACCOUNT + ", not " + account,
          "field", "account", "value", account);
    }
  }

  /**
   * The ten digits: the call on four, the account on six.
   *
   * @return the body
   */
  public String body() {
    return String.format("%04d%06d", call, account);
  }

  /**
   * The Belgian structured communication to print on the call.
   *
   * @return the communication
   */
  public StructuredCommunication communication() {
    return StructuredCommunication.of(call * 1_000_000L + account);
  }

  /**
   * The ISO 11649 creditor reference with the same body.
   *
   * @return the creditor reference
   */
  public CreditorReference creditorReference() {
    return CreditorReference.of(body());
  }

  /**
   * The call and account a reference names, or empty when it names none (a body that is not ten
   * digits, or a zero call or account): such a payment is matched by other means.
   *
   * @param reference a payment reference
   * @return the call reference, or empty
   */
  public static Optional<CallReference> named(PaymentReference reference) {
    Objects.requireNonNull(reference, "reference");
    String body = reference.body();
    if (body.length() != 10 || !StructuredCommunication.allDigits(body)) {
      return Optional.empty();
    }
    int call = Integer.parseInt(body.substring(0, 4));
    int account = Integer.parseInt(body.substring(4));
    if (call < 1 || account < 1) {
      return Optional.empty();
    }
    return Optional.of(new CallReference(call, account));
  }
}
