/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.adapters.whatsapp;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Checks the {@code X-Hub-Signature-256: sha256=<hex>} header Meta puts on every webhook POST:
 * the HMAC-SHA256 of the raw body (the bytes as received, before any JSON parsing) keyed with the
 * app secret, compared in constant time. Immutable and thread-safe.
 */
public final class WebhookSignature {
  private static final String PREFIX = "sha256=";
  private static final String ALGORITHM = "HmacSHA256";

  private final SecretKeySpec key;

  /** @param appSecret the Meta app's secret (App Dashboard, Settings, Basic), never empty */
  public WebhookSignature(String appSecret) {
    Objects.requireNonNull(appSecret, "appSecret");
    if (appSecret.isEmpty()) {
      throw new IllegalArgumentException("the app secret is not empty");
    }
    this.key = new SecretKeySpec(appSecret.getBytes(StandardCharsets.UTF_8), ALGORITHM);
  }

  /** Whether {@code header} is the signature of {@code rawBody}; false for a missing or malformed header. */
  public boolean verifies(byte[] rawBody, String header) {
    Objects.requireNonNull(rawBody, "rawBody");
    if (header == null || !header.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
      return false;
    }
    byte[] given = hex(header.substring(PREFIX.length()).trim());
    return given != null && MessageDigest.isEqual(mac(rawBody), given);
  }

  /** The header value Meta would send for {@code rawBody} (for tests and tools). */
  public String sign(byte[] rawBody) {
    StringBuilder out = new StringBuilder(PREFIX);
    for (byte b : mac(rawBody)) {
      out.append(Character.forDigit((b >> 4) & 0xF, 16)).append(Character.forDigit(b & 0xF, 16));
    }
    return out.toString();
  }

  private byte[] mac(byte[] body) {
    try {
      Mac mac = Mac.getInstance(ALGORITHM);
      mac.init(key);
      return mac.doFinal(body);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
    }
  }

  private static byte[] hex(String text) {
    if (text.length() != 64) {
      return null;
    }
    byte[] out = new byte[32];
    for (int i = 0; i < 32; i++) {
      int high = Character.digit(text.charAt(2 * i), 16);
      int low = Character.digit(text.charAt(2 * i + 1), 16);
      if (high < 0 || low < 0) {
        return null;
      }
      out[i] = (byte) ((high << 4) | low);
    }
    return out;
  }
}
