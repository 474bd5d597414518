/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.host.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.koprogo.domain.building.LotId;
import org.koprogo.domain.building.OwnerId;
import org.koprogo.domain.shared.Fraction;
import org.koprogo.domain.shared.Money;
import org.koprogo.ports.in.query.KeepDeadLetters;
import org.koprogo.ports.in.query.ReadMemberLedger;
import org.koprogo.ports.out.Assembly;
import org.koprogo.ports.out.AssemblyId;
import org.koprogo.ports.out.Building;
import org.koprogo.domain.building.BuildingId;
import org.koprogo.ports.out.Expense;
import org.koprogo.ports.out.ExpenseId;
import org.koprogo.ports.out.LedgerEntry;
import org.koprogo.ports.out.LedgerEntryId;
import org.koprogo.ports.out.Lot;
import org.koprogo.ports.out.Member;
import org.koprogo.ports.out.MemberId;
import org.koprogo.ports.out.Organisation;
import org.koprogo.ports.out.OrganisationId;
import org.koprogo.ports.out.Owner;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.Named;
import org.mapstruct.factory.Mappers;

/**
 * Maps the ports' records to the API's views (MapStruct generates the implementation): typed ids
 * become strings, money its plain decimal text and currency, fractions {@code "n/d"}, personal
 * details flattened.
 */
@Mapper
public interface RecordViews {
  /** The generated mapper (stateless, thread-safe). */
  RecordViews MAP = Mappers.getMapper(RecordViews.class);

  Views.OrganisationView organisation(Organisation organisation);

  Views.BuildingView building(Building building);

  List<Views.BuildingView> buildings(List<Building> buildings);

  Views.LotView lot(Lot lot);

  List<Views.LotView> lots(List<Lot> lots);

  Views.OwnershipView ownership(Lot.Ownership ownership);

  @Mapping(target = "name", source = "details.name")
  @Mapping(target = "email", source = "details.email")
  @Mapping(target = "phone", source = "details.phone")
  @Mapping(target = "postalAddress", source = "details.postalAddress")
  @Mapping(target = "language", source = "details.language", qualifiedByName = "languageCode")
  Views.OwnerView owner(Owner owner);

  List<Views.OwnerView> owners(List<Owner> owners);

  @Mapping(target = "currency", source = "amount", qualifiedByName = "currencyOf")
  Views.ExpenseView expense(Expense expense);

  List<Views.ExpenseView> expenses(List<Expense> expenses);

  Views.AssemblyView assembly(Assembly assembly);

  List<Views.AssemblyView> assemblies(List<Assembly> assemblies);

  Views.ResolutionView resolution(Assembly.Resolution resolution);

  @Mapping(target = "name", source = "details.name")
  @Mapping(target = "email", source = "details.email")
  @Mapping(target = "phone", source = "details.phone")
  @Mapping(target = "postalAddress", source = "details.postalAddress")
  @Mapping(target = "language", source = "details.language", qualifiedByName = "languageCode")
  Views.MemberView member(Member member);

  List<Views.MemberView> members(List<Member> members);

  @Mapping(target = "currency", source = "amount", qualifiedByName = "currencyOf")
  Views.LedgerEntryView ledgerEntry(LedgerEntry entry);

  Views.LedgerView ledger(ReadMemberLedger.LedgerPage page);

  Views.DeadLetterView deadLetter(KeepDeadLetters.DeadLetter letter);

  List<Views.DeadLetterView> deadLetters(List<KeepDeadLetters.DeadLetter> letters);

  default String text(OrganisationId id) {
    return id == null ? null : id.value();
  }

  default String text(BuildingId id) {
    return id == null ? null : id.value();
  }

  default String text(LotId id) {
    return id == null ? null : id.value();
  }

  default String text(OwnerId id) {
    return id == null ? null : id.value();
  }

  default String text(ExpenseId id) {
    return id == null ? null : id.value();
  }

  default String text(AssemblyId id) {
    return id == null ? null : id.value();
  }

  default String text(MemberId id) {
    return id == null ? null : id.value();
  }

  default String text(LedgerEntryId id) {
    return id == null ? null : id.value();
  }

  default String text(Money money) {
    return money == null ? null : money.toPlainString();
  }

  /** The stable code of a person's language ({@code fr}), null when unknown. */
  @Named("languageCode")
  default String languageCode(org.koprogo.ports.out.notification.Language language) {
    return language == null ? null : language.code();
  }

  /** The currency of an amount (mapped from the same field). */
  @Named("currencyOf")
  default String currencyOf(Money money) {
    return money == null ? null : money.currency().getCurrencyCode();
  }

  default String text(Fraction fraction) {
    return fraction == null ? null : fraction.toString();
  }

  default String text(BigDecimal decimal) {
    return decimal == null ? null : decimal.toPlainString();
  }

  default String text(Currency currency) {
    return currency == null ? null : currency.getCurrencyCode();
  }

  default String text(LocalDate date) {
    return date == null ? null : date.toString();
  }

  default String text(Instant instant) {
    return instant == null ? null : instant.toString();
  }

  default String text(Enum<?> value) {
    return value == null ? null : value.name();
  }

  default Map<String, String> allocations(Map<LotId, Money> allocations) {
    Map<String, String> out = new LinkedHashMap<>();
    allocations.forEach((lot, money) -> out.put(lot.value(), money.toPlainString()));
    return out;
  }
}
