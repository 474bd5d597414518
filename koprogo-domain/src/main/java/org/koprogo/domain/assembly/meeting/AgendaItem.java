/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.assembly.meeting;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.koprogo.domain.assembly.Majority;
import org.koprogo.domain.assembly.RequiredMajority;
import org.koprogo.domain.assembly.ResolutionId;
import org.koprogo.domain.building.OwnerId;
import org.koprogo.domain.shared.ErrorCode;
import org.koprogo.domain.shared.KoproGoException;

/**
 * One item of an assembly's agenda, with the majority it needs.
 *
 * @param id the item (the resolution put to the vote)
 * @param title what is decided
 * @param majority the majority it needs, usually from its decision type
 * @param origin who put it on the agenda
 * @param requestedBy the owners who asked for it (empty unless {@code origin} is OWNER_REQUEST)
 * @param failedUnanimityOn for an item needing the unanimity of those present: the date of the
 *     assembly where the unanimity of all failed through absences; null otherwise
 */
public record AgendaItem(
    ResolutionId id, String title, RequiredMajority majority, AgendaOrigin origin,
    List<OwnerId> requestedBy, LocalDate failedUnanimityOn) {
  public AgendaItem {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(majority, "majority");
    Objects.requireNonNull(origin, "origin");
    requestedBy = List.copyOf(requestedBy);
    if ((origin == AgendaOrigin.OWNER_REQUEST) == requestedBy.isEmpty()) {
      throw KoproGoException.of(ErrorCode.INVALID_FIELD, "an item requested by owners names them, and only then", "field", "requestedBy");
    }
    if (majority.majority() == Majority.UNANIMITY_OF_PRESENT && failedUnanimityOn == null) {
      throw KoproGoException.of(ErrorCode.INVALID_FIELD, 
          "the unanimity of those present follows a failed unanimity: give its date (" + id + ")", "field", "failedUnanimityOn");
    }
  }

  /** An item put on the agenda by the syndic. */
  public static AgendaItem bySyndic(String id, String title, RequiredMajority majority) {
    return new AgendaItem(ResolutionId.of(id), title, majority, AgendaOrigin.SYNDIC, List.of(), null);
  }

  /** An item requested by owners. */
  public static AgendaItem requestedBy(List<OwnerId> owners, String id, String title, RequiredMajority majority) {
    return new AgendaItem(ResolutionId.of(id), title, majority, AgendaOrigin.OWNER_REQUEST, owners, null);
  }

  /**
   * The item put again to an assembly held after {@code failedOn}, where its unanimity failed
   * through absences: it now needs the unanimity of those present (Civil Code art. 3.88).
   */
  public AgendaItem againAfterFailedUnanimity(LocalDate failedOn) {
    return new AgendaItem(id, title, RequiredMajority.stated(Majority.UNANIMITY_OF_PRESENT), origin,
        requestedBy, Objects.requireNonNull(failedOn, "failedOn"));
  }
}
