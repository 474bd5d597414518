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
 * unique (two different pairs of call and owner never share one). An owner of several lots called
 * together (one call number) receives one reference for all of them: each lot's entry is recorded
 * under it, and the amount to pay is their sum ({@link #amountCalled}). Immutable.
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
   * The total called under {@code reference} (every entry issued under it: one per lot of the
   * owner called), if it was issued.
   *
   * @param reference the reference
   * @return the sum of the amounts issued under it, or empty
   */
  public Optional<Money> amountCalled(CallReference reference) {
    Money total = null;
    for (Issued i : issued) {
      if (i.reference().equals(reference)) {
        total = total == null ? i.amount() : total.plus(i.amount());
      }
    }
    return Optional.ofNullable(total);
  }

  /**
   * This register with call {@code call} issued to {@code owner} by {@code entry} (given an account
   * number first when they have none). The same entry again changes nothing; another entry under
   * the same call and owner (another lot of theirs) is added under the same reference.
   *
   * @param call the building's number of the call
   * @param owner the owner called
   * @param entry the journal entry that posted it
   * @param amount the amount of that entry
   * @return the register with the call issued (this one when the entry was already issued)
   * @throws KoproGoException {@code IDEMPOTENCY_CONFLICT} when the entry was already issued under
   *     another reference; {@code REFERENCE_OUT_OF_RANGE}
   */
  public ReferenceRegister issue(int call, OwnerId owner, String entry, Money amount) {
    List<OwnerAccount> a = new ArrayList<>(accounts);
    int number = accountOf(owner).orElseGet(() -> {
      int next = accounts.size() + 1;
      a.add(new OwnerAccount(owner, next));
      return next;
    });
    CallReference reference = new CallReference(call, number);
    for (Issued earlier : issued) {
      if (earlier.entry().equals(entry)) {
        if (earlier.reference().equals(reference)) {
          return this;
        }
        throw KoproGoException.of(ErrorCode.IDEMPOTENCY_CONFLICT,
            "entry " + entry + " was already issued as " + earlier.reference().communication().printed(),
            "field", "call", "value", call);
      }
    }
    List<Issued> i = new ArrayList<>(issued);
    i.add(new Issued(reference, owner, entry, amount));
    return new ReferenceRegister(a, i);
  }
}
