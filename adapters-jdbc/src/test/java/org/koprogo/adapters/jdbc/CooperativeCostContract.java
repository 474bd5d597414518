/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.adapters.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.koprogo.domain.coop.Actor;
import org.koprogo.domain.coop.GroupId;
import org.koprogo.domain.coop.MemberId;
import org.koprogo.domain.coop.MemberStatus;
import org.koprogo.domain.coop.Role;
import org.koprogo.domain.coop.group.Group;
import org.koprogo.domain.coop.project.LotType;
import org.koprogo.domain.shared.Money;
import org.koprogo.ports.application.CommandValidation;
import org.koprogo.ports.application.UseCases;
import org.koprogo.ports.in.RecordContribution;
import org.koprogo.ports.in.RegisterMember;
import org.koprogo.ports.in.coop.CoopRef;
import org.koprogo.ports.in.coop.RunAllocationRounds;
import org.koprogo.ports.memory.ManualClock;
import org.koprogo.ports.out.Organisation;
import org.koprogo.ports.out.OrganisationId;
import org.koprogo.ports.out.OutPorts;

/**
 * Issue 21: a cooperative ledger write reads the groups of its member, not every group of the
 * organisation; an allocation round reads its applicants' running totals and the entries valued
 * after its cut-off, not the ledger's history. Counted in rows handed to the adapter (independent
 * of timing and of the machine's load), with little and with much unrelated data.
 */
abstract class CooperativeCostContract {
  private static final Instant T0 = Instant.parse("2026-01-05T09:00:00Z");
  private static final String ORG = "acme";
  private static final Actor MANAGER = Actor.of("treasurer-1", Role.COOP_MANAGER);

  abstract TestDatabase database();

  @Test
  void aConfirmationReadsTheSameRowsWhateverTheOtherGroups() {
    long few = rowsReadByAConfirmation(3);
    long many = rowsReadByAConfirmation(60);

    assertThat(many).as("rows read by one confirmation beside 60 other groups (3: %s)", few).isEqualTo(few);
  }

  @Test
  void aRoundReadsTheSameRowsWhateverTheHistoryBeforeItsCutoff() {
    long shortHistory = rowsReadByARound(4);
    long longHistory = rowsReadByARound(150);

    assertThat(longHistory).as("rows read by a round after 150 months of history (4: %s)", shortHistory)
        .isEqualTo(shortHistory);
  }

  private long rowsReadByAConfirmation(int otherGroups) {
    database().freshPorts(ManualClock.at(T0));
    RowCountingDataSource counting = new RowCountingDataSource(database().dataSource());
    OutPorts ports = new JdbcStore(counting.dataSource(), ManualClock.at(T0)).ports();
    UseCases useCases = groupOfTwo(ports);
    for (int g = 0; g < otherGroups; g++) {
      Group.Snapshot other = Group.form(GroupId.of("other-" + g), "Other " + g, Money.ofMinor(Money.EUR, 100_000),
              MANAGER, T0).after()
          .admit(MemberId.of("stranger-" + g), Role.COOP_MEMBER, Set.of(), MANAGER, T0).after()
          .admit(MemberId.of("stranger-b-" + g), Role.COOP_MEMBER, Set.of(), MANAGER, T0).after()
          .snapshot();
      ports.aggregateStore().add(OrganisationId.of(ORG), "other-" + g, other);
    }
    RecordContribution ledger = useCases.recordContribution();
    ledger.declarePayment(entry("p1", "M1", "2026-01-10"));
    counting.rowsReadAndReset();

    ledger.confirm(new RecordContribution.Resolution(ORG, "p1", "c-p1", "", "treasurer-1"));
    return counting.rowsReadAndReset();
  }

  private long rowsReadByARound(int months) {
    database().freshPorts(ManualClock.at(T0));
    RowCountingDataSource counting = new RowCountingDataSource(database().dataSource());
    OutPorts ports = new JdbcStore(counting.dataSource(), ManualClock.at(T0)).ports();
    UseCases useCases = groupOfTwo(ports);
    CoopRef g1 = new CoopRef(ORG, "G1", null, MANAGER);
    useCases.runCoopProject().start(g1, "P1", "EUR");
    useCases.runCoopProject().addLot(g1, "A1", LotType.APARTMENT, "72.5");
    RecordContribution ledger = useCases.recordContribution();
    LocalDate first = LocalDate.parse("2040-01-01").minusMonths(months);
    for (int i = 0; i < months; i++) {
      for (String m : List.of("M1", "M2")) {
        ledger.due(entry("d-" + m + i, m, first.plusMonths(i).toString()));
        ledger.declarePayment(entry("p-" + m + i, m, first.plusMonths(i).toString()));
        ledger.confirm(new RecordContribution.Resolution(ORG, "p-" + m + i, "c-" + m + i, "", "treasurer-1"));
      }
    }
    // after the cut-off: the same few entries in both histories
    ledger.due(entry("later", "M1", "2040-06-01"));
    counting.rowsReadAndReset();

    RunAllocationRounds.Round round = useCases.runAllocationRounds().propose(g1,
        new RunAllocationRounds.Proposal("R1", LocalDate.parse("2040-01-01"), Map.of(), "0", false));
    long rows = counting.rowsReadAndReset();
    assertThat(round.proposals()).hasSize(1);
    return rows;
  }

  private static UseCases groupOfTwo(OutPorts ports) {
    UseCases useCases = new UseCases(ports, CommandValidation.none());
    ports.organisations().add(new Organisation(OrganisationId.of(ORG), "Acme", Organisation.Kind.CO_OWNERSHIP, 0));
    CoopRef g1 = new CoopRef(ORG, "G1", null, MANAGER);
    useCases.manageCoopGroups().form(g1, "Les Cailles", "1000000.00", "EUR");
    for (String m : List.of("M1", "M2")) {
      int rank = m.equals("M1") ? 1 : 2;
      useCases.registerMember().register(new RegisterMember.Command(
          ORG, m, "Member " + m, m + "@coop.example", "+3247011100" + rank, "", rank,
          LocalDate.parse("2025-01-15"), "admin-1"));
      useCases.manageCoopGroups().admit(g1, m, Role.COOP_MEMBER, Set.of());
      useCases.manageCoopGroups().changeMemberStatus(g1, m, MemberStatus.ACTIVE);
    }
    return useCases;
  }

  private static RecordContribution.Entry entry(String id, String member, String day) {
    return new RecordContribution.Entry(ORG, member, id, "100.00", "EUR", LocalDate.parse(day), "key-" + id,
        "ref " + id, "treasurer-1");
  }
}
