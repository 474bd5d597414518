/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.adapters.whatsapp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * A local stand-in for the Cloud API's messages endpoint, on 127.0.0.1 and a free port, speaking
 * its JSON: the success answer with a {@code wamid}, Graph error objects, slow answers and dropped
 * connections. It records every request, and every message it accepted, and writes the status
 * webhooks Meta would send for them.
 */
final class FakeCloudApi implements AutoCloseable {
  static final String PHONE_NUMBER_ID = "106540352242922";
  static final String TOKEN = "test-token";
  private static final ObjectMapper JSON = new ObjectMapper();

  /** What the fake does with one request. */
  sealed interface Behaviour {}

  /** Accept the message and answer with its wamid. */
  record Accept() implements Behaviour {}

  /** Refuse with a Graph error. */
  record Fail(int httpStatus, int code, String message, String details) implements Behaviour {}

  /** Accept the message but answer only after {@code delayMillis}. */
  record Slow(long delayMillis) implements Behaviour {}

  /** Accept the message, then close the connection without answering. */
  record AcceptThenDrop() implements Behaviour {}

  /** Close the connection without accepting anything. */
  record DropBeforeAccepting() implements Behaviour {}

  /** An accepted message: what Meta would then deliver. */
  record AcceptedMessage(String wamid, String to, String callbackData, String template, String language, List<String> parameters) {}

  private final HttpServer server;
  private final Deque<Behaviour> script = new ArrayDeque<>();
  private volatile Function<JsonNode, Behaviour> fallback = request -> new Accept();
  private volatile java.util.function.Consumer<AcceptedMessage> onAccept = message -> {};
  private final List<JsonNode> requests = new CopyOnWriteArrayList<>();
  private final List<String> authorizations = new CopyOnWriteArrayList<>();
  private final List<String> paths = new CopyOnWriteArrayList<>();
  private final List<AcceptedMessage> accepted = new CopyOnWriteArrayList<>();
  private final Map<String, Integer> acceptedByCallback = new ConcurrentHashMap<>();
  private final AtomicLong ids = new AtomicLong();
  private final Map<String, Integer> inFlight = new ConcurrentHashMap<>();
  private final java.util.concurrent.atomic.AtomicInteger active = new java.util.concurrent.atomic.AtomicInteger();
  private volatile int maxInFlightPerRecipient;

