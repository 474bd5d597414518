/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.payment;

import java.util.Objects;
import org.koprogo.domain.shared.ErrorCode;
import org.koprogo.domain.shared.KoproGoException;

/**
 * A structured payment reference: what the payer copies from a call for funds to their transfer,
 * so that the bank line names the call it pays. Either a Belgian structured communication or an
 * ISO 11649 creditor reference. Immutable.
 */
public sealed interface PaymentReference permits StructuredCommunication, CreditorReference {

  /** The longest text {@link #parse} looks at: anything longer is refused before any work. */
  int MAX_TEXT = 64;

  /**
   * The reference as banks carry it electronically: no separators ({@code 090933755493}).
   *
   * @return the electronic form
   */
  String electronic();

  /**
   * The reference as printed on a call for funds ({@code +++090/9337/55493+++}).
   *
   * @return the printed form
   */
  String printed();

  /**
   * The digits between the separators or after the check digits, without the check digits: the
   * body that {@link CallReference} decodes.
   *
   * @return the body
   */
  String body();

  /**
   * Reads a reference typed by a person or carried by a bank: a creditor reference when it starts
   * with {@code RF} (spaces allowed, letters in either case), a structured communication otherwise.
   *
   * @param text the text read
   * @param field the field path to name in errors
   * @return the reference
   * @throws KoproGoException {@code INVALID_CREDITOR_REFERENCE}, {@code
   *     INVALID_STRUCTURED_COMMUNICATION} (the format), {@code INVALID_CHECK_DIGITS} (a typing
   *     error), each with {@code field} and {@code value}
   */
  static PaymentReference parse(String text, String field) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(field, "field");
    String trimmed = text.strip();
    if (trimmed.length() >= 2 && trimmed.substring(0, 2).equalsIgnoreCase("RF")) {
      return CreditorReference.parse(trimmed, field);
    }
    return StructuredCommunication.parse(trimmed, field);
  }

  /**
   * {@link #parse(String, String)} for the field {@code reference}.
   *
   * @param text the text read
   * @return the reference
   * @throws KoproGoException as {@link #parse(String, String)}
   */
  static PaymentReference parse(String text) {
    return parse(text, "reference");
  }

  /**
   * A refusal naming the field and the value (cut to {@link #MAX_TEXT} characters).
   *
   * @param code the error code
   * @param field the field path
   * @param text the value refused
   * @param why why, in words
   * @return the exception
   */
  static KoproGoException refused(ErrorCode code, String field, String text, String why) {
    String shown = text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) + "..." : text;
    return KoproGoException.of(code, field + ": '" + shown + "' " + why, "field", field, "value", shown);
  }
}
