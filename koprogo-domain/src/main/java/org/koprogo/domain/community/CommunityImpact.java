/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.community;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import org.koprogo.domain.community.exchange.Exchange;
import org.koprogo.domain.community.exchange.ExchangeStatus;
import org.koprogo.domain.community.exchange.TimeBank;
import org.koprogo.domain.community.exchange.TimeCredits;
import org.koprogo.domain.community.lending.LendingCalendar;
import org.koprogo.domain.community.lending.Loan;
import org.koprogo.domain.community.lending.LoanStatus;

/**
 * The figures the association reports about its community modules, computed from the data,
 * never estimated: completed exchanges, hours exchanged, objects shared (listed for lending),
 * loans made (handed over or returned).
 *
 * @param exchangesCompleted completed exchanges
 * @param hoursExchanged credits moved by them
 * @param objectsShared objects listed for lending
 * @param loansMade loans handed over (returned or not)
 */
public record CommunityImpact(long exchangesCompleted, TimeCredits hoursExchanged, long objectsShared, long loansMade) {
  /** No activity at all: the sum of no building. */
  public static final CommunityImpact NONE = new CommunityImpact(0, TimeCredits.ZERO, 0, 0);

  /**
   * A building's figures.
   *
   * @param bank the building's time bank, or null when the module was never used
   * @param lending the building's lending calendar, or null when the module was never used
   * @return the figures
   */
  public static CommunityImpact of(TimeBank bank, LendingCalendar lending) {
    long done = 0;
    TimeCredits hours = TimeCredits.ZERO;
    if (bank != null) {
      for (Exchange e : bank.exchanges()) {
        if (e.status() == ExchangeStatus.DONE) {
          done++;
          hours = hours.plus(e.duration());
        }
      }
    }
    long objects = 0;
    long loans = 0;
    if (lending != null) {
      Set<String> listed = new HashSet<>();
      lending.objects().forEach(o -> listed.add(o.id()));
      objects = listed.size();
      for (Loan l : lending.loans()) {
        if (l.status() == LoanStatus.HANDED_OVER || l.status() == LoanStatus.RETURNED) {
          loans++;
        }
      }
    }
    return new CommunityImpact(done, hours, objects, loans);
  }

  /**
   * Across buildings: the sum of each building's figures.
   *
   * @param buildings each building's figures
   * @return the sum
   */
  public static CommunityImpact across(Collection<CommunityImpact> buildings) {
    CommunityImpact total = NONE;
    for (CommunityImpact b : buildings) {
      total = total.plus(b);
    }
    return total;
  }

  /**
   * The sum of this building's figures and {@code o}'s.
   *
   * @param o another building's figures
   * @return the sum
   */
  public CommunityImpact plus(CommunityImpact o) {
    return new CommunityImpact(
        exchangesCompleted + o.exchangesCompleted, hoursExchanged.plus(o.hoursExchanged),
        objectsShared + o.objectsShared, loansMade + o.loansMade);
  }
}
