/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.koprogo.ports.contract.PortsFixtures.ACME;
import static org.koprogo.ports.contract.PortsFixtures.OTHER;
import static org.koprogo.ports.contract.PortsFixtures.T0;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.koprogo.ports.memory.ManualClock;
import org.koprogo.ports.out.InboxMessage;
import org.koprogo.ports.out.DataSubject;
import org.koprogo.ports.out.Inboxes;
import org.koprogo.ports.out.PersonalDataHolder;
import org.koprogo.ports.out.OrganisationId;
import org.koprogo.ports.out.OutPorts;
import org.koprogo.ports.out.OutboxMessageId;

/**
 * The {@link Inboxes} contract, for every adapter: exact round trip, one message per outbox id
 * however often it is delivered, only the recipient's messages of the organisation, newest first
 * with ties broken by id, pages that walk the whole inbox once, and deliveries that join the
 * store's units of work.
 */
public abstract class InboxesContract {

  /**
   * The inboxes under test beside the adapter's other ports (whose transactions they join).
   *
   * @param ports the adapter's ports
   * @param inboxes the inboxes on the same store
   */
  public record Store(OutPorts ports, Inboxes inboxes) {}

  /** Empty inboxes (no message of any organisation) on an adapter reading {@code clock}. */
  protected abstract Store freshInboxes(ManualClock clock);

  private OutPorts ports;
  private Inboxes inboxes;

  @BeforeEach
  void fresh() {
    Store s = freshInboxes(ManualClock.at(T0));
    ports = s.ports();
    inboxes = s.inboxes();
  }

  private static InboxMessage message(OrganisationId organisation, String id, String recipient, Instant at) {
    return new InboxMessage(organisation, OutboxMessageId.of(id), recipient, "in-app", "LOT_ALLOCATION_PROPOSED",
        "{\"lot\":\"A1\",\"id\":\"" + id + "\"}", at);
  }

  private List<String> ids(List<InboxMessage> page) {
    return page.stream().map(m -> m.id().value()).toList();
  }

  private List<InboxMessage> firstPage(OrganisationId organisation, String recipient, int limit) {
    return inboxes.page(organisation, recipient, Optional.empty(), limit);
  }

  @Test
  void readsBackExactlyWhatWasDeliveredToTheMicrosecond() {
    InboxMessage sent = new InboxMessage(ACME, OutboxMessageId.of("m-1"), "member-1", "community",
        "community_return_reminder", "{\"loan\":\"l-1\",\"note\":\"caf\u00e9 \\\"quoted\\\"\"}",
        T0.plusNanos(123_456_789));

    boolean stored = inboxes.deliver(sent);

    assertThat(stored).isTrue();
    assertThat(firstPage(ACME, "member-1", 10)).containsExactly(sent);
    assertThat(sent.deliveredAt()).isEqualTo(T0.plusNanos(123_456_000));
  }

  @Test
  void keepsAMessageDeliveredTwiceOnce() {
    InboxMessage first = message(ACME, "m-1", "member-1", T0);

    boolean once = inboxes.deliver(first);
    boolean twice = inboxes.deliver(message(ACME, "m-1", "member-1", T0.plusSeconds(60)));

    assertThat(once).isTrue();
    assertThat(twice).isFalse();
    assertThat(firstPage(ACME, "member-1", 10)).containsExactly(first);
  }

  @Test
  void showsOnlyTheRecipientsMessagesOfTheOrganisation() {
    inboxes.deliver(message(ACME, "m-1", "member-1", T0));
    inboxes.deliver(message(ACME, "m-2", "member-2", T0));
    inboxes.deliver(message(OTHER, "m-3", "member-1", T0));

    List<InboxMessage> acme = firstPage(ACME, "member-1", 10);
    List<InboxMessage> other = firstPage(OTHER, "member-1", 10);
    List<InboxMessage> nobody = firstPage(ACME, "member-9", 10);

    assertThat(ids(acme)).containsExactly("m-1");
    assertThat(ids(other)).containsExactly("m-3");
    assertThat(nobody).isEmpty();
  }

