/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.koprogo.ports.contract.PortsFixtures.ACME;
import static org.koprogo.ports.contract.PortsFixtures.OTHER;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.koprogo.ports.out.AuditEvent;
import org.koprogo.ports.out.AuditTrail;

/** The {@link AuditTrail} contract: appended in order, filtered, paged, scoped. */
public abstract class AuditTrailContract extends ContractBase {

  @Test
  void readsTheTrailBackInOrderExactly() {
    AuditEvent first = PortsFixtures.event("BuildingRegistered", "building", "B1");
    AuditEvent second = new AuditEvent(
        PortsFixtures.T0.plusMillis(1), "user-2", "ExpenseDistributed", "expense", "E1",
        java.util.Map.of("amount", "1000.00", "key", "general, \"quoted\""));

    AuditTrail.AuditEntry a = ports.auditTrail().append(ACME, first);
    AuditTrail.AuditEntry b = ports.auditTrail().append(ACME, second);

    assertThat(b.sequence()).isGreaterThan(a.sequence());
    assertThat(ports.auditTrail().list(ACME, AuditTrail.Query.first(10))).containsExactly(a, b);
  }

  @Test
  void neverShowsAnotherOrganisationsEntries() {
    ports.auditTrail().append(ACME, PortsFixtures.event("BuildingRegistered", "building", "B1"));
    AuditTrail.AuditEntry other = ports.auditTrail().append(OTHER, PortsFixtures.event("BuildingRegistered", "building", "B1"));

    List<AuditTrail.AuditEntry> seen = ports.auditTrail().list(OTHER, AuditTrail.Query.first(10));

    assertThat(seen).containsExactly(other);
  }

  @Test
  void filtersBySubjectAndPages() {
    for (int i = 0; i < 5; i++) {
      ports.auditTrail().append(ACME, PortsFixtures.event("LedgerDUE", "member", "M" + (i % 2)));
    }

    List<AuditTrail.AuditEntry> m1 = ports.auditTrail().list(ACME, AuditTrail.Query.about("member", "M1", 10));
    List<AuditTrail.AuditEntry> page1 = ports.auditTrail().list(ACME, AuditTrail.Query.first(2));
    List<AuditTrail.AuditEntry> page2 =
        ports.auditTrail().list(ACME, new AuditTrail.Query(null, null, page1.get(1).sequence(), 2));

    assertThat(m1).hasSize(2).allSatisfy(e -> assertThat(e.event().subjectId()).isEqualTo("M1"));
    assertThat(page1).hasSize(2);
    assertThat(page2).hasSize(2);
    assertThat(page2.get(0).sequence()).isGreaterThan(page1.get(1).sequence());
  }
}
