/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.application;

import java.util.List;
import org.koprogo.ports.in.query.KeepDeadLetters;
import org.koprogo.ports.out.OrganisationId;
import org.koprogo.ports.out.OutPorts;
import org.koprogo.ports.out.Outbox;
import org.koprogo.ports.out.OutboxMessageId;
import org.koprogo.ports.out.StoreErrors;

/** {@link KeepDeadLetters}: the outbox's dead letters without their recipient, and a replay. */
final class DeadLetterKeeping implements KeepDeadLetters {
  private final OutPorts ports;

  DeadLetterKeeping(OutPorts ports) {
    this.ports = ports;
  }

  @Override
  public List<DeadLetter> deadLetters(String organisation, Integer limit) {
    int n = limit == null ? Pages.DEFAULT : Math.max(1, Math.min(Pages.MAX, limit));
    return ports.outbox().deadLetters(OrganisationId.of(organisation), n).stream()
        .map(DeadLetterKeeping::letter).toList();
  }

  @Override
  public List<DeadLetter> deadLetters(String organisation, Integer limit, String after) {
    int n = Pages.limit(limit);
    var from = Pages.after(after, "a message id", OutboxMessageId::of);
    return ports.outbox().deadLetters(OrganisationId.of(organisation), from, n).stream()
        .map(DeadLetterKeeping::letter).toList();
  }

  /** The dead letter without its recipient. */
  private static DeadLetter letter(Outbox.Message m) {
    return new DeadLetter(m.id().value(), m.key().kind(), m.key().entity(), m.key().event(),
        m.channel(), m.attempts(), m.createdAt(), m.lastError());
  }

  @Override
  public void replay(String organisation, String message) {
    if (!ports.outbox().replay(OrganisationId.of(organisation), OutboxMessageId.of(message))) {
      throw StoreErrors.notFound("dead letter", message);
    }
  }
}
