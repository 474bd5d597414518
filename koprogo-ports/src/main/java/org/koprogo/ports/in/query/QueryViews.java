/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.in.query;

import jakarta.annotation.Nullable;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.koprogo.domain.shared.Money;
import org.koprogo.ports.out.Building;
import org.koprogo.ports.out.Expense;
import org.koprogo.ports.out.Lot;
import org.koprogo.ports.out.LedgerEntry;
import org.koprogo.ports.out.Member;
import org.koprogo.ports.out.Organisation;
import org.koprogo.ports.out.Owner;
import org.koprogo.ports.out.PersonalDetails;

/**
 * What the query use cases answer, in the plain values a client shows: an organisation, a
 * building, a lot and its owners' fractions, a distributed expense, an owner, a member, a member's
 * ledger and its entries, a dead letter of the outbox. Amounts and shares are plain decimals
 * (their currency apart), fractions {@code "n/d"}, dates and instants ISO, ids and codes their
 * text. Each is built by a static method from the record a use case returned (null from null);
 * nothing is read or stored. Lots and expenses are mapped by MapStruct's compile-time generated
 * code, which needs no library at run time.
 */
public final class QueryViews {
  private static final RecordMapping RECORDS = new RecordMappingImpl();

  private QueryViews() {}

  /**
   * An organisation (the tenant).
   *
   * @param id its id
   * @param name its name
   * @param kind what it is (the {@link Organisation.Kind}'s name)
   * @param version the optimistic-lock version
   */
  public record OrganisationView(String id, String name, String kind, long version) {}

  /**
   * A building under co-ownership.
   *
   * @param id its id
   * @param name its name
   * @param address its postal address
   * @param totalShares the declared total of the lots' shares, a plain decimal
   * @param currency the currency its accounts are kept in (ISO 4217)
   * @param version the optimistic-lock version
   */
  public record BuildingView(
      String id, String name, String address, String totalShares, String currency, long version) {}

  /**
   * A co-owner; personal fields are {@code "(erased)"}/empty after a GDPR erasure. {@code language}
   * is the language the owner reads ({@code fr}, {@code nl}, {@code de}, {@code en}), null when
   * unknown.
   *
   * @param id its id
   * @param name the name
   * @param email the email address
   * @param phone the phone number
   * @param postalAddress the postal address
   * @param erasedAt when the personal data was erased, or null
   * @param version the optimistic-lock version
   * @param language the language the owner reads, or null when unknown
   */
  public record OwnerView(
      String id, String name, String email, String phone, String postalAddress,
      @Nullable String erasedAt, long version, @Nullable String language) {}

  /**
   * A member of a cooperative or an association; {@code language} is the language they read
   * ({@code fr}, {@code nl}, {@code de}, {@code en}), null when unknown.
   *
   * @param id its id
   * @param name the name
   * @param email the email address
   * @param phone the phone number
   * @param postalAddress the postal address
   * @param rank the FIFO rank, 0 when not ranked
   * @param status PENDING_KYC, ACTIVE, SUSPENDED or WITHDRAWN
   * @param joinedOn the day membership started
   * @param erasedAt when the personal data was erased, or null
   * @param version the optimistic-lock version
   * @param language the language the member reads, or null when unknown
   */
  public record MemberView(
      String id, String name, String email, String phone, String postalAddress, int rank,
      String status, String joinedOn, @Nullable String erasedAt, long version, @Nullable String language) {}

  /**
   * One entry of a member's contribution ledger.
   *
   * @param id its id
   * @param member the member's id
   * @param kind what it records (the {@link LedgerEntry.Kind}'s name)
   * @param amount a plain decimal
   * @param currency the amount's currency
   * @param valueDate the day it counts from
   * @param resolves the entry it confirms, rejects or reverses, or null
   * @param idempotencyKey the caller's key
   * @param reason why (a correction's reason)
   * @param recordedAt when it was recorded
   */
  public record LedgerEntryView(
      String id, String member, String kind, String amount, String currency, String valueDate,
      @Nullable String resolves, String idempotencyKey, String reason, String recordedAt) {}

  /**
   * A member's ledger: the entries and what is owed now (dues and penalties minus confirmed payments).
   *
   * @param member the member's id
   * @param currency the balance's currency
   * @param balance what is owed now, a plain decimal
   * @param entries the page's entries, in recording order
   * @param next the id to ask the next page after, or null on the last page
   */
  public record LedgerView(String member, String currency, String balance,
      List<LedgerEntryView> entries, @Nullable String next) {}

  /**
   * A message of the outbox that could not be delivered.
   *
   * @param id the message's id
   * @param kind what kind of message
   * @param entity what it is about
   * @param event which event caused it
   * @param channel how it was to leave
   * @param attempts how many times it was tried
   * @param createdAt when it was queued
   * @param lastError the last failure's reason, or null
   */
  public record DeadLetterView(
      String id, String kind, String entity, String event, String channel, int attempts,
      String createdAt, @Nullable String lastError) {}

  /**
   * A lot with its shares in the common parts and its owners.
   *
   * @param id its id
   * @param building its building's id
   * @param label its name in the basic deed ("A1", "cellar 3")
   * @param shares its shares in the common parts, a plain decimal
   * @param ownerships who owns it and for which fraction, empty while unknown
   * @param version the optimistic-lock version
   */
  public record LotView(
      String id, String building, String label, String shares, List<OwnershipView> ownerships,
      long version) {}

  /**
   * One owner's fraction of a lot.
   *
   * @param owner the owner's id
   * @param fraction their exact fraction of the lot ({@code "1"}, {@code "1/2"})
   */
  public record OwnershipView(String owner, String fraction) {}

