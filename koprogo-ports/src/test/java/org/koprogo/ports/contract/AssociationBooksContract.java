/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.koprogo.ports.contract.PortsFixtures.ACME;
import static org.koprogo.ports.contract.PortsFixtures.OTHER;
import static org.koprogo.ports.contract.PortsFixtures.assertRefused;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.koprogo.domain.association.CostLine;
import org.koprogo.domain.association.Membership;
import org.koprogo.domain.association.Quarter;
import org.koprogo.domain.shared.ErrorCode;
import org.koprogo.domain.shared.Money;
import org.koprogo.ports.memory.ManualClock;
import org.koprogo.ports.out.AssociationBooks;
import org.koprogo.ports.out.OrganisationId;
import org.koprogo.ports.out.OutPorts;
import org.koprogo.ports.out.QuarterBooks;

/**
 * The {@link AssociationBooks} contract, for every adapter: exact round trip (members in order
 * with their rates, cost lines in order with a category booked twice, cents and currency),
 * tenant scoping, optimistic locking, a year's quarters in order, and updates and units of work
 * that are all or nothing.
 */
public abstract class AssociationBooksContract {
  private static final Quarter Q1 = Quarter.of(2025, 1);

  /**
   * The books under test beside the adapter's other ports (whose transactions they join).
   *
   * @param ports the adapter's ports
   * @param books the books on the same store
   */
  public record Books(OutPorts ports, AssociationBooks books) {}

  /** Empty books (no quarter of any organisation) on an adapter reading {@code clock}. */
  protected abstract Books freshBooks(ManualClock clock);

  private OutPorts ports;
  private AssociationBooks books;

  @BeforeEach
  void fresh() {
    Books b = freshBooks(ManualClock.at(PortsFixtures.T0));
    ports = b.ports();
    books = b.books();
  }

  static Money eur(String amount) {
    return Money.parse(amount, Money.EUR);
  }

  static QuarterBooks quarter(OrganisationId org, Quarter quarter, int members, String... costs) {
    List<Membership> roster = new ArrayList<>();
    for (int n = 1; n <= members; n++) {
      String id = String.format("m%04d", n);
      roster.add(n % 7 == 0 ? Membership.maintainer(id) : n % 5 == 0 ? Membership.contributor(id)
          : Membership.standard(id));
    }
    List<CostLine> lines = new ArrayList<>();
    for (int i = 0; i < costs.length; i += 2) {
      lines.add(CostLine.of(costs[i], eur(costs[i + 1])));
    }
    return new QuarterBooks(org, quarter, roster, lines, 0);
  }

  @Test
  void givesBackMembersRatesAndCostLinesExactlyAsBooked() {
    QuarterBooks q = new QuarterBooks(ACME, Q1,
        List.of(Membership.maintainer("zoe"), Membership.standard("adam"), Membership.contributor("mia")),
        List.of(CostLine.of("staff", eur("3960.00")), CostLine.of("infrastructure", eur("540.01")),
            CostLine.of("staff", eur("0.99")), CostLine.of("insurance", Money.parse("120", Money.currency("CHF")))),
        0);

    QuarterBooks stored = books.add(q);

    assertThat(stored).isEqualTo(q.withVersion(1));
    assertThat(books.get(ACME, Q1)).isEqualTo(stored);
    assertThat(books.all(ACME)).containsExactly(stored);
  }

  @Test
  void keepsAThousandFiveHundredMembersInOrder() {
    QuarterBooks q = quarter(ACME, Q1, 1500, "staff", "4290.00");

    books.add(q);

    QuarterBooks read = books.get(ACME, Q1);
    assertThat(read.memberships()).containsExactlyElementsOf(q.memberships());
    assertThat(read.memberships()).hasSize(1500);
  }

  @Test
  void anotherOrganisationNeitherSeesNorChangesTheBooks() {
    QuarterBooks acme = books.add(quarter(ACME, Q1, 3, "staff", "10.00"));

    assertThat(books.find(OTHER, Q1)).isEmpty();
    assertThat(books.all(OTHER)).isEmpty();
    assertThat(books.year(OTHER, 2025)).isEmpty();
    assertRefused(() -> books.update(quarter(OTHER, Q1, 1).withVersion(1)), ErrorCode.NOT_FOUND);
    QuarterBooks other = books.add(quarter(OTHER, Q1, 1, "rent", "1.00"));

    assertThat(books.get(ACME, Q1)).isEqualTo(acme);
    assertThat(books.get(OTHER, Q1)).isEqualTo(other);
  }

