/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.assembly;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The result of an assembly's votes: its quorum, the proxies refused, and every resolution's
 * count in the order voted.
 *
 * @param quorum the quorum
 * @param rejectedProxies the refused proxies, per holder in attendance order
 * @param resolutions each resolution's count, in order
 */
public record AssemblyResult(
    Quorum quorum, List<RejectedProxy> rejectedProxies, Map<ResolutionId, VoteCount> resolutions) {
  /**
   * Copies the lists and keeps the resolutions' order.
   *
   * @param quorum the quorum
   * @param rejectedProxies the refused proxies, per holder in attendance order
   * @param resolutions each resolution's count, in order
   */
  public AssemblyResult {
    Objects.requireNonNull(quorum, "quorum");
    rejectedProxies = List.copyOf(rejectedProxies);
    resolutions = Collections.unmodifiableMap(new LinkedHashMap<>(resolutions));
  }
}
