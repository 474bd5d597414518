/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.application.community;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.koprogo.domain.community.lending.Loan;
import org.koprogo.domain.shared.KoproGoException;
import org.koprogo.ports.application.community.CommunityUseCaseFixtures.World;
import org.koprogo.ports.in.community.LendObjects;
import org.koprogo.ports.in.community.RunLocalExchange;

/** Invariants of the stored modules, over random sequences of use-case calls. */
class CommunityUseCaseProperties {
  private static final String[] PEOPLE = {"anna", "bram", "clara", "chair"};

  @Test
  void storedBalancesAlwaysAddUpToZeroAndStayAboveTheFloor() {
    qt().withExamples(60).forAll(lists().of(integers().between(0, 99_999)).ofSizeBetween(1, 80))
        .check(steps -> {
          World w = CommunityUseCaseFixtures.allOn();
          RunLocalExchange bank = w.useCases().localExchange();
          for (int s : steps) {
            String id = "x" + (s / 5) % 8;
            String who = PEOPLE[(s / 40) % PEOPLE.length];
            try {
              switch (s % 5) {
                case 0 -> bank.propose(new RunLocalExchange.Proposal(CommunityUseCaseFixtures.ORG, "B1", id, who, true, "s", hours(s)));
                case 1 -> bank.propose(new RunLocalExchange.Proposal(CommunityUseCaseFixtures.ORG, "B1", id, who, false, "s", hours(s)));
                case 2 -> bank.accept(new RunLocalExchange.Step(CommunityUseCaseFixtures.ORG, "B1", id, who));
                case 3 -> bank.confirm(new RunLocalExchange.Step(CommunityUseCaseFixtures.ORG, "B1", id, who));
                default -> bank.cancel(new RunLocalExchange.Step(CommunityUseCaseFixtures.ORG, "B1", id, who));
              }
            } catch (KoproGoException refused) {
              // a refused call stores nothing
            }
            Map<String, String> balances = bank.balances(CommunityUseCaseFixtures.REF);
            BigDecimal sum = balances.values().stream().map(BigDecimal::new).reduce(BigDecimal.ZERO, BigDecimal::add);
            boolean aboveFloor = balances.values().stream().allMatch(b -> new BigDecimal(b).compareTo(new BigDecimal("-5")) >= 0);
            if (sum.signum() != 0 || !aboveFloor) {
              return false;
            }
          }
          return true;
        });
  }

  @Test
  void storedLoansNeverOverlapWhateverTheOrderOfRequests() {
    qt().withExamples(60).forAll(lists().of(integers().between(0, 99_999)).ofSizeBetween(1, 60))
        .check(steps -> {
          World w = CommunityUseCaseFixtures.allOn();
          LendObjects lending = w.useCases().lending();
          lending.list(new LendObjects.NewObject(CommunityUseCaseFixtures.ORG, "B1", "drill", "chair", "Drill", "GOOD", null, null, null));
          int n = 0;
          for (int s : steps) {
            LocalDate from = LocalDate.parse("2026-04-01").plusDays(s % 30);
            try {
              if (s % 7 == 0 && n > 0) {
                lending.cancel(new LendObjects.LoanStep(CommunityUseCaseFixtures.ORG, "B1", "l" + (s % n), null));
              } else {
                lending.book(new LendObjects.Booking(
                    CommunityUseCaseFixtures.ORG, "B1", "l" + n++, "drill", PEOPLE[s % 3], from, from.plusDays((s / 30) % 5)));
              }
            } catch (KoproGoException refused) {
              // a refused call stores nothing
            }
          }
          List<Loan> active = lending.loans(CommunityUseCaseFixtures.REF).stream().filter(l -> l.status().holdsThePeriod()).toList();
          for (int i = 0; i < active.size(); i++) {
            for (int j = i + 1; j < active.size(); j++) {
              if (active.get(i).overlaps(active.get(j).from(), active.get(j).until())) {
                return false;
              }
            }
          }
          return true;
        });
  }

  private static String hours(int s) {
    return String.valueOf(1 + s % 3) + (s % 2 == 0 ? ".5" : "");
  }
}
