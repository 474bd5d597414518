/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.coop;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.koprogo.domain.building.LotId;
import org.koprogo.domain.calculation.CalculationInput;
import org.koprogo.domain.calculation.RuleFamily;
import org.koprogo.domain.shared.ErrorCode;
import org.koprogo.domain.shared.KoproGoException;
import org.koprogo.domain.shared.Money;

/**
 * The {@code coop-allocation} family of RULES.md: FIFO eligibility and lot allocation of a
 * housing cooperative at a cut-off date, through {@link FifoAllocation}.
 *
 * <p>The input is validated in reading order: cut-off, currency, tolerance, then each member
 * (id, rank, status, preferences), each lot, the preferences against the lots, then dues,
 * penalties and payments, each entry field by field.
 */
public final class CoopAllocationFamily implements RuleFamily {
  /**
   * Creates the family; {@link org.koprogo.domain.calculation.RuleFamilies} holds the one
   * instance the library uses.
   */
  public CoopAllocationFamily() {}

  @Override
  public String name() {
    return "coop-allocation";
  }

  @Override
  public Map<String, Object> evaluate(CalculationInput input) {
    LocalDate cutoff = input.date("cutoff");
    Currency currency = input.currency();
    Money tolerance = input.money("tolerance", currency, Money.zero(currency));
    List<Applicant> applicants = applicants(input);
    Set<MemberId> members = new HashSet<>();
    for (Applicant a : applicants) {
      members.add(a.id());
    }
    List<OfferedLot> lots = lots(input);
    checkPreferences(applicants, lots);

    List<Due> dues = new ArrayList<>();
    for (CalculationInput d : input.optionalObjects("dues")) {
      MemberId member = member(d, members);
      LocalDate date = d.date("dueDate");
      dues.add(new Due(member, date, amount(d, currency)));
    }
    List<Penalty> penalties = new ArrayList<>();
    for (CalculationInput p : input.optionalObjects("penalties")) {
      MemberId member = member(p, members);
      LocalDate date = p.date("date");
      penalties.add(new Penalty(member, date, amount(p, currency)));
    }
    List<Payment> payments = new ArrayList<>();
    for (CalculationInput p : input.optionalObjects("payments")) {
      MemberId member = member(p, members);
      LocalDate date = p.date("valueDate");
      Money amount = p.money("amount", currency);
      if (!amount.isPositive()) {
        throw KoproGoException.of(
            ErrorCode.NONPOSITIVE_PAYMENT,
            "payment " + amount.toPlainString() + " in " + p.pathOf("amount") + " is not positive",
            "field", p.pathOf("amount"), "value", amount.toPlainString());
      }
      PaymentStatus status =
          p.has("status") ? PaymentStatus.parse(statusText(p)) : PaymentStatus.CONFIRMED;
      payments.add(new Payment(member, date, amount, status));
    }

    AllocationRound round =
        new AllocationRound(cutoff, currency, applicants, lots, dues, penalties, payments);
    AllocationPlan plan = FifoAllocation.withTolerance(tolerance).allocate(round);

    Map<String, Object> byMember = new LinkedHashMap<>();
    for (MemberAllocation m : plan.members()) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("eligible", m.eligibility().eligible());
      row.put("reason", m.eligibility().reason().map(Enum::name).orElse(null));
      row.put("arrears", m.eligibility().arrears().toPlainString());
      row.put("lot", m.lot().map(LotId::value).orElse(null));
      row.put("outcome", m.outcome().name());
      byMember.put(m.member().value(), row);
    }
    List<Object> unallocated = new ArrayList<>();
    for (LotId lot : plan.unallocatedLots()) {
      unallocated.add(lot.value());
    }
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("members", byMember);
    result.put("unallocatedLots", unallocated);
    return result;
  }

  private static List<Applicant> applicants(CalculationInput input) {
    List<Applicant> applicants = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    Map<Long, String> ranks = new HashMap<>();
    for (CalculationInput m : input.objects("members")) {
      String id = nonBlank(m, "id");
      if (!ids.add(id)) {
        throw KoproGoException.of(
            ErrorCode.DUPLICATE_MEMBER, "member '" + id + "' is listed twice",
            "field", m.pathOf("id"), "value", id);
      }
      long rank = m.integer("rank", ErrorCode.INVALID_RANK);
      if (rank < 1) {
        throw KoproGoException.of(
            ErrorCode.INVALID_RANK, "rank " + rank + " in " + m.pathOf("rank") + " is below 1",
            "field", m.pathOf("rank"), "value", rank);
      }
      String holder = ranks.putIfAbsent(rank, id);
      if (holder != null) {
        throw KoproGoException.of(
            ErrorCode.DUPLICATE_RANK,
            "rank " + rank + " of '" + id + "' is already held by '" + holder + "'",
            "field", m.pathOf("rank"), "value", rank);
      }
      MemberStatus status = MemberStatus.parse(statusText(m));
      List<LotId> preferences = new ArrayList<>();
      List<String> wanted = m.optionalStrings("preferences");
      for (int k = 0; k < wanted.size(); k++) {
        if (wanted.get(k).isBlank()) {
          throw KoproGoException.of(
              ErrorCode.UNKNOWN_LOT, "a blank preference is not a lot",
              "field", m.pathOf("preferences") + "[" + k + "]", "value", wanted.get(k));
        }
        preferences.add(LotId.of(wanted.get(k)));
      }
      applicants.add(new Applicant(MemberId.of(id), Rank.of(rank), status, preferences));
    }
    return applicants;
  }

  private static List<OfferedLot> lots(CalculationInput input) {
    List<OfferedLot> lots = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (CalculationInput l : input.objects("lots")) {
      String id = nonBlank(l, "id");
      if (!ids.add(id)) {
        throw KoproGoException.of(
            ErrorCode.DUPLICATE_LOT, "lot '" + id + "' is listed twice",
            "field", l.pathOf("id"), "value", id);
      }
      lots.add(new OfferedLot(LotId.of(id), l.bool("available", true)));
    }
    return lots;
  }

  private static void checkPreferences(List<Applicant> applicants, List<OfferedLot> lots) {
    Set<LotId> known = new HashSet<>();
    for (OfferedLot l : lots) {
      known.add(l.id());
    }
    for (int i = 0; i < applicants.size(); i++) {
      List<LotId> prefs = applicants.get(i).preferences();
      for (int k = 0; k < prefs.size(); k++) {
        if (!known.contains(prefs.get(k))) {
          String field = "members[" + i + "].preferences[" + k + "]";
          throw KoproGoException.of(
              ErrorCode.UNKNOWN_LOT, "'" + prefs.get(k) + "' in " + field + " is not a lot",
              "field", field, "value", prefs.get(k).value());
        }
      }
    }
  }

  private static MemberId member(CalculationInput entry, Set<MemberId> members) {
    String id = entry.string("member");
    MemberId member = id.isBlank() ? null : MemberId.of(id);
    if (member == null || !members.contains(member)) {
      throw KoproGoException.of(
          ErrorCode.UNKNOWN_MEMBER, "'" + id + "' in " + entry.pathOf("member") + " is not a member",
          "field", entry.pathOf("member"), "value", id);
    }
    return member;
  }

  private static Money amount(CalculationInput entry, Currency currency) {
    Money amount = entry.money("amount", currency);
    if (amount.isNegative()) {
      throw KoproGoException.of(
          ErrorCode.NEGATIVE_AMOUNT,
          "amount " + amount.toPlainString() + " in " + entry.pathOf("amount") + " is negative",
          "field", entry.pathOf("amount"), "value", amount.toPlainString());
    }
    return amount;
  }

  private static String statusText(CalculationInput entry) {
    Object raw = entry.raw("status");
    if (raw == null) {
      throw KoproGoException.of(
          ErrorCode.MISSING_FIELD, entry.pathOf("status") + " is required", "field", entry.pathOf("status"));
    }
    if (!(raw instanceof String s)) {
      throw KoproGoException.of(
          ErrorCode.INVALID_STATUS, entry.pathOf("status") + " must be a status name, got " + raw,
          "field", entry.pathOf("status"), "value", raw);
    }
    return s;
  }

  private static String nonBlank(CalculationInput entry, String field) {
    String id = entry.string(field);
    if (id.isBlank()) {
      throw KoproGoException.of(
          ErrorCode.INVALID_FIELD, entry.pathOf(field) + " is blank", "field", entry.pathOf(field), "value", id);
    }
    return id;
  }
}
