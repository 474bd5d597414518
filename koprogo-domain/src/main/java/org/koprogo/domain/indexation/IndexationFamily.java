/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.indexation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.koprogo.domain.calculation.CalculationInput;
import org.koprogo.domain.calculation.RuleFamily;
import org.koprogo.domain.shared.Decimals;
import org.koprogo.domain.shared.ErrorCode;
import org.koprogo.domain.shared.KoproGoException;
import org.koprogo.domain.shared.Money;

/**
 * The {@code indexation} family of RULES.md: the installments of a contribution plan (FIXED,
 * LINEAR, COMPOUND or INDEX) and their total.
 *
 * <p>Input: {@code base}, {@code method}, {@code ratePercent} (default 0), {@code periods} (or
 * {@code indices} for INDEX; when both are given for INDEX they must agree). Errors are checked in
 * this order: {@code NEGATIVE_AMOUNT}, {@code UNKNOWN_METHOD}, {@code INVALID_TERM}, {@code
 * NEGATIVE_RATE}, {@code NONPOSITIVE_INDEX}.
 */
public final class IndexationFamily implements RuleFamily {
  @Override
  public String name() {
    return "indexation";
  }

  @Override
  public Map<String, Object> evaluate(CalculationInput input) {
    Currency currency = input.currency();
    Money base = input.money("base", currency);
    Indexation.checkBase(base);
    IndexationMethod method = IndexationMethod.parse(input.string("method"));
    IndexedInstallments result;
    if (method == IndexationMethod.INDEX) {
      List<String> texts = input.strings("indices");
      if (texts.isEmpty()) {
        throw KoproGoException.of(
            ErrorCode.INVALID_TERM, "indices is empty: an index-linked plan needs index values",
            "field", "indices");
      }
      if (input.has("periods")) {
        long periods = input.integer("periods", ErrorCode.INVALID_TERM);
        if (periods != texts.size()) {
          throw KoproGoException.of(
              ErrorCode.INVALID_TERM,
              "periods " + periods + " does not match the " + texts.size() + " index values",
              "field", "periods", "value", periods);
        }
      }
      List<BigDecimal> indices = new ArrayList<>(texts.size());
      for (int i = 0; i < texts.size(); i++) {
        indices.add(Decimals.parse(texts.get(i), input.pathOf("indices[" + i + "]")));
      }
      result = Indexation.indexLinked(indices).installments(base);
    } else {
      long periods = input.integer("periods", ErrorCode.INVALID_TERM);
      if (periods < 1 || periods > Integer.MAX_VALUE) {
        throw KoproGoException.of(
            ErrorCode.INVALID_TERM, "periods must be at least 1, got " + periods,
            "field", "periods", "value", periods);
      }
      BigDecimal ratePercent = input.decimal("ratePercent", BigDecimal.ZERO);
      Indexation rule = switch (method) {
        case FIXED -> new Indexation(IndexationMethod.FIXED, ratePercent, List.of());
        case LINEAR -> Indexation.linear(ratePercent);
        case COMPOUND -> Indexation.compound(ratePercent);
        case INDEX -> throw new IllegalStateException("handled above");
      };
      result = rule.installments(base, (int) periods);
    }
    List<Object> installments = new ArrayList<>(result.installments().size());
    for (Money m : result.installments()) {
      installments.add(m.toPlainString());
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("installments", installments);
    out.put("total", result.total().toPlainString());
    return out;
  }
}
