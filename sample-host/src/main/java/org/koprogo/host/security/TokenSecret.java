/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.host.security;

import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import io.micronaut.security.token.jwt.signature.secret.SecretSignatureConfiguration;
import jakarta.inject.Singleton;
import java.security.SecureRandom;
import java.util.Base64;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Without {@code KOPROGO_JWT_SECRET}, signs tokens with a random secret generated at start (256
 * bits from {@link SecureRandom}) instead of a known one: no one can forge a token, and tokens
 * stop working when the host restarts (log in again). Several instances behind one load balancer
 * need the same secret: set {@code KOPROGO_JWT_SECRET} (docs/deployment.md). The {@code prod}
 * environment refuses to start without it ({@link ProductionGuard}).
 */
@Singleton
final class TokenSecret implements BeanCreatedEventListener<SecretSignatureConfiguration> {
  private static final Logger LOG = LoggerFactory.getLogger(TokenSecret.class);

  @Override
  public SecretSignatureConfiguration onCreated(
      BeanCreatedEvent<SecretSignatureConfiguration> event) {
    SecretSignatureConfiguration configuration = event.getBean();
    String secret = configuration.getSecret();
    if (secret == null || secret.isBlank()) {
      byte[] random = new byte[32];
      new SecureRandom().nextBytes(random);
      configuration.setSecret(Base64.getEncoder().encodeToString(random));
      configuration.setBase64(true);
      LOG.warn("KOPROGO_JWT_SECRET is not set: tokens are signed with a random secret generated"
          + " at start; they stop working when the host restarts");
    }
    return configuration;
  }
}
