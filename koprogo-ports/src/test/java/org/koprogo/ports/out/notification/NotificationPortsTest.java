/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.out.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.koprogo.domain.shared.ErrorCode;
import org.koprogo.domain.shared.KoproGoException;
import org.koprogo.ports.out.OrganisationId;
import org.koprogo.ports.out.Outbox;

class NotificationPortsTest {
  private static final OrganisationId ACP = OrganisationId.of("acp-tilleuls");
  private static final PersonId ANNE = PersonId.of("owner-anne");
  private static final Instant MONDAY = Instant.parse("2026-03-09T09:00:00Z");

  @Test
  void buildsTheOutboxKeyFromTheTemplateTheBusinessEventAndThePerson() {
    NotificationKey key = new NotificationKey(ACP, Intent.CALL_FOR_FUNDS, "call-2026-Q1", "issued", ANNE);

    Outbox.Key outboxKey = key.outboxKey("whatsapp:koprogo_call_for_funds");

    assertThat(outboxKey).isEqualTo(new Outbox.Key("whatsapp:koprogo_call_for_funds", "call-2026-Q1", "issued@owner-anne"));
  }

  @Test
  void neverGivesTwoDifferentEventsAndPersonsTheSameOutboxKey() {
    NotificationKey a = new NotificationKey(ACP, Intent.CALL_FOR_FUNDS, "c", "d@e", PersonId.of("f"));
    NotificationKey b = new NotificationKey(ACP, Intent.CALL_FOR_FUNDS, "c", "d", PersonId.of("e@f"));

    assertThat(a.outboxKey("k")).isNotEqualTo(b.outboxKey("k"));
  }

  @Test
  void acceptsE164NumbersOnly() {
    assertThat(PhoneNumber.of("+32470123456").digits()).isEqualTo("32470123456");
    assertThatThrownBy(() -> PhoneNumber.of("0470 12 34 56"))
        .isInstanceOfSatisfying(KoproGoException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_FIELD));
    assertThatThrownBy(() -> PhoneNumber.of("+0470123456")).isInstanceOf(KoproGoException.class);
  }

  @Test
  void readsLanguageTagsAndRefusesOtherLanguages() {
    assertThat(Language.ofCode("nl-BE")).contains(Language.DUTCH);
    assertThat(Language.ofCode("de_BE")).contains(Language.GERMAN);
    assertThat(Language.ofCode("fr")).contains(Language.FRENCH);
    assertThat(Language.ofCode("it")).isEmpty();
    assertThat(Language.ofCode(null)).isEmpty();
  }

  @Test
  void refusesANotificationWhoseKeyNamesAnotherPerson() {
    NotificationKey key = new NotificationKey(ACP, Intent.MINUTES_PUBLISHED, "ga-2026", "published", ANNE);
    Recipient bob = new Recipient(PersonId.of("bob"), PhoneNumber.of("+32470999999"), Language.DUTCH);

    assertThatThrownBy(() -> new Notification(key, bob, Map.of())).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void deniesByDefault() {
    Consents consents = new InMemoryConsents();

    boolean allowed = consents.allows(ANNE, Channel.WHATSAPP);

    assertThat(allowed).isFalse();
  }

  @Test
  void allowsAfterAnOptInOnThatChannelOnly() {
    Consents consents = new InMemoryConsents();

    consents.record(ConsentRecord.optIn(ANNE, Channel.WHATSAPP, MONDAY, "signed form ref. 2026-014"));

    assertThat(consents.allows(ANNE, Channel.WHATSAPP)).isTrue();
    assertThat(consents.allows(ANNE, Channel.SMS)).isFalse();
    assertThat(consents.current(ANNE, Channel.WHATSAPP).orElseThrow().proof()).isEqualTo("signed form ref. 2026-014");
  }

  @Test
  void honoursAnOptOutAtOnceAndKeepsTheHistory() {
    Consents consents = new InMemoryConsents();
    consents.record(ConsentRecord.optIn(ANNE, Channel.WHATSAPP, MONDAY, "signed form"));

    consents.record(ConsentRecord.optOut(ANNE, Channel.WHATSAPP, MONDAY.plusSeconds(60), "replied STOP"));

    assertThat(consents.allows(ANNE, Channel.WHATSAPP)).isFalse();
    assertThat(consents.history(ANNE, Channel.WHATSAPP)).hasSize(2);
  }

  @Test
  void refusesAnOptInWithoutProof() {
    assertThatThrownBy(() -> ConsentRecord.optIn(ANNE, Channel.WHATSAPP, MONDAY, " "))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void neverMovesADeliveryBackwards() {
    assertThat(DeliveryStatus.SENT.advancesTo(DeliveryStatus.DELIVERED)).isTrue();
    assertThat(DeliveryStatus.ACCEPTED.advancesTo(DeliveryStatus.READ)).isTrue();
    assertThat(DeliveryStatus.DELIVERED.advancesTo(DeliveryStatus.SENT)).isFalse();
    assertThat(DeliveryStatus.READ.advancesTo(DeliveryStatus.DELIVERED)).isFalse();
    assertThat(DeliveryStatus.DELIVERED.advancesTo(DeliveryStatus.FAILED)).isFalse();
    assertThat(DeliveryStatus.SENT.advancesTo(DeliveryStatus.FAILED)).isTrue();
    assertThat(DeliveryStatus.FAILED.advancesTo(DeliveryStatus.READ)).isFalse();
    assertThat(DeliveryStatus.SENT.advancesTo(DeliveryStatus.SENT)).isFalse();
  }
}
