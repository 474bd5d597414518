/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.contract.community;

import static org.assertj.core.api.Assertions.assertThat;
import static org.koprogo.ports.contract.PortsFixtures.ACME;
import static org.koprogo.ports.contract.PortsFixtures.OTHER;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.koprogo.domain.community.CommunityModule;
import org.koprogo.domain.community.CommunitySettings;
import org.koprogo.domain.community.lending.Condition;
import org.koprogo.domain.community.lending.Loan;
import org.koprogo.domain.community.lending.LoanStatus;
import org.koprogo.ports.application.community.ReturnReminderQueue;
import org.koprogo.ports.contract.PortsFixtures;
import org.koprogo.ports.memory.ManualClock;
import org.koprogo.ports.out.OutPorts;
import org.koprogo.ports.out.Outbox;
import org.koprogo.ports.out.community.CommunityBuilding;
import org.koprogo.ports.out.community.CommunityStore;

/**
 * {@link ReturnReminderQueue} on an adapter: due return reminders reach the outbox once, under
 * their logical key, whatever the number of runs. Today is 2026-03-01 (the fixtures' clock).
 */
public abstract class ReturnRemindersContract implements CommunityUnderTest {
  private ManualClock clock;
  private OutPorts ports;
  private CommunityStore community;
  private ReturnReminderQueue queue;

  @BeforeEach
  void freshStores() {
    clock = ManualClock.at(PortsFixtures.T0);
    Stores stores = freshStores(clock);
    ports = stores.ports();
    community = stores.community();
    ports.organisations().add(PortsFixtures.organisation(ACME));
    ports.organisations().add(PortsFixtures.organisation(OTHER));
    queue = new ReturnReminderQueue(ports, community);
  }

  @Test
  void enqueuesAReminderDueTodayUnderItsLogicalKey() {
    community.buildings().add(withHandedOver(CommunityStoreFixtures.everything(ACME, "B1"), "l3", "2026-03-03"));

    ReturnReminderQueue.Run run = queue.enqueueDue();

    assertThat(run).isEqualTo(new ReturnReminderQueue.Run(1, 1));
    List<Outbox.Message> sent = ports.outbox().claim("test", 10, Duration.ofMinutes(1));
    assertThat(sent).hasSize(1);
    Outbox.Message m = sent.get(0);
    assertThat(m.organisation()).isEqualTo(ACME);
    assertThat(m.key()).isEqualTo(new Outbox.Key(ReturnReminderQueue.KIND, "building:B1", "loan:l3:return-reminder:2"));
    assertThat(m.channel()).isEqualTo(ReturnReminderQueue.CHANNEL);
    assertThat(m.recipient()).isEqualTo("bram");
    assertThat(m.payload()).contains("\"returnDate\":\"2026-03-03\"", "\"daysBefore\":2", "\"object\":\"raclette\"");
    assertThat(m.expiresAt()).isEqualTo(Instant.parse("2026-03-03T23:00:00Z"));
  }

  @Test
  void runningTwiceEnqueuesOnce() {
    community.buildings().add(withHandedOver(CommunityStoreFixtures.everything(ACME, "B1"), "l3", "2026-03-01"));

    ReturnReminderQueue.Run first = queue.enqueueDue();
    ReturnReminderQueue.Run second = queue.enqueueDue();

    assertThat(first).isEqualTo(new ReturnReminderQueue.Run(1, 1));
    assertThat(second).isEqualTo(new ReturnReminderQueue.Run(1, 0));
    assertThat(ports.outbox().claim("test", 10, Duration.ofMinutes(1)))
        .extracting(m -> m.key().event())
        .containsExactly("loan:l3:return-reminder:0");
  }

  @Test
  void remindsOnlyHandedOverLoansOnTheirReminderDaysInEveryOrganisation() {
    community.buildings().add(withHandedOver(CommunityStoreFixtures.everything(ACME, "B1"), "l3", "2026-03-02"));
    community.buildings().add(withHandedOver(CommunityStoreFixtures.everything(OTHER, "B9"), "l9", "2026-03-03"));

    ReturnReminderQueue.Run run = queue.enqueueDue(LocalDate.parse("2026-03-01"));

    assertThat(run).isEqualTo(new ReturnReminderQueue.Run(1, 1));
    assertThat(ports.outbox().claim("test", 10, Duration.ofMinutes(1)))
        .extracting(Outbox.Message::organisation, m -> m.key().event())
        .containsExactly(org.assertj.core.groups.Tuple.tuple(OTHER, "loan:l9:return-reminder:2"));
  }

  @Test
  void aBuildingWithLendingSwitchedOffIsSkipped() {
    CommunityBuilding c = withHandedOver(CommunityStoreFixtures.everything(ACME, "B1"), "l3", "2026-03-01");
    EnumSet<CommunityModule> allButLending = EnumSet.allOf(CommunityModule.class);
    allButLending.remove(CommunityModule.OBJECT_LENDING);
    community.buildings().add(new CommunityBuilding(
        c.organisation(), new CommunitySettings(c.settings().building(), c.settings().council(), allButLending),
        c.neighbours(), c.floor(), c.bazaarLifetime(), c.exchanges(), c.objects(), c.loans(), c.offers(), c.skills(),
        c.notices(), c.version()));

    ReturnReminderQueue.Run run = queue.enqueueDue();

    assertThat(run).isEqualTo(new ReturnReminderQueue.Run(0, 0));
    assertThat(ports.outbox().claim("test", 10, Duration.ofMinutes(1))).isEmpty();
  }

  /** {@code c} with one more loan of the raclette set to Bram, handed over and due back on {@code until}. */
  static CommunityBuilding withHandedOver(CommunityBuilding c, String loan, String until) {
    List<Loan> loans = new ArrayList<>(c.loans());
    loans.add(new Loan(loan, "raclette", CommunityStoreFixtures.BRAM, LocalDate.parse("2026-02-20"), LocalDate.parse(until),
        LoanStatus.HANDED_OVER, Condition.WORN, null));
    return new CommunityBuilding(
        c.organisation(), c.settings(), c.neighbours(), c.floor(), c.bazaarLifetime(), c.exchanges(), c.objects(), loans,
        c.offers(), c.skills(), c.notices(), c.version());
  }
}
