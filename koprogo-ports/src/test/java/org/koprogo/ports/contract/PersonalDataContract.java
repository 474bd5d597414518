/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.koprogo.ports.contract.PortsFixtures.ACME;
import static org.koprogo.ports.contract.PortsFixtures.OTHER;
import static org.koprogo.ports.contract.PortsFixtures.T0;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.koprogo.domain.building.OwnerId;
import org.koprogo.ports.out.DataSubject;
import org.koprogo.ports.out.LedgerEntry;
import org.koprogo.ports.out.MemberId;
import org.koprogo.ports.out.Outbox;
import org.koprogo.ports.out.PersonalDataHolder;
import org.koprogo.ports.out.PersonalDetails;

/** The {@link PersonalDataHolder} contract: export everything about one person, erase what is personal. */
public abstract class PersonalDataContract extends ContractBase {

  private PersonalDataHolder holder() {
    return ports.personalData().get(0);
  }

  @Test
  void exportsEverythingAboutAnOwnerAndNothingAboutOthers() {
    ports.owners().add(PortsFixtures.owner(ACME, "O1"));
    ports.owners().add(PortsFixtures.owner(ACME, "O2"));
    ports.owners().add(PortsFixtures.owner(OTHER, "O1"));
    ports.lots().add(PortsFixtures.lot(ACME, "B1", "A1", "600", "O1", "O2"));
    ports.lots().add(PortsFixtures.lot(ACME, "B1", "A2", "400", "O2"));
    ports.auditTrail().append(ACME, PortsFixtures.event("OwnerRegistered", "owner", "O1"));
    ports.auditTrail().append(OTHER, PortsFixtures.event("OwnerRegistered", "owner", "O1"));
    String phone = PortsFixtures.owner(ACME, "O1").details().phone();
    ports.outbox().enqueue(to(PortsFixtures.message(ACME, "owner:O1", "x"), phone));

    Map<String, List<Map<String, Object>>> export = holder().export(new DataSubject(ACME, DataSubject.Kind.OWNER, "O1"));

    assertThat(export.get("owner")).singleElement().satisfies(row -> {
      assertThat(row.get("name")).isEqualTo("Anne O1");
      assertThat(row.get("email")).isEqualTo("O1@example.org");
      assertThat(row.get("organisation")).isEqualTo(ACME.value());
    });
    assertThat(export.get("lots")).singleElement().satisfies(row -> {
      assertThat(row.get("lot")).isEqualTo("A1");
      assertThat(row.get("fraction")).isEqualTo("1/2");
    });
    assertThat(export.get("audit")).singleElement().satisfies(row -> assertThat(row.get("action")).isEqualTo("OwnerRegistered"));
    assertThat(export.get("messages")).singleElement().satisfies(row -> assertThat(row.get("recipient")).isEqualTo(phone));
  }

  @Test
  void exportsAMembersLedger() {
    ports.members().add(PortsFixtures.member(ACME, "M1", 1));
    ports.ledger().record(PortsFixtures.declaration(ACME, "E1", "M1", 12_550, "req-1"));
    ports.ledger().record(PortsFixtures.declaration(ACME, "E2", "M2", 99, "req-2"));

    Map<String, List<Map<String, Object>>> export = holder().export(new DataSubject(ACME, DataSubject.Kind.MEMBER, "M1"));

    assertThat(export.get("member")).singleElement().satisfies(row -> assertThat(row.get("rank")).isEqualTo(1));
    assertThat(export.get("ledger")).singleElement().satisfies(row -> {
      assertThat(row.get("amount")).isEqualTo("125.50");
      assertThat(row.get("kind")).isEqualTo("PAYMENT_DECLARED");
    });
  }

