/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.host.api;

import java.util.List;
import java.util.Map;

/**
 * What the API returns: plain JSON shapes in the domain's language. Amounts, shares and
 * fractions are strings (exact decimals or {@code "1/2"}), dates ISO, ids strings.
 */
public final class Views {
  private Views() {}

  /** An organisation (the tenant). */
  public record OrganisationView(String id, String name, String kind, long version) {}

  /** A building under co-ownership. */
  public record BuildingView(
      String id, String name, String address, String totalShares, String currency, long version) {}

  /** A lot with its shares in the common parts and its owners. */
  public record LotView(
      String id, String building, String label, String shares, List<OwnershipView> ownerships,
      long version) {}

  /** One owner's fraction of a lot ({@code "1"}, {@code "1/2"}). */
  public record OwnershipView(String owner, String fraction) {}

  /**
   * A co-owner; personal fields are {@code "(erased)"}/empty after a GDPR erasure. {@code language}
   * is the language the owner reads ({@code fr}, {@code nl}, {@code de}, {@code en}), null when
   * unknown.
   */
  public record OwnerView(
      String id, String name, String email, String phone, String postalAddress,
      @io.micronaut.core.annotation.Nullable String erasedAt, long version,
      @io.micronaut.core.annotation.Nullable
      @io.swagger.v3.oas.annotations.media.Schema(allowableValues = {"fr", "nl", "de", "en"}) String language) {}

  /** A distributed expense: every lot's part, adding up to the amount. */
  public record ExpenseView(
      String id, String building, String label, String amount, String currency, String bookedOn,
      String key, Map<String, String> allocations, long version) {}

  /** A general assembly and its agenda. */
  public record AssemblyView(
      String id, String building, String heldOn, String session, String rules, String state,
      List<ResolutionView> resolutions, long version) {}

  /** One resolution and, once voted, its outcome. */
  public record ResolutionView(String id, String title, String majority, String outcome) {}

  /**
   * A member of a cooperative or an association; {@code language} is the language they read
   * ({@code fr}, {@code nl}, {@code de}, {@code en}), null when unknown.
   */
  public record MemberView(
      String id, String name, String email, String phone, String postalAddress, int rank,
      String status, String joinedOn, @io.micronaut.core.annotation.Nullable String erasedAt,
      long version,
      @io.micronaut.core.annotation.Nullable
      @io.swagger.v3.oas.annotations.media.Schema(allowableValues = {"fr", "nl", "de", "en"}) String language) {}

  /** One entry of a member's contribution ledger. */
  public record LedgerEntryView(
      String id, String member, String kind, String amount, String currency, String valueDate,
      String resolves, String idempotencyKey, String reason, String recordedAt) {}

  /** A member's ledger: the entries and what is owed now (dues and penalties minus confirmed payments). */
  public record LedgerView(String member, String currency, String balance,
      List<LedgerEntryView> entries, @io.micronaut.core.annotation.Nullable String next) {}

  /** A message of the outbox that could not be delivered. */
  public record DeadLetterView(
      String id, String kind, String entity, String event, String channel, int attempts,
      String createdAt, String lastError) {}
}
