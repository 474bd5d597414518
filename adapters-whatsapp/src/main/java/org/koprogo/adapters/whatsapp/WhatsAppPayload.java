/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.adapters.whatsapp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.koprogo.ports.out.notification.PersonId;

/**
 * What the adapter stores in an outbox message: the rendered template message (language chosen,
 * values formatted at enqueue time, so a retry sends exactly the same text) and the person whose
 * consent is checked again just before sending. Stored as JSON:
 * {@code {"v":1,"person":"owner-anne","to":"32470123456","template":"koprogo_call_for_funds",
 * "language":"fr","parameters":["..."]}}.
 */
record WhatsAppPayload(PersonId person, String to, String template, String language, List<String> parameters) {
  private static final ObjectMapper JSON = new ObjectMapper();

  WhatsAppPayload {
    Objects.requireNonNull(person, "person");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(template, "template");
    Objects.requireNonNull(language, "language");
    parameters = List.copyOf(parameters);
  }

  String toJson() {
    ObjectNode root = JSON.createObjectNode();
    root.put("v", 1);
    root.put("person", person.value());
    root.put("to", to);
    root.put("template", template);
    root.put("language", language);
    parameters.forEach(root.putArray("parameters")::add);
    return root.toString();
  }

  /** The payload, or empty when the text is not a version-1 payload (or was erased). */
  static Optional<WhatsAppPayload> fromJson(String json) {
    try {
      JsonNode root = JSON.readTree(json);
      if (root == null || root.path("v").asInt() != 1 || !root.path("parameters").isArray()) {
        return Optional.empty();
      }
      List<String> parameters = new ArrayList<>();
      root.path("parameters").forEach(p -> parameters.add(p.asText()));
      return Optional.of(new WhatsAppPayload(
          PersonId.of(root.path("person").asText()),
          root.path("to").asText(),
          root.path("template").asText(),
          root.path("language").asText(),
          parameters));
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  TemplateMessage message(String callbackData) {
    return new TemplateMessage(to, template, language, parameters, callbackData);
  }
}
