/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.assembly;

import java.util.List;

/**
 * Loi du 10 juillet 1965 art. 22 I: nobody receives more than three delegations of vote, unless
 * their own votes plus their principals' are at most 10% of the syndicate's votes; the syndic
 * receives none. The first three (in attendance order) are kept. The rule coincides with the
 * Belgian one, whose implementation it reuses. Immutable.
 */
public record FrenchProxyLimits() implements ProxyPolicy {
  @Override
  public List<ProxyRefusal> review(ProxyHolding holding) {
    return new BelgianProxyLimits().review(holding);
  }
}
