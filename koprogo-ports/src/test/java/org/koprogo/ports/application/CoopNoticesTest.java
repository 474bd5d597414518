/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.koprogo.ports.contract.PortsFixtures.ACME;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import org.junit.jupiter.api.Test;
import org.koprogo.domain.building.LotId;
import org.koprogo.domain.coop.GroupId;
import org.koprogo.domain.coop.MemberId;
import org.koprogo.domain.coop.event.AllocationAssigned;
import org.koprogo.domain.coop.event.AllocationProposed;
import org.koprogo.domain.coop.event.AllocationValidated;
import org.koprogo.domain.coop.event.DueDateApproaching;
import org.koprogo.domain.coop.event.MilestoneReached;
import org.koprogo.domain.coop.event.MinutesPublished;
import org.koprogo.domain.coop.event.PaymentOverdue;
import org.koprogo.domain.coop.event.PenaltyApplied;
import org.koprogo.domain.shared.Money;
import org.koprogo.ports.contract.PortsFixtures;
import org.koprogo.ports.memory.MemoryDatabase;
import org.koprogo.ports.out.notification.Intent;
import org.koprogo.ports.out.notification.TemplateValue;

/** Each cooperative intent's notice on a channel: its template and exactly the template's values. */
class CoopNoticesTest {
  private static final GroupId G = GroupId.of("G1");
  private static final MemberId M = MemberId.of("M1");
  private static final Instant AT = Instant.parse("2026-05-04T08:30:00Z");
  private static final Money TEN = Money.parse("10.00", Currency.getInstance("EUR"));
  private final MemoryDatabase store = UseCaseFixtures.store();

  CoopNoticesTest() {
    store.organisations().add(PortsFixtures.organisation(ACME));
  }

  private CoopNotices.Notice notice(org.koprogo.domain.coop.event.NotificationIntent intent) {
    return CoopNotices.of(store.ports(), ACME, intent, "M1").orElseThrow();
  }

  @Test
  void paymentNoticesCarryAmountDueDateAndReference() {
    LocalDate due = LocalDate.parse("2026-06-01");

    assertThat(notice(new DueDateApproaching(G, M, "due-6", due, TEN, 3, AT)).intent()).isEqualTo(Intent.DUE_IN_3_DAYS);
    assertThat(notice(new DueDateApproaching(G, M, "due-6", due, TEN, 1, AT)).intent()).isEqualTo(Intent.DUE_IN_1_DAY);
    assertThat(notice(new PaymentOverdue(G, M, "due-6", due, TEN, 1, AT)).intent()).isEqualTo(Intent.LATE_BY_1_DAY);
    CoopNotices.Notice late = notice(new PaymentOverdue(G, M, "due-6", due, TEN, 7, AT));
    assertThat(late.intent()).isEqualTo(Intent.LATE_BY_7_DAYS);
    assertThat(late.values()).containsOnlyKeys("organisation", "amount", "dueDate", "reference")
        .containsEntry("reference", TemplateValue.text("due-6"))
        .containsEntry("dueDate", TemplateValue.date(due));
  }

  @Test
  void aPenaltyShowsTheBalanceDue() {
    CoopNotices.Notice penalty = notice(new PenaltyApplied(G, M, "pen-1", TEN, AT));

    assertThat(penalty.intent()).isEqualTo(Intent.PENALTY_APPLIED);
    assertThat(penalty.values()).containsOnlyKeys("organisation", "penalty", "balance", "reference")
        .containsEntry("penalty", TemplateValue.amount(TEN));
  }

  @Test
  void allocationsAndMilestonesCarryTheirDates() {
    CoopNotices.Notice assigned = notice(new AllocationAssigned(G, "al-1", M, LotId.of("A1"), AT));
    CoopNotices.Notice validated = notice(new AllocationValidated(G, "al-1", M, LotId.of("A1"), "pv-3", AT));
    CoopNotices.Notice milestone = notice(new MilestoneReached(G, "P1", "PERMITS", AT));

    assertThat(assigned.intent()).isEqualTo(Intent.LOT_ASSIGNED);
    assertThat(assigned.values()).containsOnlyKeys("organisation", "lot", "from")
        .containsEntry("from", TemplateValue.date(LocalDate.parse("2026-05-04")));
    assertThat(validated.values()).containsOnlyKeys("organisation", "lot");
    assertThat(milestone.intent()).isEqualTo(Intent.PROJECT_MILESTONE_REACHED);
    assertThat(milestone.values()).containsOnlyKeys("project", "milestone", "reachedOn");
  }

  @Test
  void intentsWhoseTemplateNeedsAnUnrecordedFactStayInApp() {
    assertThat(CoopNotices.of(store.ports(), ACME, new AllocationProposed(G, "al-1", M, LotId.of("A1"), AT), "M1"))
        .isEmpty();
    assertThat(CoopNotices.of(store.ports(), ACME, new MinutesPublished(G, "pv-3", AT), "M1")).isEmpty();
  }
}
