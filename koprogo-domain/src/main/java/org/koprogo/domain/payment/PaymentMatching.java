/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.payment;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.koprogo.domain.building.OwnerId;
import org.koprogo.domain.shared.Money;
import org.koprogo.domain.shared.ErrorCode;
import org.koprogo.domain.shared.KoproGoException;

/**
 * Matches a credit of a bank statement to the call for funds it pays:
 *
 * <ol>
 *   <li>{@link Outcome#MATCHED} when its structured reference names a call issued in the building
 *       (whatever the amount: a partial payment is still that owner's);
 *   <li>otherwise {@link Outcome#PROPOSED} when the issued calls that have the same amount and an
 *       owner whose name shares a word of at least three letters with the payer's name (accents
 *       and case ignored) are all addressed to one owner: a person confirms. When that owner was
 *       called that amount several times (each quarter), the call proposed is the last one due on
 *       or before the day the bank booked the payment, else the first one due after it;
 *   <li>otherwise {@link Outcome#UNMATCHED}: the line waits in the queue to be assigned.
 * </ol>
 *
 * A debit is never matched (it is not a payment by an owner).
 */
public final class PaymentMatching {
  private PaymentMatching() {}

  /** What became of a line. */
  public enum Outcome {
    /** The structured reference names a call issued in the building. */
    MATCHED,
    /** One call has the same amount and a payer's name like the owner's: a person confirms. */
    PROPOSED,
    /** No call found: the line waits in the queue. */
    UNMATCHED
  }

  /**
   * A call for funds issued to an owner, as the matching sees it.
   *
   * @param reference its reference
   * @param owner the owner called
   * @param ownerName the owner's name (empty when unknown or erased)
   * @param amount the amount called
   * @param dueDate the call's due date, or null when unknown
   */
  public record IssuedCall(CallReference reference, OwnerId owner, String ownerName, Money amount,
      java.time.LocalDate dueDate) {
    /**
     * Checks that every part but the due date is given.
     *
     * @param reference its reference
     * @param owner the owner called
     * @param ownerName the owner's name (empty when unknown or erased)
     * @param amount the amount called
     * @param dueDate the call's due date, or null when unknown
     */
    public IssuedCall {
      Objects.requireNonNull(reference, "reference");
      Objects.requireNonNull(owner, "owner");
      Objects.requireNonNull(ownerName, "ownerName");
      Objects.requireNonNull(amount, "amount");
    }

    /**
     * A call whose due date is not known.
     *
     * @param reference its reference
     * @param owner the owner called
     * @param ownerName the owner's name (empty when unknown or erased)
     * @param amount the amount called
     */
    public IssuedCall(CallReference reference, OwnerId owner, String ownerName, Money amount) {
      this(reference, owner, ownerName, amount, null);
    }
  }

  /**
   * The match of one line: the outcome and the call (null when unmatched).
   *
   * @param outcome matched, proposed or unmatched
   * @param call the call, null when unmatched
   */
  public record Match(Outcome outcome, IssuedCall call) {
    /**
     * Checks the match.
     *
     * @param outcome matched, proposed or unmatched
     * @param call the call, null when unmatched
     * @throws KoproGoException {@code INVALID_FIELD} when a call is given for UNMATCHED or missing
     *     otherwise
     */
    public Match {
      Objects.requireNonNull(outcome, "outcome");
      if ((call == null) != (outcome == Outcome.UNMATCHED)) {
        throw KoproGoException.of(ErrorCode.INVALID_FIELD, outcome + " with call " + call, "field", "call");
      }
    }
  }

  /**
   * The match of {@code line} among {@code calls}.
   *
   * @param line the bank line
   * @param calls the calls issued in the building
   * @return the match
   */
  public static Match match(BankLine line, List<IssuedCall> calls) {
    Objects.requireNonNull(line, "line");
    if (!line.isCredit()) {
      return new Match(Outcome.UNMATCHED, null);
    }
    Optional<CallReference> named = line.reference().flatMap(CallReference::named);
    if (named.isPresent()) {
      for (IssuedCall c : calls) {
        if (c.reference().equals(named.get())) {
          return new Match(Outcome.MATCHED, c);
        }
      }
    }
    Set<String> payer = words(line.counterpartyName());
    List<IssuedCall> candidates = new ArrayList<>();
    for (IssuedCall c : calls) {
      if (c.amount().equals(line.amount()) && !disjoint(payer, words(c.ownerName()))) {
        candidates.add(c);
      }
    }
    if (candidates.isEmpty()) {
      return new Match(Outcome.UNMATCHED, null);
    }
    OwnerId owner = candidates.get(0).owner();
    for (IssuedCall c : candidates) {
      if (!c.owner().equals(owner)) {
        return new Match(Outcome.UNMATCHED, null);
      }
    }
    return new Match(Outcome.PROPOSED, closest(candidates, line.bookingDate()));
  }

  /** The last call due on or before {@code booked}, else the first due after it (calls without date last). */
  private static IssuedCall closest(List<IssuedCall> calls, java.time.LocalDate booked) {
    IssuedCall before = null;
    IssuedCall after = null;
    for (IssuedCall c : calls) {
      if (c.dueDate() == null) {
        continue;
      }
      if (!c.dueDate().isAfter(booked)) {
        if (before == null || c.dueDate().isAfter(before.dueDate())) {
          before = c;
        }
      } else if (after == null || c.dueDate().isBefore(after.dueDate())) {
        after = c;
      }
    }
    return before != null ? before : after != null ? after : calls.get(0);
  }

  private static boolean disjoint(Set<String> a, Set<String> b) {
    for (String w : a) {
      if (b.contains(w)) {
        return false;
      }
    }
    return true;
  }

  /** The words of at least three letters of a name, without accents, lower case. */
  static Set<String> words(String name) {
    String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    Set<String> words = new HashSet<>();
    for (String w : plain.split("[^a-z0-9]+")) {
      if (w.length() >= 3) {
        words.add(w);
      }
    }
    return words;
  }
}
