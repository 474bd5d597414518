/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.payment;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.koprogo.domain.building.OwnerId;
import org.koprogo.domain.shared.ErrorCode;
import org.koprogo.domain.shared.KoproGoException;
import org.koprogo.domain.shared.Money;

/**
 * A building's register of payment references: each owner's account number (given once, in the
 * order owners are first called, never reused) and each call for funds issued with its reference.
 * What makes a reference stable (the same owner and call always give the same reference) and
 * unique (the register refuses a second call to the same owner under the same number). Immutable.
 *
 * @param accounts the owners' account numbers, in the order given
 * @param issued the calls issued, in order
 */
public record ReferenceRegister(List<OwnerAccount> accounts, List<Issued> issued) {
  /**
   * Copies the lists.
   *
   * @param accounts the owners' account numbers, in the order given
   * @param issued the calls issued, in order
   */
  public ReferenceRegister {
    accounts = List.copyOf(accounts);
    issued = List.copyOf(issued);
  }

  /**
   * An empty register.
   *
   * @return the register
   */
  public static ReferenceRegister empty() {
    return new ReferenceRegister(List.of(), List.of());
  }

  /**
   * An owner's account number in the building.
   *
   * @param owner the owner
   * @param number their account number, 1 to 999,999
   */
  public record OwnerAccount(OwnerId owner, int number) {
    /**
     * Checks the owner is given.
     *
     * @param owner the owner
     * @param number their account number, 1 to 999,999
     */
    public OwnerAccount {
      Objects.requireNonNull(owner, "owner");
    }
  }

  /**
   * A call for funds issued to an owner.
   *
   * @param reference its reference
   * @param owner the owner called
   * @param entry the journal entry that posted it
   * @param amount the amount called
   */
  public record Issued(CallReference reference, OwnerId owner, String entry, Money amount) {
    /**
     * Checks that every part is given.
     *
     * @param reference its reference
     * @param owner the owner called
     * @param entry the journal entry that posted it
     * @param amount the amount called
     */
    public Issued {
      Objects.requireNonNull(reference, "reference");
      Objects.requireNonNull(owner, "owner");
      Objects.requireNonNull(entry, "entry");
      Objects.requireNonNull(amount, "amount");
    }
  }

  /**
   * The owner's account number, if they have one.
   *
   * @param owner an owner
   * @return their account number, or empty
   */
  public Optional<Integer> accountOf(OwnerId owner) {
    for (OwnerAccount a : accounts) {
      if (a.owner().equals(owner)) {
        return Optional.of(a.number());
      }
    }
    return Optional.empty();
  }

  /**
   * The call a reference names.
   *
   * @param reference a call reference
   * @return the call issued, or empty
   */
  public Optional<Issued> find(CallReference reference) {
    for (Issued i : issued) {
      if (i.reference().equals(reference)) {
        return Optional.of(i);
      }
    }
    return Optional.empty();
  }

  /**
   * This register with call {@code call} issued to {@code owner} (given an account number first
   * when they have none).
   *
   * @param call the call's number
   * @param owner the owner called
   * @param entry the journal entry that posted it
   * @param amount the amount called
   * @return the register
   * @throws KoproGoException {@code IDEMPOTENCY_CONFLICT} when the owner was already called under
   *     that number for another entry; {@code REFERENCE_OUT_OF_RANGE}
   */
  public ReferenceRegister issue(int call, OwnerId owner, String entry, Money amount) {
    List<OwnerAccount> a = new ArrayList<>(accounts);
    int number = accountOf(owner).orElseGet(() -> {
      int next = accounts.size() + 1;
      a.add(new OwnerAccount(owner, next));
      return next;
    });
    CallReference reference = new CallReference(call, number);
    Optional<Issued> earlier = find(reference);
    if (earlier.isPresent()) {
      if (earlier.get().entry().equals(entry)) {
        return this;
      }
      throw KoproGoException.of(ErrorCode.IDEMPOTENCY_CONFLICT,
          "call " + call + " was already issued to owner " + owner + " by entry " + earlier.get().entry(),
          "field", "call", "value", call);
    }
    List<Issued> i = new ArrayList<>(issued);
    i.add(new Issued(reference, owner, entry, amount));
    return new ReferenceRegister(a, i);
  }
}
