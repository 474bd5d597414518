/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.koprogo.domain.building.BuildingId;
import org.koprogo.domain.building.OwnerId;
import org.koprogo.domain.shared.Money;
import org.koprogo.ports.contract.PortsFixtures;
import org.koprogo.ports.in.query.KeepDeadLetters;
import org.koprogo.ports.in.query.QueryViews;
import org.koprogo.ports.in.query.ReadMemberLedger;
import org.koprogo.ports.out.Building;
import org.koprogo.ports.out.LedgerEntry;
import org.koprogo.ports.out.LedgerEntryId;
import org.koprogo.ports.out.Member;
import org.koprogo.ports.out.MemberId;
import org.koprogo.ports.out.Organisation;
import org.koprogo.ports.out.Owner;
import org.koprogo.ports.out.PersonalDetails;
import org.koprogo.ports.out.notification.Language;

/**
 * The query use cases' records as a client sees them ({@link QueryViews}): ids and codes as text,
 * amounts plain decimals with their currency apart, dates and instants ISO, null from null.
 */
class QueryViewsTest {
  private static final Currency EUR = Currency.getInstance("EUR");
  private static final Instant AT = Instant.parse("2026-03-01T10:15:30Z");
  private static final PersonalDetails ANNE =
      new PersonalDetails("Anne Peeters", "anne@example.org", "+32470000001", "Rue A 1", Language.DUTCH);

  @Test
  void anOrganisationAndABuildingAreTheirTextAndTheirVersion() {
    Organisation acme = new Organisation(PortsFixtures.ACME, "ACP Acme", Organisation.Kind.CO_OWNERSHIP, 3);
    Building building = new Building(PortsFixtures.ACME, BuildingId.of("B1"), "Les Tilleuls", "Rue de la Loi 16",
        new BigDecimal("1000"), EUR, 2);

    assertThat(QueryViews.organisation(acme))
        .isEqualTo(new QueryViews.OrganisationView("org-acme", "ACP Acme", "CO_OWNERSHIP", 3));
    assertThat(QueryViews.buildings(List.of(building))).containsExactly(
        new QueryViews.BuildingView("B1", "Les Tilleuls", "Rue de la Loi 16", "1000", "EUR", 2));
    assertThat(QueryViews.organisation(null)).isNull();
    assertThat(QueryViews.building(null)).isNull();
    assertThat(QueryViews.buildings(null)).isNull();
  }

  @Test
  void anOwnerAndAMemberAreFlattenedWithTheirLanguagesCodeAndAnErasureInstant() {
    Owner owner = new Owner(PortsFixtures.ACME, OwnerId.of("O1"), ANNE, null, 4);
    Owner erased = new Owner(PortsFixtures.ACME, OwnerId.of("O2"), PersonalDetails.ERASED, AT, 5);
    Member member = new Member(PortsFixtures.ACME, MemberId.of("M1"), ANNE, 2, Member.Status.ACTIVE,
        LocalDate.parse("2025-01-15"), null, 1);

    assertThat(QueryViews.owners(List.of(owner, erased))).containsExactly(
        new QueryViews.OwnerView("O1", "Anne Peeters", "anne@example.org", "+32470000001", "Rue A 1", null, 4, "nl"),
        new QueryViews.OwnerView("O2", "(erased)", "", "", "", "2026-03-01T10:15:30Z", 5, null));
    assertThat(QueryViews.members(List.of(member))).containsExactly(new QueryViews.MemberView("M1", "Anne Peeters",
        "anne@example.org", "+32470000001", "Rue A 1", 2, "ACTIVE", "2025-01-15", null, 1, "nl"));
    assertThat(QueryViews.owner(null)).isNull();
    assertThat(QueryViews.member(null)).isNull();
  }

  @Test
  void aLedgerPageIsItsEntriesAndBalanceInPlainDecimals() {
    LedgerEntry declared = new LedgerEntry(PortsFixtures.ACME, LedgerEntryId.of("P1"), MemberId.of("M1"),
        LedgerEntry.Kind.PAYMENT_DECLARED, Money.of(EUR, new BigDecimal("100.00")), LocalDate.parse("2026-03-01"),
        null, "key-1", "", "M1", AT);
    LedgerEntry confirmed = new LedgerEntry(PortsFixtures.ACME, LedgerEntryId.of("C1"), MemberId.of("M1"),
        LedgerEntry.Kind.PAYMENT_CONFIRMED, Money.of(EUR, new BigDecimal("100.00")), LocalDate.parse("2026-03-01"),
        LedgerEntryId.of("P1"), "key-2", "", "manager", AT);
    ReadMemberLedger.LedgerPage page = new ReadMemberLedger.LedgerPage("M1", EUR,
        Money.of(EUR, new BigDecimal("-100.00")), List.of(declared, confirmed), null);

    QueryViews.LedgerView view = QueryViews.ledger(page);

    assertThat(view.member()).isEqualTo("M1");
    assertThat(view.currency()).isEqualTo("EUR");
    assertThat(view.balance()).isEqualTo("-100.00");
    assertThat(view.next()).isNull();
    assertThat(view.entries()).containsExactly(
        new QueryViews.LedgerEntryView("P1", "M1", "PAYMENT_DECLARED", "100.00", "EUR", "2026-03-01", null, "key-1",
            "", "2026-03-01T10:15:30Z"),
        new QueryViews.LedgerEntryView("C1", "M1", "PAYMENT_CONFIRMED", "100.00", "EUR", "2026-03-01", "P1", "key-2",
            "", "2026-03-01T10:15:30Z"));
    assertThat(QueryViews.ledger(null)).isNull();
    assertThat(QueryViews.ledgerEntry(null)).isNull();
  }

  @Test
  void aDeadLetterKeepsItsFieldsAndItsInstantIsIso() {
    KeepDeadLetters.DeadLetter letter =
        new KeepDeadLetters.DeadLetter("msg-1", "email", "owner:O1", "Convened", "email", 5, AT, "refused");

    assertThat(QueryViews.deadLetters(List.of(letter))).containsExactly(new QueryViews.DeadLetterView(
        "msg-1", "email", "owner:O1", "Convened", "email", 5, "2026-03-01T10:15:30Z", "refused"));
    assertThat(QueryViews.deadLetters(null)).isNull();
    assertThat(QueryViews.deadLetter(null)).isNull();
  }
}
