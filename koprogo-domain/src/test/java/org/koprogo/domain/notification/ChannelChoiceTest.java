/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.koprogo.domain.notification.ChannelChoice.Reason;
import org.koprogo.domain.notification.ChannelChoice.Route;
import org.koprogo.domain.shared.ErrorCode;
import org.koprogo.domain.shared.KoproGoException;

class ChannelChoiceTest {
  private static final Set<ContactChannel> BOTH = Set.of(ContactChannel.WHATSAPP, ContactChannel.EMAIL);

  @Test
  void aChosenChannelWithConsentAndAddressIsTaken() {
    assertThat(ChannelChoice.route(Optional.of(ContactChannel.EMAIL), BOTH, true, true))
        .isEqualTo(new Route(ContactChannel.EMAIL, Reason.CHOSEN));
    assertThat(ChannelChoice.route(Optional.of(ContactChannel.WHATSAPP), BOTH, true, true))
        .isEqualTo(new Route(ContactChannel.WHATSAPP, Reason.CHOSEN));
  }

  @Test
  void aChosenChannelWithoutConsentFallsBackToPaperNotToTheOtherChannel() {
    Route route = ChannelChoice.route(Optional.of(ContactChannel.WHATSAPP), Set.of(ContactChannel.EMAIL), true, true);

    assertThat(route).isEqualTo(new Route(ContactChannel.POST, Reason.NO_CONSENT));
    assertThat(route.electronic()).isFalse();
  }

  @Test
  void aChosenChannelWithoutAddressIsPaper() {
    assertThat(ChannelChoice.route(Optional.of(ContactChannel.EMAIL), BOTH, true, false))
        .isEqualTo(new Route(ContactChannel.POST, Reason.NO_ADDRESS));
    assertThat(ChannelChoice.route(Optional.of(ContactChannel.WHATSAPP), BOTH, false, true))
        .isEqualTo(new Route(ContactChannel.POST, Reason.NO_ADDRESS));
  }

  @Test
  void postIsKeptEvenWithEveryConsent() {
    assertThat(ChannelChoice.route(Optional.of(ContactChannel.POST), BOTH, true, true))
        .isEqualTo(new Route(ContactChannel.POST, Reason.CHOSEN));
  }

  @Test
  void withoutChoiceWhatsAppThenEmailThenPaper() {
    assertThat(ChannelChoice.route(Optional.empty(), BOTH, true, true).channel()).isEqualTo(ContactChannel.WHATSAPP);
    assertThat(ChannelChoice.route(Optional.empty(), BOTH, false, true).channel()).isEqualTo(ContactChannel.EMAIL);
    assertThat(ChannelChoice.route(Optional.empty(), Set.of(ContactChannel.EMAIL), true, true))
        .isEqualTo(new Route(ContactChannel.EMAIL, Reason.CONSENTED));
    assertThat(ChannelChoice.route(Optional.empty(), Set.of(), true, true))
        .isEqualTo(new Route(ContactChannel.POST, Reason.NOTHING_CHOSEN));
  }

  @Test
  void parsesOnlyTheStableNames() {
    assertThat(ContactChannel.parse("EMAIL", "channel")).isEqualTo(ContactChannel.EMAIL);

    assertThatThrownBy(() -> ContactChannel.parse("email", "channel"))
        .isInstanceOfSatisfying(KoproGoException.class, e -> {
          assertThat(e.code()).isEqualTo(ErrorCode.INVALID_FIELD);
          assertThat(e.details()).containsEntry("field", "channel");
        });
    assertThatThrownBy(() -> ContactChannel.parse(" ", "body.channel"))
        .isInstanceOfSatisfying(KoproGoException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.MISSING_FIELD));
    assertThatThrownBy(() -> ContactChannel.parse("x".repeat(10_000), "channel"))
        .isInstanceOfSatisfying(KoproGoException.class, e -> assertThat(e.getMessage().length()).isLessThan(200));
  }

  @Test
  void onlyWhatsAppAndEmailNeedConsent() {
    assertThat(ContactChannel.WHATSAPP.needsConsent()).isTrue();
    assertThat(ContactChannel.EMAIL.needsConsent()).isTrue();
    assertThat(ContactChannel.POST.needsConsent()).isFalse();
    assertThat(ContactChannel.IN_APP.needsConsent()).isFalse();
  }

  @Test
  void inAppChosenIsTakenWithoutConsentNorAddress() {
    Route route = ChannelChoice.route(Optional.of(ContactChannel.IN_APP), Set.of(), false, false);

    assertThat(route).isEqualTo(new Route(ContactChannel.IN_APP, Reason.CHOSEN));
    assertThat(route.electronic()).isTrue();
  }

  @Test
  void inAppIsNeverTakenUnlessChosen() {
    for (boolean phone : new boolean[] {false, true}) {
      for (boolean email : new boolean[] {false, true}) {
        for (Set<ContactChannel> consented : java.util.List.of(Set.<ContactChannel>of(), BOTH,
            Set.of(ContactChannel.EMAIL), Set.of(ContactChannel.WHATSAPP))) {
          assertThat(ChannelChoice.route(Optional.empty(), consented, phone, email).channel())
              .isNotEqualTo(ContactChannel.IN_APP);
        }
      }
    }
  }

  @Test
  void inAppIsAStableName() {
    assertThat(ContactChannel.parse("IN_APP", "channel")).isEqualTo(ContactChannel.IN_APP);
    assertThatThrownBy(() -> ContactChannel.parse("in-app", "channel"))
        .isInstanceOfSatisfying(KoproGoException.class, e -> assertThat(e.getMessage()).contains("IN_APP"));
  }
}
