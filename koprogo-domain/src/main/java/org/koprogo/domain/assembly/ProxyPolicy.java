/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.assembly;

import java.util.List;

/** Which proxies a holder may use. */
public interface ProxyPolicy {
  /**
   * The refusal of each of the holder's proxies, in the holding's order: null for a proxy kept.
   *
   * @param holding the holder's votes and their principals', in attendance order
   * @return one refusal or null per proxy
   */
  List<ProxyRefusal> review(ProxyHolding holding);
}
