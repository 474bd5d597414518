/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.out.notification;

import java.util.Objects;
import java.util.regex.Pattern;
import org.koprogo.domain.shared.ErrorCode;
import org.koprogo.domain.shared.KoproGoException;

/**
 * A phone number in E.164 form: {@code +}, a country code, then the subscriber number, 8 to 15
 * digits in all ({@code +32470123456}).
 *
 * @param e164 the number in E.164 form ({@code +32470000001})
 */
public record PhoneNumber(String e164) {
  private static final Pattern E164 = Pattern.compile("\\+[1-9][0-9]{7,14}");

  /**
   * Checks the number.
   *
   * @param e164 the number in E.164 form ({@code +32470000001})
   * @throws KoproGoException {@code INVALID_FIELD} (field {@code phone}) when it is not in E.164
   *     form
   */
  public PhoneNumber {
    Objects.requireNonNull(e164, "e164");
    if (!E164.matcher(e164).matches()) {
      throw KoproGoException.of(
          ErrorCode.INVALID_FIELD, "not an E.164 phone number: " + e164, "field", "phone", "value", e164);
    }
  }

  /**
   * The phone number of that E.164 text.
   *
   * @param e164 the number in E.164 form
   * @return the number
   * @throws KoproGoException {@code INVALID_FIELD} when it is not in E.164 form
   */
  public static PhoneNumber of(String e164) {
    return new PhoneNumber(e164);
  }

  /**
   * The digits without the leading {@code +}, as the WhatsApp Cloud API's {@code to} field takes them.
   *
   * @return the digits
   */
  public String digits() {
    return e164.substring(1);
  }

  @Override
  public String toString() {
    return e164;
  }
}