  FakeCloudApi() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", this::handle);
    server.setExecutor(Executors.newCachedThreadPool(r -> {
      Thread thread = new Thread(r, "fake-cloud-api");
      thread.setDaemon(true);
      return thread;
    }));
    server.start();
  }

  URI baseUri() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
  }

  WhatsAppConfig config() {
    return new WhatsAppConfig(baseUri(), "v23.0", PHONE_NUMBER_ID, TOKEN);
  }

  /** The next requests get these behaviours, in order; then the fallback. */
  synchronized FakeCloudApi then(Behaviour... behaviours) {
    script.addAll(List.of(behaviours));
    return this;
  }

  /** Runs {@code hook} when a message is accepted, before the answer leaves (a webhook beating it). */
  FakeCloudApi onAccept(java.util.function.Consumer<AcceptedMessage> hook) {
    this.onAccept = hook;
    return this;
  }

  FakeCloudApi otherwise(Function<JsonNode, Behaviour> behaviour) {
    this.fallback = behaviour;
    return this;
  }

  List<JsonNode> requests() {
    return List.copyOf(requests);
  }

  List<String> authorizations() {
    return List.copyOf(authorizations);
  }

  List<String> paths() {
    return List.copyOf(paths);
  }

  List<AcceptedMessage> accepted() {
    return List.copyOf(accepted);
  }

  /** How many times a message with this callback data (outbox row) was accepted. */
  Map<String, Integer> acceptedByCallback() {
    return Map.copyOf(acceptedByCallback);
  }

  private synchronized Behaviour next(JsonNode request) {
    Behaviour scripted = script.poll();
    return scripted != null ? scripted : fallback.apply(request);
  }

  private void handle(HttpExchange exchange) throws IOException {
    active.incrementAndGet();
    try (exchange) {
      byte[] body = exchange.getRequestBody().readAllBytes();
      paths.add(exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath());
      authorizations.add(String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")));
      JsonNode request = JSON.readTree(body);
      requests.add(request);
      String to = request.path("to").asText();
      int concurrent = inFlight.merge(to, 1, Integer::sum);
      synchronized (this) {
        maxInFlightPerRecipient = Math.max(maxInFlightPerRecipient, concurrent);
      }
      Answer answer;
      try {
        answer = answer(request);
      } finally {
        // the request is over for the recipient before the client can see the answer
        inFlight.merge(to, -1, Integer::sum);
      }
      if (answer == null) {
        drop(exchange);
      } else {
        respond(exchange, answer.status(), answer.body());
      }
    } finally {
      active.decrementAndGet();
    }
  }

  /** Waits (up to 10 s) until no request is being handled: Meta has processed what it received. */
  void awaitIdle() {
    long deadline = System.nanoTime() + 10_000_000_000L;
    while (active.get() > 0 && System.nanoTime() < deadline) {
      sleep(5);
    }
  }

  /** The most requests to one recipient that were ever being handled at the same time. */
  int maxInFlightPerRecipient() {
    return maxInFlightPerRecipient;
  }

  private record Answer(int status, String body) {}

  /** The answer to give, or null to drop the connection. */
  private Answer answer(JsonNode request) {
    Behaviour behaviour = next(request);
    if (behaviour instanceof Fail fail) {
      return new Answer(fail.httpStatus(), errorBody(fail));
    }
    if (behaviour instanceof DropBeforeAccepting) {
      return null;
    }
    String wamid = accept(request);
    if (behaviour instanceof AcceptThenDrop) {
      return null;
    }
    if (behaviour instanceof Slow slow) {
      sleep(slow.delayMillis());
    }
    return new Answer(200, successBody(request.path("to").asText(), wamid));
  }

  private String accept(JsonNode request) {
    String wamid = "wamid.HBgLMzI0NzAxMjM0NTYVAgARGBI" + ids.incrementAndGet();
    String callback = request.path("biz_opaque_callback_data").asText("");
    List<String> parameters = new ArrayList<>();
    for (JsonNode p : request.path("template").path("components").path(0).path("parameters")) {
      parameters.add(p.path("text").asText());
    }
    accepted.add(new AcceptedMessage(
        wamid,
        request.path("to").asText(),
        callback,
        request.path("template").path("name").asText(),
        request.path("template").path("language").path("code").asText(),
        parameters));
    acceptedByCallback.merge(callback, 1, Integer::sum);
    onAccept.accept(accepted.get(accepted.size() - 1));
    return wamid;
  }

  /** Closes the connection with no answer at all. */
  private static void drop(HttpExchange exchange) {
    // Closing the exchange before sending headers makes the JDK server close the connection.
    exchange.close();
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void respond(HttpExchange exchange, int status, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    try {
      exchange.sendResponseHeaders(status, bytes.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(bytes);
      }
    } catch (IOException gone) {
      // the client gave up (timeout): nothing to answer to
    }
  }

  static String successBody(String to, String wamid) {
    return "{\"messaging_product\":\"whatsapp\",\"contacts\":[{\"input\":\"" + to + "\",\"wa_id\":\"" + to
        + "\"}],\"messages\":[{\"id\":\"" + wamid + "\",\"message_status\":\"accepted\"}]}";
  }

  static String errorBody(Fail fail) {
    return "{\"error\":{\"message\":\"(#" + fail.code() + ") " + fail.message()
        + "\",\"type\":\"OAuthException\",\"code\":" + fail.code()
        + ",\"error_data\":{\"messaging_product\":\"whatsapp\",\"details\":\"" + fail.details()
        + "\"},\"error_subcode\":2494010,\"fbtrace_id\":\"AbCdEf123_trace\"}}";
  }

  /** The webhook body Meta sends for status changes of accepted messages. */
  static String statusWebhook(List<StatusEvent> events) {
    StringBuilder statuses = new StringBuilder();
    for (StatusEvent event : events) {
      if (statuses.length() > 0) {
        statuses.append(',');
      }
      statuses.append("{\"id\":\"").append(event.wamid()).append("\",\"status\":\"").append(event.status())
          .append("\",\"timestamp\":\"").append(event.epochSecond()).append("\",\"recipient_id\":\"")
          .append(event.recipient()).append('"');
      if (event.callbackData() != null) {
        statuses.append(",\"biz_opaque_callback_data\":\"").append(event.callbackData()).append('"');
      }
      if ("failed".equals(event.status())) {
        statuses.append(",\"errors\":[{\"code\":131026,\"title\":\"Message undeliverable\",")
            .append("\"message\":\"Message undeliverable\",\"error_data\":{\"details\":\"Message failed to send\"},")
            .append("\"href\":\"/documentation/business-messaging/whatsapp/support/error-codes\"}]");
      } else {
        statuses.append(",\"pricing\":{\"billable\":true,\"pricing_model\":\"PMP\",\"type\":\"regular\",\"category\":\"utility\"}");
      }
      statuses.append('}');
    }
    return "{\"object\":\"whatsapp_business_account\",\"entry\":[{\"id\":\"102290129340398\",\"changes\":[{\"value\":"
        + "{\"messaging_product\":\"whatsapp\",\"metadata\":{\"display_phone_number\":\"15550783881\","
        + "\"phone_number_id\":\"" + PHONE_NUMBER_ID + "\"},\"statuses\":[" + statuses
        + "]},\"field\":\"messages\"}]}]}";
  }

  /** One status of one message, for {@link #statusWebhook}. */
  record StatusEvent(String wamid, String status, long epochSecond, String recipient, String callbackData) {}

  @Override
  public void close() {
    server.stop(0);
  }
}
