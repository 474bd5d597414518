/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.adapters.whatsapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.koprogo.adapters.whatsapp.WhatsAppFixtures.anne;
import static org.koprogo.adapters.whatsapp.WhatsAppFixtures.callForFunds;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.koprogo.adapters.whatsapp.WhatsAppFixtures.Harness;
import org.koprogo.ports.out.Outbox;
import org.koprogo.ports.out.Outbox.Message;
import org.koprogo.ports.out.Outbox.Status;
import org.koprogo.ports.out.OutboxMessageId;

/** The dispatcher claims only WhatsApp messages: another channel's messages stay free for their worker. */
class ChannelClaimTest {
  private Harness harness;

  @BeforeEach
  void start() throws Exception {
    harness = Harness.standard();
    harness.optIn(anne());
  }

  @AfterEach
  void stop() {
    harness.close();
  }

  @Test
  void leavesAnotherChannelsMessageUnclaimed() throws Exception {
    harness.notifications.notify(callForFunds(anne(), "call-1"));
    OutboxMessageId email = harness.outbox.enqueue(new Outbox.NewMessage(WhatsAppFixtures.ACP,
        new Outbox.Key("email:call_for_funds", "call-1", "anne"), "email", "anne@example.org", "{}",
        harness.clock.now(), null)).id();

    WhatsAppDispatcher.Round round = harness.dispatcher.dispatchOnce();

    Message other = harness.outbox.find(WhatsAppFixtures.ACP, email).orElseThrow();
    assertThat(round.claimed()).isEqualTo(1);
    assertThat(round.sent()).isEqualTo(1);
    assertThat(other.status()).isEqualTo(Status.PENDING);
    assertThat(other.attempts()).isZero();
    assertThat(harness.outbox.claim("email-worker", 10, harness.policy.lease()))
        .extracting(Message::id).containsExactly(email);
  }
}
