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
 * NEGATIVE_RATE} (for every method when a rate is given), {@code NONPOSITIVE_INDEX}.
 */
public final class IndexationFamily implements RuleFamily {
  /**
   * Creates the family; {@link org.koprogo.domain.calculation.RuleFamilies} holds the one
   * instance the library uses.
   */
  public IndexationFamily() {}

  @Override
  public String name() {
    return "indexation";
  }

  @Override
  public Map<String, Object> evaluate(CalculationInput input) {
    Currency currency = input.currency();
    Money base = input.money("base", currency);
    Indexation.checkBase(base);
    IndexationMethod method = IndexationMethod.parse(input.choice("method"));
    int periods;
    List<String> texts = List.of();
    if (method == IndexationMethod.INDEX) {
      texts = input.decimalTexts("indices");
      if (texts.isEmpty()) {
        throw KoproGoException.of(
            ErrorCode.INVALID_TERM, "indices is empty: an index-linked plan needs index values",
            "field", "indices");
      }
      if (input.has("periods")) {
        long given = input.integer("periods", ErrorCode.INVALID_TERM);
        if (given != texts.size()) {
          throw KoproGoException.of(
              ErrorCode.INVALID_TERM,
              "periods " + given + " does not match the " + texts.size() + " index values",
              "field", "periods", "value", given);
        }
      }
      periods = texts.size();
    } else {
      long given = input.integer("periods", ErrorCode.INVALID_TERM);
      if (given < 1 || given > Indexation.MAX_PERIODS) {
        throw KoproGoException.of(
            ErrorCode.INVALID_TERM, "periods must be at least 1, got " + given,
            "field", "periods", "value", given);
      }
      periods = (int) given;
    }
    BigDecimal ratePercent = input.decimal("ratePercent", BigDecimal.ZERO);
    if (method != IndexationMethod.INDEX && input.has("indices")) {
      // every field given is validated (RULES.md version 2), even one the method does not use
      List<String> unused = input.decimalTexts("indices");
      for (int i = 0; i < unused.size(); i++) {
        Indexation.checkIndex(
            Decimals.parse(unused.get(i), input.pathOf("indices[" + i + "]")), i);
      }
    }
    Indexation rule =
        switch (method) {
          case FIXED -> new Indexation(IndexationMethod.FIXED, ratePercent, List.of());
          case LINEAR -> Indexation.linear(ratePercent);
          case COMPOUND -> Indexation.compound(ratePercent);
          case INDEX -> {
            // the rate plays no part in an index-linked plan, but a given one must be valid
            Indexation.checkRate(ratePercent);
            List<BigDecimal> indices = new ArrayList<>(texts.size());
            for (int i = 0; i < texts.size(); i++) {
              indices.add(Decimals.parse(texts.get(i), input.pathOf("indices[" + i + "]")));
            }
            yield Indexation.indexLinked(indices);
          }
        };
    IndexedInstallments result = rule.installments(base, periods);
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
