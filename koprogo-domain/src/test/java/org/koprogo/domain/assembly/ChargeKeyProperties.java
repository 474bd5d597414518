/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.assembly;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.koprogo.domain.assembly.AssemblyFixtures.RandomAssembly;
import org.koprogo.domain.building.OwnerId;
import org.koprogo.domain.shared.Fraction;
import org.quicktheories.core.Gen;

/** Civil Code art. 3.87 §6: a vote on a charge borne by some owners, with their parts as votes. */
class ChargeKeyProperties {
  private static final Majority[] MAJORITIES = Majority.values();

  private static Gen<RandomAssembly> assemblies() {
    return longs().all().zip(integers().between(0, MAJORITIES.length - 1),
        (seed, m) -> RandomAssembly.of(seed, BelgianCoOwnershipRules.standard(), MAJORITIES[m]));
  }

  @Test
  void aKeyThatIsEveryOwnersSharesCountsAsTheVoteOfAllOwners() {
    qt().withExamples(400).forAll(assemblies())
        .checkAssert(a -> {
          Map<OwnerId, BigDecimal> key = new LinkedHashMap<>();
          for (Owner o : a.owners()) {
            key.put(o.id(), o.shares());
          }

          VoteCount plain = a.count();
          VoteCount keyed = a.with(a.resolution().concerning(key)).count();

          assertThat(keyed.outcome()).isEqualTo(plain.outcome());
          assertThat(keyed.forVotes()).isEqualTo(plain.forVotes());
          assertThat(keyed.against()).isEqualTo(plain.against());
          assertThat(keyed.abstained()).isEqualTo(plain.abstained());
          assertThat(keyed.capped()).isEqualTo(plain.capped());
        });
  }

  @Test
  void scalingEveryPartScalesTheVotesAndKeepsTheOutcome() {
    qt().withExamples(300).forAll(assemblies(), longs().all(), integers().between(2, 1_000))
        .checkAssert((a, seed, factor) -> {
          Map<OwnerId, BigDecimal> key = randomKey(a, seed);
          Map<OwnerId, BigDecimal> scaled = new LinkedHashMap<>();
          key.forEach((o, w) -> scaled.put(o, w.multiply(BigDecimal.valueOf(factor))));
          RandomAssembly keyed = concerning(a, key);
          RandomAssembly bigger = concerning(a, scaled);

          VoteCount before = keyed.count();
          VoteCount after = bigger.count();

          Fraction k = Fraction.of(factor);
          assertThat(after.outcome()).isEqualTo(before.outcome());
          assertThat(after.forVotes()).isEqualTo(before.forVotes().times(k));
          assertThat(after.against()).isEqualTo(before.against().times(k));
          assertThat(after.abstained()).isEqualTo(before.abstained().times(k));
          assertThat(after.capped()).isEqualTo(before.capped());
        });
  }

  @Test
  void aCappedPersonNeverWeighsMoreThanTheOtherBearersOfTheCharge() {
    qt().withExamples(400).forAll(assemblies(), longs().all())
        .checkAssert((a, seed) -> {
          RandomAssembly keyed = concerning(a, randomKey(a, seed));

          VoteCount count = keyed.count();

          for (CappedVoter c : count.cappedVoters()) {
            assertThat(c.votes()).isGreaterThan(c.othersVotes());
            assertThat(c.effectiveVotes().compareTo(Fraction.of(c.othersVotes()))).isZero();
          }
          Fraction cast = count.forVotes().plus(count.against()).plus(count.abstained());
          Fraction bearers = Fraction.ZERO;
          AssemblyTally tally = keyed.tally();
          for (Owner o : keyed.owners()) {
            if (tally.isPresentOrRepresented(o.id())
                && !keyed.resolution().excluded().contains(o.id())) {
              bearers = bearers.plus(Fraction.of(keyed.resolution().partOf(o.id())));
            }
          }
          assertThat(cast.compareTo(bearers)).isLessThanOrEqualTo(0);
        });
  }

  /** A key over some owners (at least one part positive); ballots of non-bearers dropped. */
  private static Map<OwnerId, BigDecimal> randomKey(RandomAssembly a, long seed) {
    Random random = new Random(seed);
    Map<OwnerId, BigDecimal> key = new LinkedHashMap<>();
    for (Owner o : a.owners()) {
      if (random.nextInt(3) != 0) {
        key.put(o.id(), BigDecimal.valueOf(random.nextInt(1_000), random.nextInt(3)));
      }
    }
    Owner first = a.owners().get(random.nextInt(a.owners().size()));
    key.put(first.id(), BigDecimal.valueOf(1 + random.nextInt(1_000)));
    return key;
  }

  private static RandomAssembly concerning(RandomAssembly a, Map<OwnerId, BigDecimal> key) {
    Map<OwnerId, Ballot> ballots = new LinkedHashMap<>();
    a.resolution().ballots().forEach((o, b) -> {
      if (key.getOrDefault(o, BigDecimal.ZERO).signum() > 0) {
        ballots.put(o, b);
      }
    });
    return a.withBallots(ballots).with(a.withBallots(ballots).resolution().concerning(key));
  }
}
