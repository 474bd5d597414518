/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.floor.jdk;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The JVM's own floor: GET /items (the last 20 items, JSON written by hand), POST /items (a small
 * JSON object read by hand, kept in memory), GET /health/readiness. Port from KOPROGO_PORT.
 */
public final class JdkFloor {
  private static final Pattern FIELD = Pattern.compile("\"(label|amount|bookedOn)\"\\s*:\\s*\"([^\"]*)\"");
  private static final Deque<String[]> ITEMS = new ArrayDeque<>();
  private static long next = 1;

  private JdkFloor() {}

  public static void main(String[] args) throws IOException {
    int port = Integer.parseInt(System.getenv().getOrDefault("KOPROGO_PORT", "8150"));
    // without it the JDK server waits on Nagle's algorithm: tens of ms a response under keep-alive
    System.setProperty("sun.net.httpserver.nodelay", "true");
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 64);
    server.setExecutor(Executors.newFixedThreadPool(4));
    server.createContext("/items", JdkFloor::items);
    server.createContext("/health/readiness", exchange -> send(exchange, 200, "{\"status\":\"UP\"}"));
    server.start();
    System.out.println("floor-jdk on port " + port);
  }

  private static void items(HttpExchange exchange) throws IOException {
    switch (exchange.getRequestMethod()) {
      case "GET" -> send(exchange, 200, list());
      case "POST" -> {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String[] item = {null, null, null, null};
        Matcher m = FIELD.matcher(body);
        while (m.find()) {
          switch (m.group(1)) {
            case "label" -> item[1] = m.group(2);
            case "amount" -> item[2] = m.group(2);
            default -> item[3] = m.group(2);
          }
        }
        if (item[1] == null || item[2] == null || item[3] == null) {
          send(exchange, 400, "{\"error\":\"label, amount and bookedOn are needed\"}");
          return;
        }
        synchronized (ITEMS) {
          item[0] = Long.toString(next++);
          ITEMS.addLast(item);
          if (ITEMS.size() > 1000) {
            ITEMS.removeFirst();
          }
        }
        send(exchange, 201, json(item));
      }
      default -> send(exchange, 405, "{}");
    }
  }

  private static String list() {
    StringBuilder out = new StringBuilder("[");
    synchronized (ITEMS) {
      var it = ITEMS.descendingIterator();
      for (int i = 0; i < 20 && it.hasNext(); i++) {
        if (i > 0) {
          out.append(',');
        }
        out.append(json(it.next()));
      }
    }
    return out.append(']').toString();
  }

  private static String json(String[] item) {
    return "{\"id\":" + item[0] + ",\"label\":\"" + item[1] + "\",\"amount\":" + item[2]
        + ",\"bookedOn\":\"" + item[3] + "\"}";
  }

  private static void send(HttpExchange exchange, int status, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }
}
