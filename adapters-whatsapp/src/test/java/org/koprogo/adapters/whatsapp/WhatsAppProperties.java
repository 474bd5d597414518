/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.adapters.whatsapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.quicktheories.generators.SourceDSL.strings;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.koprogo.domain.shared.Money;
import org.koprogo.ports.out.OutboxMessageId;
import org.koprogo.ports.out.notification.DeliveryJournal.Receipt;
import org.koprogo.ports.out.notification.DeliveryStatus;
import org.koprogo.ports.out.notification.InMemoryDeliveryJournal;
import org.koprogo.ports.out.notification.Language;

class WhatsAppProperties {

  @Test
  void formattedAmountsKeepEveryDigitInEachLanguage() {
    qt().forAll(longs().between(-999_999_999_999L, 999_999_999_999L), integers().between(0, 3))
        .checkAssert((minor, languageIndex) -> {
          Language language = Language.values()[languageIndex];

          String text = LocalizedValues.amount(Money.ofMinor(Money.EUR, minor), language);

          String digits = text.replaceAll("[^0-9]", "");
          assertThat(Long.parseLong(digits)).isEqualTo(Math.abs(minor));
          assertThat(text.startsWith("-") || text.contains("-")).isEqualTo(minor < 0);
          assertThat(text).contains("€").doesNotContain(" ");
        });
  }

  @Test
  void groupsThousandsByThreeBeforeTheDecimalComma() {
    qt().forAll(longs().between(0, 999_999_999_999L))
        .checkAssert(minor -> {
          String text = LocalizedValues.amount(Money.ofMinor(Money.EUR, minor), Language.FRENCH);

          String units = text.substring(0, text.indexOf(','));
          String[] groups = units.split("\u202F");
          assertThat(groups[0]).hasSizeBetween(1, 3);
          for (int i = 1; i < groups.length; i++) {
            assertThat(groups[i]).hasSize(3);
          }
          assertThat(text).endsWith("\u00A0€");
        });
  }

  @Test
  void aSignatureVerifiesItsBodyAndNoOther() {
    WebhookSignature signature = new WebhookSignature("secret");
    qt().forAll(strings().allPossible().ofLengthBetween(0, 200), integers().between(0, 199))
        .checkAssert((body, flip) -> {
          byte[] raw = body.getBytes(StandardCharsets.UTF_8);

          String header = signature.sign(raw);

          assertThat(signature.verifies(raw, header)).isTrue();
          if (raw.length > 0) {
            byte[] tampered = raw.clone();
            tampered[flip % raw.length] ^= 0x01;
            assertThat(signature.verifies(tampered, header)).isFalse();
          }
        });
  }

  @Test
  void theFurthestStatusDoesNotDependOnTheOrderOrRepetitionOfReports() {
    List<DeliveryStatus> reported = List.of(DeliveryStatus.SENT, DeliveryStatus.DELIVERED, DeliveryStatus.READ);
    qt().forAll(lists().of(integers().between(0, 2)).ofSizeBetween(1, 8), longs().all())
        .checkAssert((indexes, seed) -> {
          List<DeliveryStatus> statuses = new ArrayList<>();
          indexes.forEach(i -> statuses.add(reported.get(i)));
          Collections.shuffle(statuses, new Random(seed));
          InMemoryDeliveryJournal journal = new InMemoryDeliveryJournal();
          OutboxMessageId id = OutboxMessageId.of("m-1");

          for (DeliveryStatus status : statuses) {
            journal.record(new Receipt("wamid.1", Optional.of(id), status, Instant.EPOCH, ""));
          }

          DeliveryStatus highest = statuses.stream().max(Enum::compareTo).orElseThrow();
          assertThat(journal.furthest(id).orElseThrow().status()).isEqualTo(highest);
        });
  }
}
