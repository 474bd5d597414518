/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.contract.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.koprogo.ports.contract.ContractBase;
import org.koprogo.ports.contract.PortsFixtures;
import org.koprogo.ports.out.OrganisationId;
import org.koprogo.ports.out.notification.Channel;
import org.koprogo.ports.out.notification.ConsentRecord;
import org.koprogo.ports.out.notification.Consents;
import org.koprogo.ports.out.notification.PersonId;

/**
 * The contract of every {@link Consents} register: deny by default, per person and channel, the
 * latest decision in force, the history kept in order with its proof, and one organisation's
 * register never showing another's records.
 */
public abstract class ConsentsContract extends ContractBase {
  private static final Instant MONDAY = PortsFixtures.T0;
  private static final PersonId ANNE = PersonId.of("owner-anne");
  private static final PersonId BRUNO = PersonId.of("owner-bruno");

  /** The register of {@code organisation} on the store of this test (the same one for the same organisation). */
  protected abstract Consents consentsOf(OrganisationId organisation);

  @Test
  void deniesAPersonWithoutAnyRecord() {
    Consents consents = consentsOf(PortsFixtures.ACME);

    assertThat(consents.allows(ANNE, Channel.WHATSAPP)).isFalse();
    assertThat(consents.history(ANNE, Channel.WHATSAPP)).isEmpty();
    assertThat(consents.current(ANNE, Channel.WHATSAPP)).isEmpty();
  }

  @Test
  void allowsAfterAnOptInAndKeepsItsProof() {
    Consents consents = consentsOf(PortsFixtures.ACME);

    consents.record(ConsentRecord.optIn(ANNE, Channel.WHATSAPP, MONDAY, "signed form ref. 2026-014"));

    assertThat(consents.allows(ANNE, Channel.WHATSAPP)).isTrue();
    assertThat(consents.history(ANNE, Channel.WHATSAPP))
        .containsExactly(ConsentRecord.optIn(ANNE, Channel.WHATSAPP, MONDAY, "signed form ref. 2026-014"));
  }

  @Test
  void honoursAnOptOutAtOnceAndKeepsTheHistoryInOrder() {
    Consents consents = consentsOf(PortsFixtures.ACME);
    consents.record(ConsentRecord.optIn(ANNE, Channel.WHATSAPP, MONDAY, "signed form"));

    consents.record(ConsentRecord.optOut(ANNE, Channel.WHATSAPP, MONDAY.plusSeconds(60), "replied STOP"));

    assertThat(consents.allows(ANNE, Channel.WHATSAPP)).isFalse();
    assertThat(consents.history(ANNE, Channel.WHATSAPP))
        .containsExactly(
            ConsentRecord.optIn(ANNE, Channel.WHATSAPP, MONDAY, "signed form"),
            ConsentRecord.optOut(ANNE, Channel.WHATSAPP, MONDAY.plusSeconds(60), "replied STOP"));
  }

  @Test
  void letsTheLaterAddedRecordWinATie() {
    Consents consents = consentsOf(PortsFixtures.ACME);
    consents.record(ConsentRecord.optIn(ANNE, Channel.WHATSAPP, MONDAY, "web form v3"));

    consents.record(ConsentRecord.optOut(ANNE, Channel.WHATSAPP, MONDAY, "phone call"));

    assertThat(consents.allows(ANNE, Channel.WHATSAPP)).isFalse();
  }

  @Test
  void choosesTheLatestDecisionEvenWhenRecordedOutOfOrder() {
    Consents consents = consentsOf(PortsFixtures.ACME);
    consents.record(ConsentRecord.optIn(ANNE, Channel.WHATSAPP, MONDAY.plusSeconds(3600), "signed form"));

    consents.record(ConsentRecord.optOut(ANNE, Channel.WHATSAPP, MONDAY, "earlier letter, filed late"));

    assertThat(consents.allows(ANNE, Channel.WHATSAPP)).isTrue();
  }

  @Test
  void keepsEachChannelAndPersonApart() {
    Consents consents = consentsOf(PortsFixtures.ACME);

    consents.record(ConsentRecord.optIn(ANNE, Channel.SMS, MONDAY, "signed form"));

    assertThat(consents.allows(ANNE, Channel.SMS)).isTrue();
    assertThat(consents.allows(ANNE, Channel.WHATSAPP)).isFalse();
    assertThat(consents.allows(BRUNO, Channel.SMS)).isFalse();
  }

  @Test
  void neverShowsAnotherOrganisationsRecords() {
    consentsOf(PortsFixtures.ACME).record(ConsentRecord.optIn(ANNE, Channel.WHATSAPP, MONDAY, "signed form"));

    Consents other = consentsOf(PortsFixtures.OTHER);

    assertThat(other.allows(ANNE, Channel.WHATSAPP)).isFalse();
    assertThat(other.history(ANNE, Channel.WHATSAPP)).isEmpty();
    assertThat(consentsOf(PortsFixtures.ACME).allows(ANNE, Channel.WHATSAPP)).isTrue();
  }
}
