/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.host.api;

import java.util.List;
import java.util.Map;

/**
 * What the API returns for lots and expenses: plain JSON shapes in the domain's language.
 * Amounts, shares and fractions are strings (exact decimals or {@code "1/2"}), dates ISO, ids
 * strings. The organisation, buildings, owners, members, ledgers and dead letters are the
 * library's views ({@code ports.in.query.QueryViews}), the assemblies too ({@code
 * ports.in.assembly.AssemblyViews}).
 */
public final class Views {
  private Views() {}

  /** A lot with its shares in the common parts and its owners. */
  public record LotView(
      String id, String building, String label, String shares, List<OwnershipView> ownerships,
      long version) {}

  /** One owner's fraction of a lot ({@code "1"}, {@code "1/2"}). */
  public record OwnershipView(String owner, String fraction) {}

  /** A distributed expense: every lot's part, adding up to the amount. */
  public record ExpenseView(
      String id, String building, String label, String amount, String currency, String bookedOn,
      String key, Map<String, String> allocations, long version) {}
}
