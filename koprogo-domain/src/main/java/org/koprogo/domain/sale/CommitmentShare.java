/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.sale;

import java.util.Objects;
import org.koprogo.domain.shared.Money;

/**
 * A commitment of the association told to the notary (Civil Code art. 3.94 §2) with the lot's
 * part of its total. Immutable.
 *
 * @param commitment the commitment, as the register keeps it
 * @param lotShare the lot's part of its total, by the commitment's key
 */
public record CommitmentShare(Commitment commitment, Money lotShare) {
  /**
   * Checks that every part is given.
   *
   * @param commitment the commitment, as the register keeps it
   * @param lotShare the lot's part of its total, by the commitment's key
   */
  public CommitmentShare {
    Objects.requireNonNull(commitment, "commitment");
    Objects.requireNonNull(lotShare, "lotShare");
  }
}
