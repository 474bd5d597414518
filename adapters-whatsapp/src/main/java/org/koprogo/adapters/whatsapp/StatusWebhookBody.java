/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.adapters.whatsapp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.koprogo.ports.out.notification.DeliveryStatus;

/**
 * Reads the status updates out of a {@code messages} webhook body. Inbound messages, errors
 * without a status and statuses KoproGo does not track (such as {@code deleted}) are skipped;
 * unknown fields are ignored.
 */
final class StatusWebhookBody {
  private static final ObjectMapper JSON = new ObjectMapper();

  private StatusWebhookBody() {}

  /**
   * The status updates, in the order of the body.
   *
   * @throws IOException if the body is not JSON
   */
  static List<StatusUpdate> parse(byte[] rawBody) throws IOException {
    JsonNode root = JSON.readTree(rawBody);
    if (root == null) {
      throw new IOException("empty body");
    }
    List<StatusUpdate> updates = new ArrayList<>();
    for (JsonNode entry : root.path("entry")) {
      for (JsonNode change : entry.path("changes")) {
        for (JsonNode status : change.path("value").path("statuses")) {
          status(status).ifPresent(updates::add);
        }
      }
    }
    return updates;
  }

  private static Optional<StatusUpdate> status(JsonNode node) {
    String wamid = node.path("id").asText("");
    Optional<DeliveryStatus> status = switch (node.path("status").asText("").toLowerCase(Locale.ROOT)) {
      case "sent" -> Optional.of(DeliveryStatus.SENT);
      case "delivered" -> Optional.of(DeliveryStatus.DELIVERED);
      case "read" -> Optional.of(DeliveryStatus.READ);
      case "failed" -> Optional.of(DeliveryStatus.FAILED);
      default -> Optional.empty();
    };
    if (wamid.isEmpty() || status.isEmpty()) {
      return Optional.empty();
    }
    String callback = node.path("biz_opaque_callback_data").asText("");
    List<CloudApiError> errors = new ArrayList<>();
    for (JsonNode error : node.path("errors")) {
      errors.add(new CloudApiError(
          0,
          error.path("code").asInt(-1),
          -1,
          error.path("title").asText(error.path("message").asText("")),
          error.path("error_data").path("details").asText(""),
          ""));
    }
    return Optional.of(new StatusUpdate(
        wamid,
        status.get(),
        Instant.ofEpochSecond(node.path("timestamp").asLong(0)),
        node.path("recipient_id").asText(""),
        callback.isEmpty() ? Optional.empty() : Optional.of(callback),
        errors));
  }
}
