/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.assembly;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Civil Code art. 3.87 §7: nobody holds more than three proxies, unless their own votes plus their
 * principals' are at most 10% of all the votes of the building; the syndic holds none. The first
 * three proxies (in attendance order) are kept, the others refused. Immutable.
 */
public record BelgianProxyLimits() implements ProxyPolicy {
  /** The number of proxies anyone may hold. */
  public static final int MAX_PROXIES = 3;
  /** The share of all votes under which a holder may hold more (10%). */
  public static final BigDecimal EXCEPTION_SHARE = new BigDecimal("0.1");

  @Override
  public List<ProxyRefusal> review(ProxyHolding holding) {
    int n = holding.principalVotes().size();
    if (holding.isSyndic()) {
      return Collections.nCopies(n, ProxyRefusal.SYNDIC_CANNOT_HOLD_PROXY);
    }
    List<ProxyRefusal> result = new ArrayList<>(Collections.nCopies(n, (ProxyRefusal) null));
    if (n > MAX_PROXIES && !withinTenPercent(holding)) {
      for (int i = MAX_PROXIES; i < n; i++) {
        result.set(i, ProxyRefusal.TOO_MANY_PROXIES);
      }
    }
    return result;
  }

  private static boolean withinTenPercent(ProxyHolding holding) {
    return holding.totalVotes().compareTo(holding.allVotes().multiply(EXCEPTION_SHARE)) <= 0;
  }
}
