/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.coop;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Currency;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.koprogo.domain.building.LotId;
import org.koprogo.domain.shared.ErrorCode;
import org.koprogo.domain.shared.KoproGoException;

/**
 * Everything an allocation round looks at: the cut-off, the members taking part, the lots on
 * offer and the contribution ledger (dues, penalties, payments) in one currency. Immutable.
 *
 * <p>Validated here: {@code DUPLICATE_MEMBER}, {@code DUPLICATE_RANK}, {@code DUPLICATE_LOT},
 * {@code UNKNOWN_LOT} (a preference naming no lot of the round). Ledger entries naming someone
 * else ({@code UNKNOWN_MEMBER}) are refused when the ledger is aggregated, in the same single
 * pass.
 *
 * @param cutoff the date at which eligibility and standings are assessed
 * @param currency the currency of every amount of the round
 * @param applicants the members applying, each with a distinct rank
 * @param lots the lots of the round, available or not
 * @param dues the contributions owed, read up to the cut-off
 * @param penalties the penalties charged, read up to the cut-off
 * @param payments the payments made, read up to the cut-off
 */
public record AllocationRound(
    LocalDate cutoff,
    Currency currency,
    List<Applicant> applicants,
    List<OfferedLot> lots,
    List<Due> dues,
    List<Penalty> penalties,
    List<Payment> payments) {

  /**
   * Checks the round.
   *
   * @param cutoff the date at which eligibility and standings are assessed
   * @param currency the currency of every amount of the round
   * @param applicants the members applying, each with a distinct rank
   * @param lots the lots of the round, available or not
   * @param dues the contributions owed, read up to the cut-off
   * @param penalties the penalties charged, read up to the cut-off
   * @param payments the payments made, read up to the cut-off
   * @throws KoproGoException {@code DUPLICATE_MEMBER} for a member listed twice, {@code
   *     DUPLICATE_RANK} for two members with the same rank, {@code DUPLICATE_LOT} for a lot listed
   *     twice, {@code UNKNOWN_LOT} for a preference naming no lot of the round
   */
  public AllocationRound {
    Objects.requireNonNull(cutoff, "cutoff");
    Objects.requireNonNull(currency, "currency");
    applicants = List.copyOf(applicants);
    lots = List.copyOf(lots);
    dues = List.copyOf(dues);
    penalties = List.copyOf(penalties);
    payments = List.copyOf(payments);
    Set<MemberId> ids = new HashSet<>();
    Map<Rank, MemberId> ranks = new HashMap<>();
    for (int i = 0; i < applicants.size(); i++) {
      Applicant a = applicants.get(i);
      if (!ids.add(a.id())) {
        throw KoproGoException.of(
            ErrorCode.DUPLICATE_MEMBER, "member '" + a.id() + "' is listed twice",
            "field", "members[" + i + "].id", "value", a.id().value());
      }
      MemberId holder = ranks.putIfAbsent(a.rank(), a.id());
      if (holder != null) {
        throw KoproGoException.of(
            ErrorCode.DUPLICATE_RANK,
            "rank " + a.rank().value() + " of '" + a.id() + "' is already held by '" + holder + "'",
            "field", "members[" + i + "].rank", "value", a.rank().value());
      }
    }
    Set<LotId> lotIds = new HashSet<>();
    for (int i = 0; i < lots.size(); i++) {
      LotId id = lots.get(i).id();
      if (!lotIds.add(id)) {
        throw KoproGoException.of(
            ErrorCode.DUPLICATE_LOT, "lot '" + id + "' is listed twice",
            "field", "lots[" + i + "].id", "value", id.value());
      }
    }
    for (int i = 0; i < applicants.size(); i++) {
      List<LotId> prefs = applicants.get(i).preferences();
      for (int k = 0; k < prefs.size(); k++) {
        if (!lotIds.contains(prefs.get(k))) {
          String field = "members[" + i + "].preferences[" + k + "]";
          throw KoproGoException.of(
              ErrorCode.UNKNOWN_LOT, "'" + prefs.get(k) + "' in " + field + " is not a lot of the round",
              "field", field, "value", prefs.get(k).value());
        }
      }
    }
  }

  /**
   * A round whose ledger is given as each member's sums at the cut-off ({@link LedgerSums}, as a
   * store's running summary gives them) instead of every entry: each member's sums become at most
   * one due, one penalty, one CONFIRMED and one PENDING payment dated on the cut-off, which add
   * up to the same {@link Standing} as the entries they sum, so {@link FifoAllocation} decides
   * exactly as it would over the whole ledger, at a cost that follows the members, not the
   * ledger's history.
   *
   * @param cutoff the cut-off
   * @param currency the round's currency
   * @param applicants the members taking part
   * @param lots the lots on offer
   * @param sums the members' sums at the cut-off (a member without sums owes and paid nothing)
   * @return the round
   * @throws KoproGoException as the canonical constructor; {@code CURRENCY_MISMATCH} for sums in
   *     another currency (when the round is allocated)
   */
  public static AllocationRound ofSums(LocalDate cutoff, Currency currency, List<Applicant> applicants,
      List<OfferedLot> lots, Collection<LedgerSums> sums) {
    Objects.requireNonNull(cutoff, "cutoff");
    List<Due> dues = new ArrayList<>();
    List<Penalty> penalties = new ArrayList<>();
    List<Payment> payments = new ArrayList<>();
    for (LedgerSums s : sums) {
      s.appendAt(cutoff, dues, penalties, payments);
    }
    return new AllocationRound(cutoff, currency, applicants, lots, dues, penalties, payments);
  }

  /**
   * The ids of the members taking part, in order.
   *
   * @return the members' ids
   */
  public List<MemberId> memberIds() {
    List<MemberId> result = new ArrayList<>(applicants.size());
    for (Applicant a : applicants) {
      result.add(a.id());
    }
    return result;
  }
}