  @Test
  void listsTheNewestFirstAndAmongSimultaneousOnesTheGreaterIdFirst() {
    inboxes.deliver(message(ACME, "m-1", "member-1", T0));
    inboxes.deliver(message(ACME, "m-4", "member-1", T0.plusSeconds(10)));
    inboxes.deliver(message(ACME, "m-2", "member-1", T0.plusSeconds(20)));
    inboxes.deliver(message(ACME, "m-3", "member-1", T0.plusSeconds(10)));

    List<InboxMessage> page = firstPage(ACME, "member-1", 10);

    assertThat(ids(page)).containsExactly("m-2", "m-4", "m-3", "m-1");
  }

  @Test
  void pagesWalkTheWholeInboxOnceNewestFirst() {
    List<String> expected = new ArrayList<>();
    for (int i = 0; i < 7; i++) {
      // pairs delivered at the same instant: the cursor must break ties by id
      String id = "m-" + i;
      inboxes.deliver(message(ACME, id, "member-1", T0.plusSeconds(i / 2)));
      expected.add(0, id);
    }
    inboxes.deliver(message(ACME, "x-9", "member-2", T0.plusSeconds(2)));

    List<String> seen = new ArrayList<>();
    List<Integer> sizes = new ArrayList<>();
    Optional<Inboxes.Position> after = Optional.empty();
    List<InboxMessage> page;
    do {
      page = inboxes.page(ACME, "member-1", after, 3);
      sizes.add(page.size());
      seen.addAll(ids(page));
      after = page.isEmpty() ? after : Optional.of(page.get(page.size() - 1).position());
    } while (page.size() == 3);

    assertThat(seen).containsExactlyElementsOf(expected);
    assertThat(sizes).containsExactly(3, 3, 1);
  }

  @Test
  void aPageAfterTheOldestMessageIsEmpty() {
    InboxMessage only = message(ACME, "m-1", "member-1", T0);
    inboxes.deliver(only);

    List<InboxMessage> page = inboxes.page(ACME, "member-1", Optional.of(only.position()), 10);

    assertThat(page).isEmpty();
  }

  @Test
  void refusesALimitOutOfBounds() {
    assertThatThrownBy(() -> firstPage(ACME, "member-1", 0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> firstPage(ACME, "member-1", Inboxes.MAX_PAGE + 1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aFailedUnitOfWorkDeliversNothing() {
    assertThatThrownBy(() -> ports.transactions().run(() -> {
      inboxes.deliver(message(ACME, "m-1", "member-1", T0));
      throw new IllegalStateException("boom");
    })).isInstanceOf(IllegalStateException.class);

    boolean deliveredAfterwards = inboxes.deliver(message(ACME, "m-1", "member-1", T0));

    assertThat(deliveredAfterwards).isTrue();
    assertThat(ids(firstPage(ACME, "member-1", 10))).containsExactly("m-1");
  }

  @Test
  void aPersonsNoticesAreExportedOldestFirstAndErasedAndNobodyElses() {
    PersonalDataHolder holder = (PersonalDataHolder) inboxes;
    inboxes.deliver(message(ACME, "00000000-0000-0000-0000-0000000000b1", "O1", T0.plusSeconds(2)));
    inboxes.deliver(message(ACME, "00000000-0000-0000-0000-0000000000b2", "O1", T0.plusSeconds(1)));
    inboxes.deliver(message(ACME, "00000000-0000-0000-0000-0000000000b3", "O2", T0));
    inboxes.deliver(message(OrganisationId.of("org-other"), "00000000-0000-0000-0000-0000000000b4", "O1", T0));
    DataSubject o1 = new DataSubject(ACME, DataSubject.Kind.OWNER, "O1");

    java.util.Map<String, List<java.util.Map<String, Object>>> export = holder.export(o1);
    int erased = holder.erase(o1, T0.plusSeconds(60));

    assertThat(export.get("inbox")).extracting(r -> r.get("id"))
        .containsExactly("00000000-0000-0000-0000-0000000000b2", "00000000-0000-0000-0000-0000000000b1");
    assertThat(export.get("inbox").get(0)).containsEntry("kind", "LOT_ALLOCATION_PROPOSED")
        .containsKeys("channel", "payload", "deliveredAt");
    assertThat(erased).isEqualTo(2);
    assertThat(firstPage(ACME, "O1", 10)).isEmpty();
    assertThat(firstPage(ACME, "O2", 10)).hasSize(1);
    assertThat(firstPage(OrganisationId.of("org-other"), "O1", 10)).hasSize(1);
    assertThat(holder.export(o1).get("inbox")).isEmpty();
  }
}
