/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.host;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Bearer tokens of the demo accounts, one login per user and test JVM. */
public final class DemoLogins {
  private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();

  private DemoLogins() {}

  /** The token of {@code username} (password {@code koprogo-demo}). */
  public static String token(HttpCalls calls, String username) {
    return TOKENS.computeIfAbsent(username, u -> {
      HttpCalls.Answer login = calls.postJson("/api/v1/login",
          "{\"username\":\"" + u + "\",\"password\":\"koprogo-demo\"}");
      if (login.status() != 200) {
        throw new AssertionError("login of " + u + " failed: " + login.body());
      }
      return login.json().path("access_token").asText();
    });
  }
}
