/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.adapters.whatsapp;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.koprogo.ports.out.Outbox;
import org.koprogo.ports.out.OutboxMessageId;
import org.koprogo.ports.out.notification.DeliveryJournal;
import org.koprogo.ports.out.notification.DeliveryJournal.Receipt;
import org.koprogo.ports.out.notification.DeliveryJournal.Recorded;
import org.koprogo.ports.out.notification.DeliveryStatus;

/**
 * The WhatsApp webhook endpoint's logic, for a host to mount on one URL: {@code GET} is the
 * verification handshake, {@code POST} carries status updates.
 *
 * <p>A POST is accepted only with a valid {@code X-Hub-Signature-256} over its raw body. Each
 * status update is recorded in the {@link DeliveryJournal}, deduplicated on {@code (wamid,
 * status)} (Meta delivers webhooks at least once), and, when it moves the message forward
 * (never from delivered back to sent, nor from read to delivered), recorded on the outbox
 * message that carries that wamid. An update for a message the dispatcher has not marked sent yet
 * (its request timed out) stays in the journal: the dispatcher finds it there and marks the
 * message sent instead of sending it again. An update naming a message that was dead-lettered
 * because its outcome was unknown settles it at once: it is recorded as sent (with the update's
 * delivery status), leaves the dead letters and is never sent again.
 */
public final class WhatsAppWebhook {
  private final WebhookVerification verification;
  private final WebhookSignature signature;
  private final Outbox outbox;
  private final DeliveryJournal journal;

  public WhatsAppWebhook(WebhookVerification verification, WebhookSignature signature, Outbox outbox, DeliveryJournal journal) {
    this.verification = Objects.requireNonNull(verification, "verification");
    this.signature = Objects.requireNonNull(signature, "signature");
    this.outbox = Objects.requireNonNull(outbox, "outbox");
    this.journal = Objects.requireNonNull(journal, "journal");
  }

  /**
   * The handshake ({@code GET}): the body to answer 200 with, or empty for 403.
   *
   * @param mode {@code hub.mode}
   * @param token {@code hub.verify_token}
   * @param challenge {@code hub.challenge}
   */
  public Optional<String> verify(String mode, String token, String challenge) {
    return verification.challenge(mode, token, challenge);
  }

  /**
   * The handshake from the request's raw query string ({@code hub.mode=subscribe&hub.verify_token=
   * ...&hub.challenge=...}, percent-encoded as received): the body to answer 200 with, or empty
   * for 403.
   */
  public Optional<String> verifyQuery(String rawQuery) {
    Map<String, String> parameters = new HashMap<>();
    if (rawQuery != null) {
      for (String pair : rawQuery.split("&")) {
        int equals = pair.indexOf('=');
        if (equals > 0) {
          parameters.putIfAbsent(
              URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8),
              URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
        }
      }
    }
    return verify(parameters.get("hub.mode"), parameters.get("hub.verify_token"), parameters.get("hub.challenge"));
  }

  /**
   * What a POST did, and the HTTP status to answer: 200 when handled (Meta then stops
   * redelivering), 401 for a bad signature, 400 for a body that is not JSON.
   */
  public record Reception(int httpStatus, int updates, int applied, int duplicates, int stale) {}

  /**
   * Handles a POST.
   *
   * @param rawBody the body exactly as received (the signature covers these bytes), never null
   * @param signatureHeader the {@code X-Hub-Signature-256} header, or null when absent
   */
  public Reception receive(byte[] rawBody, String signatureHeader) {
    Objects.requireNonNull(rawBody, "rawBody");
    if (!signature.verifies(rawBody, signatureHeader)) {
      return new Reception(401, 0, 0, 0, 0);
    }
    List<StatusUpdate> updates;
    try {
      updates = StatusWebhookBody.parse(rawBody);
    } catch (IOException e) {
      return new Reception(400, 0, 0, 0, 0);
    }
    int applied = 0;
    int duplicates = 0;
    int stale = 0;
    for (StatusUpdate update : updates) {
      Receipt receipt = new Receipt(
          update.wamid(),
          update.callbackData().map(OutboxMessageId::of),
          update.status(),
          update.timestamp(),
          update.status() == DeliveryStatus.FAILED ? update.failureReason() : "");
      Recorded recorded = journal.record(receipt);
      switch (recorded) {
        case DUPLICATE -> duplicates++;
        case STALE -> stale++;
        case ADVANCED -> {
          if (!forward(outbox, receipt)) {
            settleDeadLetter(outbox, receipt);
          }
          applied++;
        }
      }
    }
    return new Reception(200, updates.size(), applied, duplicates, stale);
  }

  /**
   * A report that the message reached Meta (sent, delivered, read) for a message dead-lettered
   * because its request's outcome was unknown: the message is settled at once (recorded as sent
   * with the report's wamid and status, out of the dead letters, never sent again) rather than
   * at an operator's replay. A failed report leaves a dead letter as it is.
   *
   * @return true when a dead letter was settled
   */
  static boolean settleDeadLetter(Outbox outbox, Receipt receipt) {
    if (receipt.message().isEmpty()) {
      return false;
    }
    Outbox.DeliveryStatus delivery = switch (receipt.status()) {
      case DELIVERED -> Outbox.DeliveryStatus.DELIVERED;
      case READ -> Outbox.DeliveryStatus.READ;
      case ACCEPTED, SENT -> null;
      case FAILED -> Outbox.DeliveryStatus.FAILED;
    };
    if (delivery == Outbox.DeliveryStatus.FAILED) {
      return false;
    }
    boolean settled = outbox.settleDeadLetter(receipt.message().get(), receipt.externalId(), delivery, receipt.at());
    if (settled) {
      LOG.log(System.Logger.Level.INFO, "message " + receipt.message().get().value() + ": a status webhook ("
          + receipt.status() + ", " + receipt.externalId() + ") came after its dead letter; settled as sent");
    }
    return settled;
  }

  private static final System.Logger LOG = System.getLogger(WhatsAppWebhook.class.getName());

  /**
   * Records a delivered, read or failed report on the outbox message sent with that wamid (a
   * "sent" report changes nothing there: the message is already sent).
   *
   * @return false when no sent message carries the wamid yet
   */
  static boolean forward(Outbox outbox, Receipt receipt) {
    Outbox.DeliveryStatus status = switch (receipt.status()) {
      case DELIVERED -> Outbox.DeliveryStatus.DELIVERED;
      case READ -> Outbox.DeliveryStatus.READ;
      case FAILED -> Outbox.DeliveryStatus.FAILED;
      case ACCEPTED, SENT -> null;
    };
    return status != null && outbox.recordDelivery(receipt.externalId(), status, receipt.at(), receipt.detail());
  }
}
