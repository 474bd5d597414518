/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.in.assembly;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * One item for an assembly's agenda, as a client states it.
 *
 * @param id its id, unique in the assembly (required)
 * @param title what is decided (required)
 * @param decisionType a {@code DecisionType} name (its legal majority applies), or null
 * @param majority a majority name (ABSOLUTE, TWO_THIRDS, FOUR_FIFTHS, UNANIMITY...): stated
 *     directly without a decision type, or overriding the decision type's with {@code
 *     overrideReason}; null for the decision type's
 * @param overrideReason why the decision type's majority is overridden, or null
 * @param failedUnanimityOn for UNANIMITY_OF_PRESENT: the day the unanimity of all failed
 * @param requestedBy the owners who asked for the item (Civil Code art. 3.87 §3); the syndic's
 *     item when null
 * @param requestedOn the day they asked (with {@code requestedBy})
 * @param chargeKey when the item concerns a charge only some owners bear (art. 3.87 §6): each
 *     such owner's part as plain decimal text; null or empty otherwise
 * @param concerning for a decision about a contract with a named person: that person (who does
 *     not vote on the item, nor through them their principals; art. 3.87 §9), or null
 */
public record ItemRequest(String id, String title, String decisionType, String majority, String overrideReason,
    LocalDate failedUnanimityOn, List<String> requestedBy, LocalDate requestedOn, Map<String, String> chargeKey,
    String concerning) {

  /**
   * A syndic's item stating its majority directly.
   *
   * @param id its id
   * @param title what is decided
   * @param majority the majority's name
   * @return the item
   */
  public static ItemRequest stated(String id, String title, String majority) {
    return new ItemRequest(id, title, null, majority, null, null, null, null, null, null);
  }

  /**
   * A syndic's item of a decision type, at its legal majority.
   *
   * @param id its id
   * @param title what is decided
   * @param decisionType the decision type's name
   * @return the item
   */
  public static ItemRequest ofType(String id, String title, String decisionType) {
    return new ItemRequest(id, title, decisionType, null, null, null, null, null, null, null);
  }

  /**
   * The same item at {@code stated} majority, overriding its decision type's for {@code reason}.
   *
   * @param stated the majority's name
   * @param reason why it overrides the decision type's, or null
   * @return the item
   */
  public ItemRequest withMajority(String stated, String reason) {
    return new ItemRequest(id, title, decisionType, stated, reason, failedUnanimityOn, requestedBy, requestedOn,
        chargeKey, concerning);
  }

  /**
   * The same item requested by {@code owners} on {@code on}.
   *
   * @param owners the owners asking for it
   * @param on the day they asked
   * @return the item
   */
  public ItemRequest requestedBy(List<String> owners, LocalDate on) {
    return new ItemRequest(id, title, decisionType, majority, overrideReason, failedUnanimityOn, owners, on,
        chargeKey, concerning);
  }
}