  /**
   * A distributed expense: every lot's part, adding up to the amount.
   *
   * @param id its id
   * @param building its building's id
   * @param label what it pays for
   * @param amount a plain decimal, negative for a credit note
   * @param currency the amount's currency (ISO 4217)
   * @param bookedOn the accounting date
   * @param key the distribution key's name ("general", "elevator", a composite key's description)
   * @param allocations every lot's part, a plain decimal by lot id, in the stored order
   * @param version the optimistic-lock version
   */
  public record ExpenseView(
      String id, String building, String label, String amount, String currency, String bookedOn,
      String key, Map<String, String> allocations, long version) {}

  /**
   * An organisation as a client sees it.
   *
   * @param organisation the organisation, or null
   * @return its view, null for null
   */
  public static OrganisationView organisation(Organisation organisation) {
    return organisation == null ? null : new OrganisationView(organisation.id().value(), organisation.name(),
        organisation.kind().name(), organisation.version());
  }

  /**
   * A building as a client sees it.
   *
   * @param building the building, or null
   * @return its view, null for null
   */
  public static BuildingView building(Building building) {
    return building == null ? null : new BuildingView(building.id().value(), building.name(), building.address(),
        building.totalShares().toPlainString(), building.currency().getCurrencyCode(), building.version());
  }

  /**
   * Buildings as a client sees them.
   *
   * @param buildings the buildings, or null
   * @return their views in the same order, null for null
   */
  public static List<BuildingView> buildings(List<Building> buildings) {
    return all(buildings, QueryViews::building);
  }

  /**
   * A lot as a client sees it.
   *
   * @param lot the lot, or null
   * @return its view, null for null
   */
  public static LotView lot(Lot lot) {
    return RECORDS.lot(lot);
  }

  /**
   * Lots as a client sees them.
   *
   * @param lots the lots, or null
   * @return their views in the same order, null for null
   */
  public static List<LotView> lots(List<Lot> lots) {
    return RECORDS.lots(lots);
  }

  /**
   * An expense as a client sees it.
   *
   * @param expense the expense, or null
   * @return its view, null for null
   */
  public static ExpenseView expense(Expense expense) {
    return RECORDS.expense(expense);
  }

  /**
   * Expenses as a client sees them.
   *
   * @param expenses the expenses, or null
   * @return their views in the same order, null for null
   */
  public static List<ExpenseView> expenses(List<Expense> expenses) {
    return RECORDS.expenses(expenses);
  }

  /**
   * An owner as a client sees them.
   *
   * @param owner the owner, or null
   * @return their view, null for null
   */
  public static OwnerView owner(Owner owner) {
    if (owner == null) {
      return null;
    }
    PersonalDetails details = owner.details();
    return new OwnerView(owner.id().value(), details.name(), details.email(), details.phone(),
        details.postalAddress(), text(owner.erasedAt()), owner.version(),
        details.language() == null ? null : details.language().code());
  }

  /**
   * Owners as a client sees them.
   *
   * @param owners the owners, or null
   * @return their views in the same order, null for null
   */
  public static List<OwnerView> owners(List<Owner> owners) {
    return all(owners, QueryViews::owner);
  }

  /**
   * A member as a client sees them.
   *
   * @param member the member, or null
   * @return their view, null for null
   */
  public static MemberView member(Member member) {
    if (member == null) {
      return null;
    }
    PersonalDetails details = member.details();
    return new MemberView(member.id().value(), details.name(), details.email(), details.phone(),
        details.postalAddress(), member.rank(), member.status().name(), member.joinedOn().toString(),
        text(member.erasedAt()), member.version(), details.language() == null ? null : details.language().code());
  }

  /**
   * Members as a client sees them.
   *
   * @param members the members, or null
   * @return their views in the same order, null for null
   */
  public static List<MemberView> members(List<Member> members) {
    return all(members, QueryViews::member);
  }

  /**
   * A ledger entry as a client sees it.
   *
   * @param entry the entry, or null
   * @return its view, null for null
   */
  public static LedgerEntryView ledgerEntry(LedgerEntry entry) {
    if (entry == null) {
      return null;
    }
    Money amount = entry.amount();
    return new LedgerEntryView(entry.id().value(), entry.member().value(), entry.kind().name(),
        amount.toPlainString(), amount.currency().getCurrencyCode(), entry.valueDate().toString(),
        entry.resolves() == null ? null : entry.resolves().value(), entry.idempotencyKey(), entry.reason(),
        entry.recordedAt().toString());
  }

  /**
   * A page of a member's ledger as a client sees it.
   *
   * @param page the page, or null
   * @return its view, null for null
   */
  public static LedgerView ledger(ReadMemberLedger.LedgerPage page) {
    return page == null ? null : new LedgerView(page.member(), page.currency().getCurrencyCode(),
        page.balance().toPlainString(), all(page.entries(), QueryViews::ledgerEntry), page.next());
  }

  /**
   * A dead letter as a client sees it.
   *
   * @param letter the dead letter, or null
   * @return its view, null for null
   */
  public static DeadLetterView deadLetter(KeepDeadLetters.DeadLetter letter) {
    return letter == null ? null : new DeadLetterView(letter.id(), letter.kind(), letter.entity(), letter.event(),
        letter.channel(), letter.attempts(), text(letter.createdAt()), letter.lastError());
  }

  /**
   * Dead letters as a client sees them.
   *
   * @param letters the dead letters, or null
   * @return their views in the same order, null for null
   */
  public static List<DeadLetterView> deadLetters(List<KeepDeadLetters.DeadLetter> letters) {
    return all(letters, QueryViews::deadLetter);
  }

  private static <T, V> List<V> all(List<T> records, Function<T, V> view) {
    return records == null ? null : records.stream().map(view).toList();
  }

  private static String text(Instant instant) {
    return instant == null ? null : instant.toString();
  }
}