  @Test
  void erasureAnonymisesThePersonAndKeepsTheAccounts() {
    ports.members().add(PortsFixtures.member(ACME, "M1", 1));
    ports.members().add(PortsFixtures.member(OTHER, "M1", 1));
    LedgerEntry entry = ports.ledger().record(PortsFixtures.declaration(ACME, "E1", "M1", 12_550, "req-1")).entry();
    String phone = PortsFixtures.member(ACME, "M1", 1).details().phone();
    Outbox.Enqueued pending = ports.outbox().enqueue(to(PortsFixtures.message(ACME, "member:M1", "x"), phone));
    clock.advance(Duration.ofDays(1));

    int changed = holder().erase(new DataSubject(ACME, DataSubject.Kind.MEMBER, "M1"), clock.now());

    assertThat(changed).isEqualTo(2);
    var erased = ports.members().get(ACME, MemberId.of("M1"));
    assertThat(erased.details()).isEqualTo(PersonalDetails.ERASED);
    assertThat(erased.erasedAt()).isEqualTo(T0.plus(Duration.ofDays(1)));
    assertThat(erased.version()).isEqualTo(2);
    assertThat(ports.members().get(OTHER, MemberId.of("M1")).details().name()).isEqualTo("Member M1");
    assertThat(ports.ledger().entriesOf(ACME, MemberId.of("M1"))).containsExactly(entry);
    Outbox.Message message = ports.outbox().find(ACME, pending.id()).orElseThrow();
    assertThat(message.recipient()).isEmpty();
    assertThat(message.status()).isEqualTo(Outbox.Status.EXPIRED);
    assertThat(holder().export(new DataSubject(ACME, DataSubject.Kind.MEMBER, "M1")).toString()).doesNotContain(phone, "Member M1");
  }

  @Test
  void erasingAnOwnerKeepsTheirLots() {
    ports.owners().add(PortsFixtures.owner(ACME, "O1"));
    ports.lots().add(PortsFixtures.lot(ACME, "B1", "A1", "1000", "O1"));

    holder().erase(new DataSubject(ACME, DataSubject.Kind.OWNER, "O1"), T0);

    assertThat(ports.owners().get(ACME, OwnerId.of("O1")).details()).isEqualTo(PersonalDetails.ERASED);
    assertThat(ports.lots().ofOwner(ACME, OwnerId.of("O1"))).hasSize(1);
  }

  @Test
  void anInAppNoticeAddressedToThePersonsIdIsExportedAndErasedBeforeItIsDelivered() {
    ports.owners().add(PortsFixtures.owner(ACME, "O1"));
    ports.outbox().enqueue(new Outbox.NewMessage(ACME, new Outbox.Key("in-app:call_for_funds", "call:1", "issued@O1"),
        "in-app", "O1", "{\"text\":\"Bonjour O1\"}", T0, null));
    ports.outbox().enqueue(new Outbox.NewMessage(ACME, new Outbox.Key("in-app:call_for_funds", "call:1", "issued@O2"),
        "in-app", "O2", "{\"text\":\"Bonjour O2\"}", T0, null));
    DataSubject o1 = new DataSubject(ACME, DataSubject.Kind.OWNER, "O1");

    Map<String, List<Map<String, Object>>> export = holder().export(o1);
    holder().erase(o1, T0);

    assertThat(export.get("messages")).singleElement().satisfies(row -> assertThat(row.get("recipient")).isEqualTo("O1"));
    // the notice to O1 is no longer deliverable nor readable; O2's waits
    assertThat(ports.outbox().claim("w", 10, java.time.Duration.ofMinutes(1))).singleElement()
        .satisfies(m -> assertThat(m.recipient()).isEqualTo("O2"));
    assertThat(holder().export(o1).get("messages").toString()).doesNotContain("Bonjour O1");
  }

  private static Outbox.NewMessage to(Outbox.NewMessage m, String recipient) {
    return new Outbox.NewMessage(m.organisation(), m.key(), m.channel(), recipient, m.payload(), m.availableAt(), m.expiresAt());
  }
}
