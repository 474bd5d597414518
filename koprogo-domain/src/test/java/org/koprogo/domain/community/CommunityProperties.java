/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.community;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.koprogo.domain.community.exchange.ExchangeId;
import org.koprogo.domain.community.exchange.TimeBank;
import org.koprogo.domain.community.exchange.TimeCredits;
import org.koprogo.domain.community.lending.Condition;
import org.koprogo.domain.community.lending.LendableObject;
import org.koprogo.domain.community.lending.LendingCalendar;
import org.koprogo.domain.community.lending.Loan;
import org.koprogo.domain.shared.KoproGoException;

/** Invariants of the community modules. */
class CommunityProperties {
  private static final Instant T = Instant.parse("2026-01-01T00:00:00Z");

  /** Random scripts of exchange actions (each step: kind, exchange, actor, minutes). */
  @Test
  void balancesAlwaysAddUpToZero() {
    qt().forAll(lists().of(integers().between(0, 99_999)).ofSizeBetween(1, 200), integers().between(-600, 0))
        .check((steps, floor) -> {
          TimeBank bank = new TimeBank(CommunityFixtures.allOn(), TimeCredits.ofMinutes(floor));
          for (int s : steps) {
            int kind = s % 5;
            ExchangeId id = ExchangeId.of("x" + (s / 5) % 12);
            NeighbourId who = NeighbourId.of("n" + (s / 60) % 4);
            try {
              switch (kind) {
                case 0 -> bank.offer(id, who, "s", TimeCredits.ofMinutes(15 + (s % 7) * 15), T);
                case 1 -> bank.request(id, who, "s", TimeCredits.ofMinutes(30 + (s % 3) * 30), T);
                case 2 -> bank.accept(id, who, T);
                case 3 -> bank.confirm(id, who, T);
                default -> bank.cancel(id, who, T);
              }
            } catch (KoproGoException refused) {
              // refused actions change nothing
            }
            long sum = bank.balances().values().stream().mapToLong(TimeCredits::minutes).sum();
            boolean aboveFloor = bank.balances().values().stream().allMatch(b -> b.minutes() >= floor);
            if (sum != 0 || !aboveFloor) {
              return false;
            }
          }
          return true;
        });
  }

  @Test
  void noTwoLoansOfAnObjectOverlapWhateverTheOrderOfRequests() {
    qt().forAll(lists().of(integers().between(0, 9_999_999)).ofSizeBetween(1, 60))
        .check(requests -> {
          LendingCalendar calendar = new LendingCalendar(CommunityFixtures.allOn());
          calendar.list(new LendableObject("o1", NeighbourId.of("owner"), "o1", Condition.GOOD, null));
          calendar.list(new LendableObject("o2", NeighbourId.of("owner"), "o2", Condition.GOOD, null));
          int n = 0;
          for (int r : requests) {
            String object = r % 2 == 0 ? "o1" : "o2";
            LocalDate from = LocalDate.of(2026, 1, 1).plusDays((r / 2) % 120);
            LocalDate until = from.plusDays((r / 240) % 20);
            try {
              calendar.book("l" + n++, object, NeighbourId.of("b" + r % 3), from, until);
            } catch (KoproGoException refused) {
              // overlapping: refused
            }
            if (r % 11 == 0 && !calendar.loans().isEmpty()) {
              try {
                calendar.cancel(calendar.loans().get(r % calendar.loans().size()).id());
              } catch (KoproGoException alreadyCancelled) {
                // fine
              }
            }
          }
          List<Loan> active = new ArrayList<>();
          calendar.loans().stream().filter(l -> l.status().holdsThePeriod()).forEach(active::add);
          for (int i = 0; i < active.size(); i++) {
            for (int j = i + 1; j < active.size(); j++) {
              Loan a = active.get(i);
              Loan b = active.get(j);
              if (a.objectId().equals(b.objectId()) && a.overlaps(b.from(), b.until())) {
                return false;
              }
            }
          }
          return true;
        });
  }
}
