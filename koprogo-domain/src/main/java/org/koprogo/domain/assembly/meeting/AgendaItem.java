/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.assembly.meeting;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.koprogo.domain.assembly.DecisionType;
import org.koprogo.domain.assembly.HolderId;
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
 * @param concerning the person whose contract or mission the item concerns (Civil Code art. 3.87
 *     §9), required when its decision type concerns a named person ({@link
 *     DecisionType.Concerns#NAMED_PERSON}), null otherwise; that person does not vote on the item,
 *     nor do the owners whose proxy they hold
 * @param chargeKey when the item concerns a charge that only some owners bear (Civil Code art.
 *     3.87 §6), each such owner's part of it (the distribution key of that charge, as weights);
 *     empty otherwise. The vote then follows it: only those owners vote, in proportion to their
 *     part (RULES.md general-assembly, {@code chargeKey})
 */
public record AgendaItem(
    ResolutionId id, String title, RequiredMajority majority, AgendaOrigin origin,
    List<OwnerId> requestedBy, LocalDate failedUnanimityOn, HolderId concerning,
    Map<OwnerId, BigDecimal> chargeKey) {
  /**
   * Checks the item and copies the lists.
   *
   * @param id the item (the resolution put to the vote)
   * @param title what is decided
   * @param majority the majority it needs, usually from its decision type
   * @param origin who put it on the agenda
   * @param requestedBy the owners who asked for it (empty unless {@code origin} is OWNER_REQUEST)
   * @param failedUnanimityOn for an item needing the unanimity of those present: the date of the
   *     assembly where the unanimity of all failed through absences; null otherwise
   * @param concerning the person whose contract or mission the item concerns (Civil Code art. 3.87
   *     §9), required when its decision type concerns a named person ({@link
   *     DecisionType.Concerns#NAMED_PERSON}), null otherwise; that person does not vote on the
   *     item, nor do the owners whose proxy they hold
   * @param chargeKey when the item concerns a charge that only some owners bear (Civil Code art.
   *     3.87 §6), each such owner's part of it (the distribution key of that charge, as weights);
   *     empty otherwise. The vote then follows it: only those owners vote, in proportion to their
   *     part (RULES.md general-assembly, {@code chargeKey})
   * @throws KoproGoException {@code INVALID_FIELD} when owners are named without OWNER_REQUEST (or
   *     the reverse), when the unanimity of those present comes without the date of the failed
   *     unanimity, or when the person concerned is missing for a decision concerning a named person
   *     (or given for another)
   */
  public AgendaItem {
    chargeKey = chargeKey == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(chargeKey));
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
    DecisionType type = majority.decisionType();
    boolean named = type != null && type.concerns() == DecisionType.Concerns.NAMED_PERSON;
    if (named != (concerning != null)) {
      throw KoproGoException.of(
          ErrorCode.INVALID_FIELD, named
              ? "item '" + id + "' concerns a contract with a named person: name them"
              : "item '" + id + "' names a person but its decision type concerns nobody in particular",
          "field", "concerning", "value", String.valueOf(concerning));
    }
  }

  /**
   * An item concerning nobody in particular.
   *
   * @param id the item (the resolution put to the vote)
   * @param title what is decided
   * @param majority the majority it needs
   * @param origin who put it on the agenda
   * @param requestedBy the owners who asked for it (empty unless OWNER_REQUEST)
   * @param failedUnanimityOn the date of the failed unanimity, for the unanimity of those present;
   *     null otherwise
   */
  public AgendaItem(
      ResolutionId id, String title, RequiredMajority majority, AgendaOrigin origin,
      List<OwnerId> requestedBy, LocalDate failedUnanimityOn) {
    this(id, title, majority, origin, requestedBy, failedUnanimityOn, null, Map.of());
  }

  /**
   * The same item concerning a charge borne by some owners only, with each one's part ({@code
   * key}, weights): the vote follows it (Civil Code art. 3.87 §6).
   *
   * @param key each bearing owner's part of the charge, as weights
   * @return the item with that key
   */
  public AgendaItem withChargeKey(Map<OwnerId, BigDecimal> key) {
    return new AgendaItem(id, title, majority, origin, requestedBy, failedUnanimityOn, concerning, key);
  }

  /**
   * An item of the syndic on a contract with, or the mission of, {@code person} (Civil Code art.
   * 3.87 §9: {@code person} does not vote on it).
   *
   * @param id the item's id
   * @param title what is decided
   * @param person the person whose contract or mission it concerns
   * @return the item, at the majority of a contract with a named person
   */
  public static AgendaItem concerning(String id, String title, HolderId person) {
    return new AgendaItem(ResolutionId.of(id), title, RequiredMajority.of(DecisionType.CONTRACT_WITH_NAMED_PERSON),
        AgendaOrigin.SYNDIC, List.of(), null, person, Map.of());
  }

  /**
   * The person who may not vote on this item for a conflict of interest (Civil Code art. 3.87
   * §9): the syndic for the syndic's mandate or discharge, the named person for a contract, null
   * otherwise.
   *
   * @param syndic the assembly's syndic
   * @return the conflicted person, or null
   */
  public HolderId conflicted(HolderId syndic) {
    DecisionType type = majority.decisionType();
    if (type == null) {
      return null;
    }
    return switch (type.concerns()) {
      case NOBODY -> null;
      case SYNDIC -> syndic;
      case NAMED_PERSON -> concerning;
    };
  }

  /**
   * An item put on the agenda by the syndic.
   *
   * @param id the item's id
   * @param title what is decided
   * @param majority the majority it needs
   * @return the item
   */
  public static AgendaItem bySyndic(String id, String title, RequiredMajority majority) {
    return new AgendaItem(ResolutionId.of(id), title, majority, AgendaOrigin.SYNDIC, List.of(), null);
  }

  /**
   * An item requested by owners.
   *
   * @param owners the owners who asked for it, at least one
   * @param id the item's id
   * @param title what is decided
   * @param majority the majority it needs
   * @return the item
   */
  public static AgendaItem requestedBy(List<OwnerId> owners, String id, String title, RequiredMajority majority) {
    return new AgendaItem(ResolutionId.of(id), title, majority, AgendaOrigin.OWNER_REQUEST, owners, null);
  }

  /**
   * The item put again to an assembly held after {@code failedOn}, where its unanimity failed
   * through absences: it now needs the unanimity of those present (Civil Code art. 3.88).
   *
   * @param failedOn the date of the assembly where the unanimity failed
   * @return the item at the unanimity of those present
   */
  public AgendaItem againAfterFailedUnanimity(LocalDate failedOn) {
    return new AgendaItem(id, title, RequiredMajority.stated(Majority.UNANIMITY_OF_PRESENT), origin,
        requestedBy, Objects.requireNonNull(failedOn, "failedOn"), null, chargeKey);
  }
}
