/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.assembly.meeting;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import org.koprogo.domain.assembly.HolderId;
import org.koprogo.domain.shared.ErrorCode;
import org.koprogo.domain.shared.KoproGoException;

/**
 * Civil Code art. 3.87 §10: at the end of the meeting, after reading, the minutes are signed by
 * the chair of the assembly, the secretary appointed at its opening and every owner still present
 * at that moment, or their proxy holder.
 *
 * @param chair the chair of the assembly, never null
 * @param secretary the secretary appointed at the opening, never null
 * @param ownersStillPresent the owners present in person, or the proxy holders, still there at the
 *     end, each once, in signing order
 */
public record MinutesSignatures(HolderId chair, HolderId secretary, List<HolderId> ownersStillPresent) {
  /**
   * Checks the signatures.
   *
   * @param chair the chair of the assembly, never null
   * @param secretary the secretary appointed at the opening, never null
   * @param ownersStillPresent the owners present in person, or the proxy holders, still there at
   *     the end, each once, in signing order
   * @throws KoproGoException {@code INVALID_FIELD} (field {@code ownersStillPresent}) for a
   *     signatory listed twice
   */
  public MinutesSignatures {
    Objects.requireNonNull(chair, "chair");
    Objects.requireNonNull(secretary, "secretary");
    List<HolderId> unique = new ArrayList<>(new LinkedHashSet<>(ownersStillPresent));
    if (unique.size() != ownersStillPresent.size()) {
      throw KoproGoException.of(ErrorCode.INVALID_FIELD, "a signatory signs once: " + ownersStillPresent, "field", "ownersStillPresent");
    }
    ownersStillPresent = List.copyOf(unique);
  }
}
