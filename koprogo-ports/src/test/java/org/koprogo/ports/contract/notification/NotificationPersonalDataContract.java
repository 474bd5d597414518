/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.contract.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.koprogo.ports.contract.PortsFixtures.ACME;
import static org.koprogo.ports.contract.PortsFixtures.T0;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.koprogo.ports.application.CommandValidation;
import org.koprogo.ports.application.UseCases;
import org.koprogo.ports.contract.ContractBase;
import org.koprogo.ports.contract.PortsFixtures;
import org.koprogo.ports.in.ErasePersonalData;
import org.koprogo.ports.in.ExportPersonalData;
import org.koprogo.ports.out.OrganisationId;
import org.koprogo.ports.out.Outbox;
import org.koprogo.ports.out.OutboxMessageId;
import org.koprogo.ports.out.PersonalDataHolder;
import org.koprogo.ports.out.notification.Channel;
import org.koprogo.ports.out.notification.ConsentDecision;
import org.koprogo.ports.out.notification.ConsentRecord;
import org.koprogo.ports.out.notification.Consents;
import org.koprogo.ports.out.notification.DeliveryJournal;
import org.koprogo.ports.out.notification.DeliveryJournal.Receipt;
import org.koprogo.ports.out.notification.DeliveryStatus;
import org.koprogo.ports.out.notification.NotificationRecords;
import org.koprogo.ports.out.notification.PersonId;

/**
 * The notification channel's records (consent register, delivery journal) in the GDPR export and
 * erasure, through the use cases: the person's consents and delivery statuses are exported (JSON
 * and CSV), nobody else's; erasure keeps the consent records with the phone number redacted from
 * the proofs, appends an opt-out, and empties the failure details of the journal.
 */
public abstract class NotificationPersonalDataContract extends ContractBase {
  private static final String O1_PHONE = PortsFixtures.owner(ACME, "O1").details().phone();
  private static final String O1_DIGITS = O1_PHONE.substring(1);
  private static final PersonId O1 = PersonId.of("O1");
  private static final PersonId O22 = PersonId.of("O22");

  private UseCases useCases;
  private OutboxMessageId toO1;
  private OutboxMessageId toO22;

  /** The adapter's consent register of {@code organisation}. */
  protected abstract Consents consentsOf(OrganisationId organisation);

  /** The adapter's delivery journal. */
  protected abstract DeliveryJournal journal();

  /** The adapter's holder of the notification records, reading the same stores. */
  protected abstract PersonalDataHolder notificationData();

  @BeforeEach
  void oneFailedMessageEachAndTheirConsents() {
    useCases = new UseCases(ports.withPersonalDataFirst(notificationData()), CommandValidation.none());
    ports.organisations().add(PortsFixtures.organisation(ACME));
    ports.owners().add(PortsFixtures.owner(ACME, "O1"));
    ports.owners().add(PortsFixtures.owner(ACME, "O22"));
    Consents consents = consentsOf(ACME);
    consents.record(ConsentRecord.optIn(O1, Channel.WHATSAPP, T0, "WhatsApp reply YES from " + O1_PHONE + " (wamid.IN1)"));
    consents.record(ConsentRecord.optIn(O22, Channel.WHATSAPP, T0, "signed form 7"));
    toO1 = sentAndFailed("O1", O1_PHONE, "wamid.OUT1", "131026 undeliverable to " + O1_DIGITS);
    toO22 = sentAndFailed("O22", PortsFixtures.owner(ACME, "O22").details().phone(), "wamid.OUT2", "131026 undeliverable");
    clock.advance(Duration.ofDays(1));
  }

  @Test
  void exportsThePersonsConsentsAndDeliveriesAndNobodyElses() {
    ExportPersonalData.Export export = export("O1");

    assertThat(export.json()).contains(
        "\"notificationConsents\"", "\"decision\": \"GRANTED\"", "WhatsApp reply YES from " + O1_PHONE,
        "\"notificationDeliveries\"", "\"externalId\": \"wamid.OUT1\"", "\"status\": \"FAILED\"",
        "131026 undeliverable to " + O1_DIGITS);
    assertThat(export.json()).doesNotContain("signed form 7", "wamid.OUT2");
    assertThat(export.csv()).contains("notificationConsents,1,proof,WhatsApp reply YES from " + O1_PHONE + " (wamid.IN1)",
        "notificationDeliveries,1,externalId,wamid.OUT1");
  }