  @Test
  void aStaleVersionIsRefusedAndTheStoredBooksStay() {
    QuarterBooks stored = books.add(quarter(ACME, Q1, 4, "staff", "10.00", "rent", "5.00"));

    QuarterBooks changed = books.update(quarter(ACME, Q1, 2, "staff", "12.00").withVersion(stored.version()));

    assertThat(changed.version()).isEqualTo(2);
    assertThat(books.get(ACME, Q1)).isEqualTo(changed);
    assertThat(books.get(ACME, Q1).memberships()).hasSize(2);
    assertThat(books.get(ACME, Q1).costs()).containsExactly(CostLine.of("staff", eur("12.00")));
    assertRefused(() -> books.update(quarter(ACME, Q1, 9).withVersion(1)), ErrorCode.CONCURRENT_UPDATE);
    assertRefused(() -> books.add(quarter(ACME, Q1, 9)), ErrorCode.CONCURRENT_UPDATE);
    assertThat(books.get(ACME, Q1)).isEqualTo(changed);
  }

  @Test
  void listsAYearsQuartersInOrderAndNoOtherYear() {
    books.add(quarter(ACME, Quarter.of(2025, 3), 3));
    books.add(quarter(ACME, Quarter.of(2026, 1), 3));
    books.add(quarter(ACME, Quarter.of(2025, 1), 1));
    books.add(quarter(ACME, Quarter.of(2024, 4), 2));
    books.add(quarter(ACME, Quarter.of(2025, 2), 2));

    assertThat(books.year(ACME, 2025)).extracting(QuarterBooks::quarter)
        .containsExactly(Quarter.of(2025, 1), Quarter.of(2025, 2), Quarter.of(2025, 3));
    assertThat(books.all(ACME)).extracting(QuarterBooks::quarter).containsExactly(
        Quarter.of(2024, 4), Quarter.of(2025, 1), Quarter.of(2025, 2), Quarter.of(2025, 3), Quarter.of(2026, 1));
  }

  @Test
  void pagesTheQuartersInOrderAfterTheLastOne() {
    for (Quarter q : List.of(Quarter.of(2025, 3), Quarter.of(2026, 1), Quarter.of(2025, 1), Quarter.of(2024, 4),
        Quarter.of(2025, 2))) {
      books.add(quarter(ACME, q, 2, "staff", "1.00"));
    }
    books.add(quarter(OTHER, Quarter.of(2025, 4), 1));

    for (int limit = 1; limit <= 6; limit++) {
      List<QuarterBooks> walked = new java.util.ArrayList<>();
      java.util.Optional<Quarter> after = java.util.Optional.empty();
      List<QuarterBooks> page;
      while (!(page = books.all(ACME, after, limit)).isEmpty()) {
        assertThat(page.size()).isLessThanOrEqualTo(limit);
        walked.addAll(page);
        after = java.util.Optional.of(page.get(page.size() - 1).quarter());
      }
      assertThat(walked).isEqualTo(books.all(ACME));
    }
    assertThat(books.all(ACME, java.util.Optional.of(Quarter.of(2025, 4)), 5)).extracting(QuarterBooks::quarter)
        .containsExactly(Quarter.of(2026, 1));
    assertThat(books.all(ACME, java.util.Optional.of(Quarter.of(2024, 4)), 1)).singleElement()
        .satisfies(q -> assertThat(q.costs()).hasSize(1).isEqualTo(books.get(ACME, Quarter.of(2025, 1)).costs()));
    assertThat(books.all(OTHER, java.util.Optional.empty(), 5)).extracting(QuarterBooks::quarter)
        .containsExactly(Quarter.of(2025, 4));
    assertThatThrownBy(() -> books.all(ACME, java.util.Optional.empty(), 0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aFailedUnitOfWorkBooksNothing() {
    books.add(quarter(ACME, Q1, 2, "staff", "1.00"));

    assertThatThrownBy(() -> ports.transactions().inTransaction(() -> {
      books.add(quarter(ACME, Quarter.of(2025, 2), 5, "staff", "2.00"));
      books.update(quarter(ACME, Q1, 1).withVersion(1));
      throw new IllegalStateException("the caller gives up");
    })).isInstanceOf(IllegalStateException.class);

    assertThat(books.all(ACME)).extracting(QuarterBooks::quarter).containsExactly(Q1);
    assertThat(books.get(ACME, Q1).memberships()).hasSize(2);
    assertThat(books.get(ACME, Q1).version()).isEqualTo(1);
  }

  @Test
  void aQuarterWithoutMembersOrCostsRoundTrips() {
    QuarterBooks empty = new QuarterBooks(ACME, Q1, List.of(), List.of(), 0);

    books.add(empty);

    assertThat(books.get(ACME, Q1)).isEqualTo(empty.withVersion(1));
  }

  @Test
  void aMemberListedTwiceInAQuarterIsRefusedBeforeTheStore() {
    assertThatThrownBy(() -> new QuarterBooks(ACME, Q1,
        List.of(Membership.standard("a"), Membership.maintainer("a")), List.of(), 0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("a is listed twice");
  }
}
