/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.out;

import java.util.List;
import org.koprogo.domain.payment.BankStatement;

/**
 * Reads bank statement files (adapter: {@code BankStatementFiles} of adapters-banking, CODA and
 * camt.053): every statement of a file, or a refusal of the whole file ({@code
 * MALFORMED_STATEMENT} naming the line, {@code UNSUPPORTED_STATEMENT_FORMAT}, {@code
 * STATEMENT_TOO_LARGE}).
 */
public interface StatementFiles {

  /**
   * The statements of {@code file}, whose media type is {@code mediaType}.
   *
   * @param mediaType the file's media type
   * @param file the file's bytes
   * @return the statements
   * @throws org.koprogo.domain.shared.KoproGoException {@code UNSUPPORTED_STATEMENT_FORMAT} for a
   *     format not read, {@code MALFORMED_STATEMENT} for a file that does not follow it, {@code
   *     STATEMENT_TOO_LARGE} beyond the bounds
   */
  List<BankStatement> read(String mediaType, byte[] file);
}
