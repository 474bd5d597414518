/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.assembly.meeting;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.koprogo.domain.building.OwnerId;
import org.koprogo.domain.shared.ErrorCode;
import org.koprogo.domain.shared.KoproGoException;

/**
 * Owners requiring the syndic to convene an assembly (Civil Code art. 3.87 §2), with the items
 * they want on its agenda.
 *
 * @param requestedBy the owners, at least one
 * @param requestedOn the date of the request
 * @param items the items they ask for (their origin is OWNER_REQUEST)
 */
public record AssemblyRequest(
    List<OwnerId> requestedBy, LocalDate requestedOn, List<AgendaItem> items) {
  /**
   * Checks the request and copies the lists.
   *
   * @param requestedBy the owners, at least one
   * @param requestedOn the date of the request
   * @param items the items they ask for (their origin is OWNER_REQUEST)
   * @throws KoproGoException {@code INVALID_FIELD} (field {@code owners}) when no owner is named
   */
  public AssemblyRequest {
    requestedBy = List.copyOf(requestedBy);
    if (requestedBy.isEmpty()) {
      throw KoproGoException.of(ErrorCode.INVALID_FIELD, "a request names at least one owner", "field", "owners");
    }
    Objects.requireNonNull(requestedOn, "requestedOn");
    items = List.copyOf(items);
  }
}
