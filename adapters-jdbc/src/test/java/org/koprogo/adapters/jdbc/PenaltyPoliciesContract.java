/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.adapters.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.koprogo.ports.contract.PortsFixtures.ACME;
import static org.koprogo.ports.contract.PortsFixtures.OTHER;

import java.math.BigDecimal;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.koprogo.domain.building.BuildingId;
import org.koprogo.domain.penalty.AccrualStart;
import org.koprogo.domain.penalty.DayCount;
import org.koprogo.domain.penalty.LatePenaltyPolicy;
import org.koprogo.domain.penalty.LegalInterestRates;
import org.koprogo.domain.penalty.PenaltyRate;
import org.koprogo.domain.penalty.RateSource;
import org.koprogo.domain.shared.ErrorCode;
import org.koprogo.domain.shared.KoproGoException;
import org.koprogo.domain.shared.Money;
import org.koprogo.ports.contract.PortsFixtures;
import org.koprogo.ports.out.BuildingPenaltyPolicy;
import org.koprogo.ports.out.OutPorts;
import org.koprogo.ports.out.PenaltyPolicies;

/** The PenaltyPolicies contract on one database (a subclass per database). */
abstract class PenaltyPoliciesContract {
  private static final BuildingId B1 = BuildingId.of("B1");

  private OutPorts ports;
  private PenaltyPolicies policies;

  abstract TestDatabase database();

  @BeforeEach
  void freshStore() {
    org.koprogo.ports.memory.ManualClock clock = org.koprogo.ports.memory.ManualClock.at(PortsFixtures.T0);
    database().freshPorts(clock);
    JdbcStore store = new JdbcStore(database().dataSource(), clock);
    ports = store.ports();
    policies = new JdbcPenaltyPolicies(store);
    ports.buildings().add(PortsFixtures.building(ACME, "B1"));
  }

  @Test
  void readsBackEveryParameterOfTheStoredPolicy() {
    BuildingPenaltyPolicy stored = policies.add(new BuildingPenaltyPolicy(ACME, B1, everyParameter(), 0));

    assertThat(stored.version()).isEqualTo(1);
    assertThat(policies.find(ACME, B1)).contains(stored);
  }

  @Test
  void readsBackAPolicyWithoutCap() {
    LatePenaltyPolicy plain = LatePenaltyPolicy.simpleInterest(
        PenaltyRate.fromStatutes(new BigDecimal("8"), "art. 18"), Money.EUR);

    BuildingPenaltyPolicy stored = policies.add(new BuildingPenaltyPolicy(ACME, B1, plain, 0));

    assertThat(policies.find(ACME, B1)).contains(stored);
    assertThat(policies.find(ACME, B1).orElseThrow().policy().cap()).isEmpty();
  }

  @Test
  void updatesWithTheVersionReadAndRefusesAStaleOne() {
    BuildingPenaltyPolicy first = policies.add(new BuildingPenaltyPolicy(ACME, B1, everyParameter(), 0));

    BuildingPenaltyPolicy second = policies.update(new BuildingPenaltyPolicy(ACME, B1,
        everyParameter().withGrace(30, AccrualStart.DUE_DATE), first.version()));

    assertThat(second.version()).isEqualTo(2);
    assertThat(policies.find(ACME, B1).orElseThrow().policy().graceDays()).isEqualTo(30);
    assertThatThrownBy(() -> policies.update(first))
        .isInstanceOfSatisfying(KoproGoException.class,
            e -> assertThat(e.code()).isEqualTo(ErrorCode.CONCURRENT_UPDATE));
  }

  @Test
  void refusesASecondFirstPolicyOfTheSameBuilding() {
    policies.add(new BuildingPenaltyPolicy(ACME, B1, everyParameter(), 0));

    assertThatThrownBy(() -> policies.add(new BuildingPenaltyPolicy(ACME, B1, everyParameter(), 0)))
        .isInstanceOfSatisfying(KoproGoException.class,
            e -> assertThat(e.code()).isEqualTo(ErrorCode.CONCURRENT_UPDATE));
  }

