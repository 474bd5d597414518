/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.adapters.whatsapp;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Objects;
import java.util.Optional;

/**
 * The webhook verification handshake: when the callback URL is configured, Meta sends
 * {@code GET ?hub.mode=subscribe&hub.verify_token=<token>&hub.challenge=<challenge>}; the
 * endpoint answers 200 with the challenge as its body if the token is ours, 403 otherwise.
 */
public final class WebhookVerification {
  private final byte[] verifyToken;

  /** @param verifyToken the token typed into the App Dashboard's webhook settings, never empty */
  public WebhookVerification(String verifyToken) {
    Objects.requireNonNull(verifyToken, "verifyToken");
    if (verifyToken.isEmpty()) {
      throw new IllegalArgumentException("the verify token is not empty");
    }
    this.verifyToken = verifyToken.getBytes(StandardCharsets.UTF_8);
  }

  /**
   * The body to answer with (the challenge), or empty when the request is not a subscription with
   * our token (answer 403).
   */
  public Optional<String> challenge(String mode, String token, String challenge) {
    if (!"subscribe".equals(mode) || token == null || challenge == null) {
      return Optional.empty();
    }
    boolean ours = MessageDigest.isEqual(verifyToken, token.getBytes(StandardCharsets.UTF_8));
    return ours ? Optional.of(challenge) : Optional.empty();
  }
}
