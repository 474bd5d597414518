/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.charges;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.koprogo.domain.building.LotId;
import org.koprogo.domain.shared.ErrorCode;
import org.koprogo.domain.shared.KoproGoException;
import org.koprogo.domain.shared.Money;

class CompiledKeyTest {
  private static final LotId A = LotId.of("A");
  private static final LotId B = LotId.of("B");
  private static final LotId C = LotId.of("C");

  @Test
  void splitsACompositeKeyOnceOverTheExactQuotas() {
    CompiledKey key =
        ChargeDistribution.compile(
            List.of(A, B, C),
            List.of(
                new KeyShare(new BigDecimal("30"), key("shares", A, "1", B, "1", C, "1")),
                new KeyShare(new BigDecimal("70"), key("meters", A, "1", B, "2"))));

    long[] parts = key.split(100);

    // quotas: A 10 + 70/3 = 33.33.., B 10 + 140/3 = 56.66.., C 10: the one missing unit to B.
    assertThat(parts).containsExactly(33, 57, 10);
  }

  @Test
  void givesTheSameResultWhenWeightsDoNotFitIn64Bits() {
    Map<LotId, BigDecimal> huge = new LinkedHashMap<>();
    huge.put(A, new BigDecimal("100000000000000000000000000001"));
    huge.put(B, new BigDecimal("200000000000000000000000000001"));
    CompiledKey key = ChargeDistribution.compile(List.of(A, B, C), new DistributionKey("huge", huge));

    long[] parts = key.split(-1_000);

    assertThat(parts)
        .containsExactly(
            CompiledKeyProperties.definition(
                new CompiledKeyProperties.Fixture(
                    List.of(A, B, C), List.of(new KeyShare(BigDecimal.ONE, key.keys().get(0).key()))),
                -1_000));
    assertThat(parts).containsExactly(-333, -667, 0);
  }

  @Test
  void givesTheSameResultWhenTheAmountTimesAWeightOverflows() {
    CompiledKey key =
        ChargeDistribution.compile(
            List.of(A, B), new DistributionKey("big", Map.of(A, new BigDecimal("3"), B, new BigDecimal("1000000007"))));

    long[] parts = key.split(Long.MAX_VALUE);

    assertThat(parts[0] + parts[1]).isEqualTo(Long.MAX_VALUE);
    assertThat(parts[0]).isEqualTo(27_670_115_834L);
  }

  @Test
  void dividesExactlyWhereTheMultiplyHighQuotientIsOneShort() {
    // Weights adding up to 1,000,000,007; the fourth product T * w is close to 2^63, where the
    // quotient by the inverse is one short and the lot's true remainder still earns a unit.
    LotId d = LotId.of("D");
    CompiledKey key =
        ChargeDistribution.compile(
            List.of(A, B, C, d),
            key("edge", A, "142814921", B, "215805784", C, "162157922", d, "479221380"));

    long[] parts = key.split(19_186_985_703L);

    assertThat(parts).containsExactly(2_740_187_828L, 4_140_662_463L, 3_111_321_709L, 9_194_813_703L);
  }

  @Test
  void readsWeightsOfNegativeScale() {
    CompiledKey key =
        ChargeDistribution.compile(
            List.of(A, B), key("rounded", A, "1E+1", B, "5"));

    long[] parts = key.split(150);

    assertThat(parts).containsExactly(100, 50);
  }

  @Test
  void refusesALotListedTwiceAndAKeyWeighingAnUnlistedLot() {
    DistributionKey shares = key("shares", A, "1", C, "1");

    assertThatThrownBy(() -> ChargeDistribution.compile(List.of(A, B, A), shares))
        .isInstanceOfSatisfying(
            KoproGoException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.DUPLICATE_UNIT));
    assertThatThrownBy(() -> ChargeDistribution.compile(List.of(A, B), shares))
        .isInstanceOfSatisfying(
            KoproGoException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.UNKNOWN_UNIT));
    assertThatThrownBy(() -> ChargeDistribution.compile(List.of(), shares))
        .isInstanceOfSatisfying(
            KoproGoException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.EMPTY_UNITS));
    assertThatThrownBy(() -> ChargeDistribution.compile(List.of(A), List.of()))
        .isInstanceOfSatisfying(
            KoproGoException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.EMPTY_KEYS));
  }

  @Test
  void distributesAMoneyAmountInItsCurrency() {
    CompiledKey key = ChargeDistribution.compile(List.of(A, B), key("shares", A, "1", B, "2"));

    Distribution d = key.distribute(Money.parse("1000", Money.currency("JPY")));

    assertThat(d.amountOf(B)).isEqualTo(Money.parse("667", Money.currency("JPY")));
  }

  private static DistributionKey key(String name, Object... lotsAndWeights) {
    Map<LotId, BigDecimal> weights = new LinkedHashMap<>();
    for (int i = 0; i < lotsAndWeights.length; i += 2) {
      weights.put((LotId) lotsAndWeights[i], new BigDecimal((String) lotsAndWeights[i + 1]));
    }
    return new DistributionKey(name, weights);
  }
}
