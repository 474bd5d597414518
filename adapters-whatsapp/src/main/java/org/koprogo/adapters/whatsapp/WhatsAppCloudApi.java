/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.adapters.whatsapp;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Objects;

/**
 * A thin client of the WhatsApp Business Cloud API's messages endpoint, on {@code java.net.http}:
 * {@code POST /{version}/{phone-number-id}/messages} with a bearer token and a template message.
 *
 * <p>It never retries by itself (the JDK client does not resend a POST either): the dispatcher
 * decides, from the {@link SendResult}, whether sending again is safe. Unknown fields in the
 * answers are ignored. Thread-safe.
 */
public final class WhatsAppCloudApi {
  private static final ObjectMapper JSON =
      new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

  private final WhatsAppConfig config;
  private final HttpClient http;
  private final Duration requestTimeout;

  /**
   * @param config where and as whom to send, never null
   * @param http the HTTP client (its connect timeout tells "never sent" from "no answer"), never null
   * @param requestTimeout how long to wait for an answer once the request is sent, never null
   */
  public WhatsAppCloudApi(WhatsAppConfig config, HttpClient http, Duration requestTimeout) {
    this.config = Objects.requireNonNull(config, "config");
    this.http = Objects.requireNonNull(http, "http");
    this.requestTimeout = Objects.requireNonNull(requestTimeout, "requestTimeout");
  }

  /** A client with a 5-second connect timeout and a 15-second request timeout. */
  public static WhatsAppCloudApi of(WhatsAppConfig config) {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    return new WhatsAppCloudApi(config, http, Duration.ofSeconds(15));
  }

  /** Sends one template message; never throws for what the network or Meta did. */
  public SendResult send(TemplateMessage message) {
    HttpRequest request =
        HttpRequest.newBuilder(config.messagesUri())
            .timeout(requestTimeout)
            .header("Authorization", "Bearer " + config.accessToken())
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body(message), StandardCharsets.UTF_8))
            .build();
    HttpResponse<String> response;
    try {
      response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (HttpConnectTimeoutException | ConnectException e) {
      return new SendResult.NotSent("no connection to the Cloud API: " + e);
    } catch (HttpTimeoutException e) {
      return new SendResult.OutcomeUnknown("no answer within " + requestTimeout + ": " + e.getMessage());
    } catch (IOException e) {
      return new SendResult.OutcomeUnknown("connection lost before the answer: " + e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new SendResult.OutcomeUnknown("interrupted while waiting for the answer");
    }
    return interpret(response.statusCode(), response.body());
  }

  /** The JSON body of a template message request. */
  static String body(TemplateMessage message) {
    ObjectNode root = JSON.createObjectNode();
    root.put("messaging_product", "whatsapp");
    root.put("recipient_type", "individual");
    root.put("to", message.to());
    root.put("type", "template");
    ObjectNode template = root.putObject("template");
    template.put("name", message.template());
    template.putObject("language").put("code", message.language());
    if (!message.bodyParameters().isEmpty()) {
      ObjectNode body = template.putArray("components").addObject();
      body.put("type", "body");
      ArrayNode parameters = body.putArray("parameters");
      for (String text : message.bodyParameters()) {
        parameters.addObject().put("type", "text").put("text", text);
      }
    }
    root.put("biz_opaque_callback_data", message.callbackData());
    return root.toString();
  }

  /** Reads an answer: a message id on success, the error object otherwise. */
  static SendResult interpret(int status, String body) {
    JsonNode root;
    try {
      root = body == null || body.isBlank() ? JSON.createObjectNode() : JSON.readTree(body);
    } catch (IOException e) {
      root = JSON.createObjectNode();
    }
    if (status >= 200 && status < 300) {
      String wamid = root.path("messages").path(0).path("id").asText("");
      return wamid.isEmpty()
          ? new SendResult.OutcomeUnknown("HTTP " + status + " without a message id")
          : new SendResult.Accepted(wamid);
    }
    return new SendResult.Refused(error(status, root.path("error")));
  }

  /** Reads a Graph API error object ({@code code}, {@code error_data.details}, {@code fbtrace_id}). */
  static CloudApiError error(int status, JsonNode error) {
    return new CloudApiError(
        status,
        error.path("code").asInt(-1),
        error.path("error_subcode").asInt(-1),
        error.path("message").asText(""),
        error.path("error_data").path("details").asText(""),
        error.path("fbtrace_id").asText(""));
  }
}
