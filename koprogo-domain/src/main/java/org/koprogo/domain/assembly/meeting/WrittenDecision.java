/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.assembly.meeting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.koprogo.domain.assembly.Owner;
import org.koprogo.domain.assembly.ResolutionId;
import org.koprogo.domain.building.OwnerId;
import org.koprogo.domain.shared.ErrorCode;
import org.koprogo.domain.shared.KoproGoException;

/**
 * Civil Code art. 3.87 §11: the owners may take in writing, unanimously, any decision within the
 * assembly's powers, except those that must be passed by an authentic deed; the syndic draws up
 * the minutes. The decision is taken only when every owner of the association agreed in writing:
 * one owner missing, and there is no decision (an assembly must then be convened). Immutable.
 *
 * @param item the decision
 * @param title what is decided
 * @param owners every owner of the association, at least one
 * @param agreedInWriting each owner who agreed in writing, with the day their written agreement
 *     was received
 */
public record WrittenDecision(
    ResolutionId item, String title, List<Owner> owners, Map<OwnerId, LocalDate> agreedInWriting) {
  /**
   * Checks the decision.
   *
   * @param item the decision
   * @param title what is decided
   * @param owners every owner of the association, at least one
   * @param agreedInWriting each owner who agreed in writing, with the day their written agreement
   *     was received
   * @throws KoproGoException {@code EMPTY_OWNERS} without owners, {@code UNKNOWN_OWNER} for an
   *     agreement from someone who is not an owner
   */
  public WrittenDecision {
    Objects.requireNonNull(item, "item");
    Objects.requireNonNull(title, "title");
    owners = List.copyOf(owners);
    if (owners.isEmpty()) {
      throw KoproGoException.of(ErrorCode.EMPTY_OWNERS, "a written decision needs owners", "field", "owners");
    }
    agreedInWriting = Collections.unmodifiableMap(new LinkedHashMap<>(agreedInWriting));
    for (OwnerId o : agreedInWriting.keySet()) {
      if (owners.stream().noneMatch(x -> x.id().equals(o))) {
        throw KoproGoException.of(
            ErrorCode.UNKNOWN_OWNER, "'" + o + "' agreeing in writing to '" + item + "' is not an owner",
            "field", "agreedInWriting", "value", o.value());
      }
    }
  }

  /**
   * The decision on {@code item}, refused when it must be passed by an authentic deed (art. 3.87
   * §11 excludes those).
   *
   * @param item the resolution
   * @param title what is decided
   * @param needsAuthenticDeed whether the decision must be passed by an authentic deed
   * @param owners every owner
   * @param agreedInWriting the day each owner's written agreement was received
   * @return the decision
   * @throws KoproGoException {@code INVALID_FIELD} when {@code needsAuthenticDeed}
   */
  public static WrittenDecision of(
      ResolutionId item, String title, boolean needsAuthenticDeed, List<Owner> owners,
      Map<OwnerId, LocalDate> agreedInWriting) {
    if (needsAuthenticDeed) {
      throw KoproGoException.of(
          ErrorCode.INVALID_FIELD, "a decision that must be passed by an authentic deed is not taken in writing ("
              + item + ")",
          "field", "needsAuthenticDeed", "value", item.value());
    }
    return new WrittenDecision(item, title, owners, agreedInWriting);
  }

  /**
   * The owners whose written agreement is missing, in the owners' order.
   *
   * @return the owners missing
   */
  public List<OwnerId> missing() {
    List<OwnerId> missing = new ArrayList<>();
    for (Owner o : owners) {
      if (!agreedInWriting.containsKey(o.id())) {
        missing.add(o.id());
      }
    }
    return missing;
  }

  /**
   * True when every owner agreed in writing: the decision is taken.
   *
   * @return whether it is taken
   */
  public boolean taken() {
    return missing().isEmpty();
  }

  /**
   * The day the decision was taken (the last written agreement received), or null when it was not.
   *
   * @return the day, or null
   */
  public LocalDate takenOn() {
    return taken() ? Collections.max(agreedInWriting.values()) : null;
  }
}
