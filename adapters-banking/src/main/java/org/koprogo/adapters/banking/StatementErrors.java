/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.adapters.banking;

import org.koprogo.domain.shared.ErrorCode;
import org.koprogo.domain.shared.KoproGoException;

/** The refusals of the readers: every one names the line of the file. */
final class StatementErrors {
  private StatementErrors() {}

  static KoproGoException malformed(int line, String why) {
    return KoproGoException.of(ErrorCode.MALFORMED_STATEMENT, "line " + line + ": " + why, "field", "line", "value", line);
  }

  static KoproGoException tooLarge(String why) {
    return KoproGoException.of(ErrorCode.STATEMENT_TOO_LARGE, why, "field", "body");
  }

  static KoproGoException unsupported(int line, String why) {
    return KoproGoException.of(ErrorCode.UNSUPPORTED_STATEMENT_FORMAT, "line " + line + ": " + why, "field", "line", "value", line);
  }

  /** A text cut to a length fit for a message. */
  static String shown(String text) {
    return text.length() > 40 ? text.substring(0, 40) + "..." : text;
  }
}
