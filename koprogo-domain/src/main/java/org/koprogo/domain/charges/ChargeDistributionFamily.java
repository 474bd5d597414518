/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.charges;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
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
 * The {@code charge-distribution} family of RULES.md: one expense over the units of a building,
 * by {@code weights} (one key) or {@code keys} (a composite key; used when both are given).
 */
public final class ChargeDistributionFamily implements RuleFamily {
  /**
   * Creates the family; {@link org.koprogo.domain.calculation.RuleFamilies} holds the one
   * instance the library uses.
   */
  public ChargeDistributionFamily() {}

  @Override
  public String name() {
    return "charge-distribution";
  }

  @Override
  public Map<String, Object> evaluate(CalculationInput input) {
    Currency currency = input.currency();
    Money amount = input.money("amount", currency);
    List<LotId> units = units(input);
    Set<String> known = new HashSet<>();
    for (LotId u : units) {
      known.add(u.value());
    }
    List<KeyShare> keys = new ArrayList<>();
    if (input.has("keys")) {
      List<CalculationInput> parts = input.objects("keys");
      if (parts.isEmpty()) {
        throw KoproGoException.of(ErrorCode.EMPTY_KEYS, "keys is empty", "field", "keys");
      }
      for (int k = 0; k < parts.size(); k++) {
        CalculationInput part = parts.get(k);
        BigDecimal share = part.decimal("share");
        if (share.signum() <= 0) {
          throw KoproGoException.of(
              ErrorCode.NONPOSITIVE_SHARE,
              "share " + share.toPlainString() + " of " + part.pathOf("share") + " is not positive",
              "field", part.pathOf("share"), "value", share.toPlainString());
        }
        keys.add(new KeyShare(share, key(part, "weights", "keys[" + k + "]", known)));
      }
      if (input.has("weights")) {
        // keys is used; the weights given beside it are still validated (RULES.md version 2)
        key(input, "weights", "weights", known);
      }
    } else {
      keys.add(new KeyShare(BigDecimal.ONE, key(input, "weights", "weights", known)));
    }
    Distribution distribution = ChargeDistribution.distribute(amount, units, keys);
    Map<String, Object> allocations = new LinkedHashMap<>();
    distribution.allocations().forEach((lot, money) -> allocations.put(lot.value(), money.toPlainString()));
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("allocations", allocations);
    return result;
  }

  private static List<LotId> units(CalculationInput input) {
    List<String> ids = input.strings("units");
    if (ids.isEmpty()) {
      throw KoproGoException.of(ErrorCode.EMPTY_UNITS, "units is empty", "field", "units");
    }
    List<LotId> units = new ArrayList<>(ids.size());
    Set<String> seen = new HashSet<>();
    for (String id : ids) {
      if (!seen.add(id)) {
        throw KoproGoException.of(
            ErrorCode.DUPLICATE_UNIT, "unit '" + id + "' is listed twice", "field", "units",
            "value", id);
      }
      if (id.isBlank()) {
        throw KoproGoException.of(
            ErrorCode.INVALID_FIELD, "a unit id is not blank", "field", "units", "value", id);
      }
      units.add(LotId.of(id));
    }
    return units;
  }

  private static DistributionKey key(
      CalculationInput owner, String field, String name, Set<String> known) {
    Map<String, Object> raw = owner.map(field);
    Map<LotId, BigDecimal> weights = new LinkedHashMap<>();
    BigDecimal total = BigDecimal.ZERO;
    for (Map.Entry<String, Object> e : raw.entrySet()) {
      String unit = e.getKey();
      if (!known.contains(unit)) {
        throw KoproGoException.of(
            ErrorCode.UNKNOWN_UNIT,
            "'" + unit + "' in " + owner.pathOf(field) + " is not one of the units",
            "field", owner.pathOf(field) + "." + unit, "value", unit);
      }
      BigDecimal w = owner.decimalEntry(field, unit, e.getValue());
      if (w.signum() < 0) {
        throw KoproGoException.of(
            ErrorCode.NEGATIVE_WEIGHT,
            "weight " + w.toPlainString() + " of unit '" + unit + "' is negative",
            "field", owner.pathOf(field) + "." + unit, "value", w.toPlainString());
      }
      weights.put(LotId.of(unit), w);
      total = total.add(w);
    }
    if (total.signum() == 0) {
      throw KoproGoException.of(
          ErrorCode.ZERO_TOTAL_WEIGHT, "every weight of " + owner.pathOf(field) + " is zero",
          "field", owner.pathOf(field));
    }
    return new DistributionKey(name, weights);
  }
}
