/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.adapters.documents;

/**
 * What one document says, built from the library's records: the template that lays it out reads
 * it as {@code d}. Each implementation is immutable.
 */
public sealed interface DocumentModel
    permits ConvocationDocument, AttendanceSheetDocument, MinutesDocument, StatementDocument,
        CallForFundsDocument, SaleInformationDocument {
  /** The template's name under {@code org/koprogo/adapters/documents/templates}, without {@code .html}. */
  String template();

  /** The language it is written in. */
  DocumentLanguage language();
}
