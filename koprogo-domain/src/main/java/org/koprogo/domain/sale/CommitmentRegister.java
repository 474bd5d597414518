/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.sale;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.koprogo.domain.building.LotId;
import org.koprogo.domain.charges.DistributionKey;
import org.koprogo.domain.shared.ErrorCode;
import org.koprogo.domain.shared.KoproGoException;

/**
 * The register of a building's commitments (Civil Code art. 3.94 §2, 1° to 4°) with the
 * building's lots and general key, from which the notary is told, for a transfer date, every
 * commitment decided before it whose payment is asked on or after it (or not yet asked), with the
 * lot's part computed by the distribution of expenses ({@link Commitment#distribution}): the parts
 * of all the lots add up to each commitment's total. Immutable.
 *
 * @param commitments the commitments, in the order they were recorded, ids unique
 * @param lots the building's lots, in order (the order breaks ties of the apportionment)
 * @param general the building's general key (the lots' shares)
 */
public record CommitmentRegister(List<Commitment> commitments, List<LotId> lots, DistributionKey general) {
  /** The most commitments a building's register holds. */
  public static final int MAX_COMMITMENTS = 10_000;

  /**
   * Checks the register and copies it.
   *
   * @param commitments the commitments, in the order they were recorded, ids unique
   * @param lots the building's lots, in order
   * @param general the building's general key (the lots' shares)
   * @throws KoproGoException {@code IDEMPOTENCY_CONFLICT} (field {@code id}) for two commitments
   *     with one id; {@code INVALID_FIELD} (field {@code commitments}) beyond {@value
   *     #MAX_COMMITMENTS}
   */
  public CommitmentRegister {
    Objects.requireNonNull(general, "general");
    commitments = List.copyOf(commitments);
    lots = List.copyOf(lots);
    if (commitments.size() > MAX_COMMITMENTS) {
      throw KoproGoException.of(ErrorCode.INVALID_FIELD, "a register holds at most " + MAX_COMMITMENTS
          + " commitments", "field", "commitments", "value", String.valueOf(commitments.size()));
    }
    Set<String> ids = new HashSet<>();
    for (Commitment c : commitments) {
      if (!ids.add(c.id())) {
        throw KoproGoException.of(ErrorCode.IDEMPOTENCY_CONFLICT, "commitment " + c.id()
            + " is already in the register", "field", "id", "value", c.id());
      }
    }
  }

  /**
   * What the notary is told for the sale of {@code lot} on {@code transferOn}: every commitment
   * {@link Commitment#pendingAt pending} on that day, with the lot's part, grouped by the items of
   * art. 3.94 §2 (1° to 4°), each item in the register's order.
   *
   * @param lot the lot sold
   * @param transferOn the transfer date
   * @return the commitments with the lot's part
   * @throws KoproGoException the charge-distribution codes, as {@link Commitment#distribution}
   */
  public List<CommitmentShare> pendingFor(LotId lot, LocalDate transferOn) {
    Objects.requireNonNull(lot, "lot");
    Objects.requireNonNull(transferOn, "transferOn");
    List<CommitmentShare> result = new ArrayList<>();
    for (CommitmentKind kind : CommitmentKind.values()) {
      for (Commitment c : commitments) {
        if (c.kind() == kind && c.pendingAt(transferOn)) {
          result.add(new CommitmentShare(c, c.distribution(lots, general).amountOf(lot)));
        }
      }
    }
    return List.copyOf(result);
  }
}
