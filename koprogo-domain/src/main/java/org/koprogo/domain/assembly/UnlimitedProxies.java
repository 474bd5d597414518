/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.assembly;

import java.util.Collections;
import java.util.List;

/** Association statutes without a limit: every proxy is kept. Immutable. */
public record UnlimitedProxies() implements ProxyPolicy {
  @Override
  public List<ProxyRefusal> review(ProxyHolding holding) {
    return Collections.nCopies(holding.principalVotes().size(), null);
  }
}