  @Test
  void updatingAPolicyNeverStoredIsNotFound() {
    assertThatThrownBy(() -> policies.update(new BuildingPenaltyPolicy(ACME, B1, everyParameter(), 1)))
        .isInstanceOfSatisfying(KoproGoException.class,
            e -> assertThat(e.code()).isEqualTo(ErrorCode.NOT_FOUND));
  }

  @Test
  void anotherOrganisationNeverSeesIt() {
    policies.add(new BuildingPenaltyPolicy(ACME, B1, everyParameter(), 0));

    assertThat(policies.find(OTHER, B1)).isEmpty();
  }

  @Test
  void rollsBackWithTheStoreTransaction() {
    try {
      ports.transactions().run(() -> {
        policies.add(new BuildingPenaltyPolicy(ACME, B1, everyParameter(), 0));
        throw new IllegalStateException("the audit entry failed");
      });
    } catch (IllegalStateException expected) {
      // rolled back
    }

    assertThat(policies.find(ACME, B1)).isEmpty();
  }

  @Test
  void readsBackAPolicyAtTheLegalRate() {
    LatePenaltyPolicy legal = LatePenaltyPolicy.simpleInterest(PenaltyRate.legal(LegalInterestRates.belgium()), Money.EUR)
        .runningUnderStatutes(AccrualStart.DUE_DATE, "art. 19 of the statutes").withGrace(15, AccrualStart.DUE_DATE);

    BuildingPenaltyPolicy stored = policies.add(new BuildingPenaltyPolicy(ACME, B1, legal, 0));

    assertThat(policies.find(ACME, B1)).contains(stored);
    assertThat(policies.find(ACME, B1).orElseThrow().rate().source()).isEqualTo(RateSource.LEGAL_RATE);
    assertThat(policies.find(ACME, B1).orElseThrow().policy().interestRunsUnderStatutes())
        .isEqualTo("art. 19 of the statutes");
  }

  @Test
  void switchesBetweenTheStatutesRateAndTheLegalRate() {
    BuildingPenaltyPolicy first = policies.add(new BuildingPenaltyPolicy(ACME, B1, everyParameter(), 0));
    LatePenaltyPolicy legal = LatePenaltyPolicy.simpleInterest(PenaltyRate.legal(LegalInterestRates.belgium()), Money.EUR);

    BuildingPenaltyPolicy second = policies.update(new BuildingPenaltyPolicy(ACME, B1, legal, first.version()));
    BuildingPenaltyPolicy legalRead = policies.find(ACME, B1).orElseThrow();
    BuildingPenaltyPolicy third = policies.update(new BuildingPenaltyPolicy(ACME, B1, everyParameter(), second.version()));

    assertThat(legalRead).isEqualTo(second);
    assertThat(policies.find(ACME, B1)).contains(third);
    assertThat(third.version()).isEqualTo(3);
  }

  @Test
  void refusesALegalRateOfAnotherTableThanItReadsWith() {
    LatePenaltyPolicy corrected = LatePenaltyPolicy.simpleInterest(
        PenaltyRate.legal(LegalInterestRates.belgium().with(2027, new BigDecimal("4"))), Money.EUR);

    assertThatThrownBy(() -> policies.add(new BuildingPenaltyPolicy(ACME, B1, corrected, 0)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(policies.find(ACME, B1)).isEmpty();
  }

  private static LatePenaltyPolicy everyParameter() {
    return LatePenaltyPolicy.simpleInterest(PenaltyRate.fromStatutes(new BigDecimal("7.25"), "art. 18 §2"), Money.EUR)
        .with(DayCount.ACT_360)
        .withGrace(10, AccrualStart.GRACE_END)
        .withFees(Money.parse("15.00", Money.EUR), Money.parse("25.50", Money.EUR))
        .withCap(new BigDecimal("12.5"));
  }
}
