/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.adapters.banking;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import org.koprogo.domain.payment.BankStatement;
import org.koprogo.domain.shared.KoproGoException;

/**
 * Reads a bank statement file: {@code CODA} (text) or {@code camt.053} (XML), every statement it
 * holds, or refuses it whole.
 *
 * <p>Bounds: at most {@link #MAX_BYTES} bytes; the readers add their own (records, elements,
 * depth). Refusals: {@code STATEMENT_TOO_LARGE}, {@code MALFORMED_STATEMENT} (naming the line),
 * {@code UNSUPPORTED_STATEMENT_FORMAT}.
 */
public final class BankStatementReader {
  /** The largest file read: 8 MiB (a year of a large building's CODA is well under 1 MiB). */
  public static final int MAX_BYTES = 8 * 1024 * 1024;

  /** The formats. */
  public enum Format {
    CODA,
    CAMT_053
  }

  private BankStatementReader() {}

  /** The statements of {@code file} in {@code format}. */
  public static List<BankStatement> read(Format format, byte[] file) {
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(file, "file");
    if (file.length > MAX_BYTES) {
      throw StatementErrors.tooLarge("a statement file of " + file.length + " bytes is larger than " + MAX_BYTES);
    }
    return switch (format) {
      // CODA files are Latin-1 (ISO 8859-1); every byte is a character, so nothing is refused here.
      case CODA -> CodaReader.read(new String(file, StandardCharsets.ISO_8859_1));
      case CAMT_053 -> Camt053Reader.read(file);
    };
  }

  /** The format of a media type: {@code text/plain} is CODA, {@code application/xml} camt.053. */
  public static Format formatOf(String mediaType) {
    String type = mediaType == null ? "" : mediaType.split(";", 2)[0].trim().toLowerCase(java.util.Locale.ROOT);
    return switch (type) {
      case "text/plain" -> Format.CODA;
      case "application/xml", "text/xml" -> Format.CAMT_053;
      default -> throw KoproGoException.of(
          org.koprogo.domain.shared.ErrorCode.UNSUPPORTED_STATEMENT_FORMAT,
          "a statement is text/plain (CODA) or application/xml (camt.053), not " + StatementErrors.shown(type),
          "field", "Content-Type", "value", StatementErrors.shown(type));
    };
  }
}
