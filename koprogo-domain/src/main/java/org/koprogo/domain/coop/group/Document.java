/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.coop.group;

import java.util.Objects;
import org.koprogo.domain.shared.ErrorCode;
import org.koprogo.domain.shared.KoproGoException;

/**
 * A member's KYC document as the cooperative knows it: a reference to the file (stored
 * elsewhere), never its content.
 *
 * @param reference where the file is kept ({@code "doc-4711"})
 * @param reason why it was rejected; empty otherwise
 * @param kind which document of the KYC checklist it is
 * @param status where it stands
 */
public record Document(DocumentKind kind, String reference, DocumentStatus status, String reason) {
  /**
   * Checks the document.
   *
   * @param kind which document of the KYC checklist it is
   * @param reference where the file is kept ({@code "doc-4711"})
   * @param status where it stands
   * @param reason why it was rejected; empty otherwise
   * @throws KoproGoException {@code INVALID_FIELD} (field {@code reference}) when the reference is
   *     blank
   */
  public Document {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(reference, "reference");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(reason, "reason");
    if (reference.isBlank()) {
      throw KoproGoException.of(ErrorCode.INVALID_FIELD, "a document reference is not blank", "field", "reference");
    }
  }
}