  @Test
  void erasureKeepsTheConsentProofWithoutThePhoneAndWithdrawsIt() {
    useCases.erasePersonalData().erase(new ErasePersonalData.Command(ACME.value(), "OWNER", "O1", "dpo-1"));

    List<ConsentRecord> history = consentsOf(ACME).history(O1, Channel.WHATSAPP);
    assertThat(history).hasSize(2);
    assertThat(history.get(0).decision()).isEqualTo(ConsentDecision.GRANTED);
    assertThat(history.get(0).at()).isEqualTo(T0);
    assertThat(history.get(0).proof()).isEqualTo("WhatsApp reply YES from (erased) (wamid.IN1)");
    assertThat(history.get(1)).isEqualTo(
        ConsentRecord.optOut(O1, Channel.WHATSAPP, T0.plus(Duration.ofDays(1)), NotificationRecords.ERASURE_PROOF));
    assertThat(consentsOf(ACME).allows(O1, Channel.WHATSAPP)).isFalse();
    assertThat(consentsOf(ACME).history(O22, Channel.WHATSAPP)).singleElement()
        .satisfies(r -> assertThat(r.proof()).isEqualTo("signed form 7"));
    assertThat(consentsOf(ACME).allows(O22, Channel.WHATSAPP)).isTrue();
  }

  @Test
  void erasureEmptiesTheFailureDetailsAndKeepsTheStatuses() {
    useCases.erasePersonalData().erase(new ErasePersonalData.Command(ACME.value(), "OWNER", "O1", "dpo-1"));

    Receipt kept = journal().furthest(toO1).orElseThrow();
    assertThat(kept.status()).isEqualTo(DeliveryStatus.FAILED);
    assertThat(kept.externalId()).isEqualTo("wamid.OUT1");
    assertThat(kept.at()).isEqualTo(T0);
    assertThat(kept.detail()).isEmpty();
    assertThat(journal().furthest(toO22).orElseThrow().detail()).isEqualTo("131026 undeliverable");
    String after = export("O1").json() + export("O1").csv();
    assertThat(after).doesNotContain(O1_PHONE, O1_DIGITS).contains("\"decision\": \"WITHDRAWN\"");
  }

  @Test
  void erasingTwiceAppendsOneOptOut() {
    useCases.erasePersonalData().erase(new ErasePersonalData.Command(ACME.value(), "OWNER", "O1", "dpo-1"));

    useCases.erasePersonalData().erase(new ErasePersonalData.Command(ACME.value(), "OWNER", "O1", "dpo-1"));

    assertThat(consentsOf(ACME).history(O1, Channel.WHATSAPP)).hasSize(2);
  }

  private ExportPersonalData.Export export(String owner) {
    return useCases.exportPersonalData().export(new ExportPersonalData.Command(ACME.value(), "OWNER", owner, "dpo-1"));
  }

  /** A message to {@code phone}, sent (named {@code externalId}) and reported failed with {@code detail}. */
  private OutboxMessageId sentAndFailed(String owner, String phone, String externalId, String detail) {
    Outbox.NewMessage m = PortsFixtures.message(ACME, "owner:" + owner, "x");
    OutboxMessageId id = ports.outbox().enqueue(
        new Outbox.NewMessage(m.organisation(), m.key(), m.channel(), phone, m.payload(), m.availableAt(), m.expiresAt())).id();
    Outbox.Lease lease = ports.outbox().claim("w", 10, Duration.ofMinutes(1)).stream()
        .filter(x -> x.id().equals(id)).findFirst().orElseThrow().lease();
    journal().attemptStarted(id, T0);
    ports.outbox().markSent(lease, externalId);
    journal().attemptSettled(id);
    journal().record(new Receipt(externalId, Optional.of(id), DeliveryStatus.FAILED, T0, detail));
    return id;
  }
}
