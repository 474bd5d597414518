/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.host.security;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import java.util.List;

/**
 * In the {@code prod} environment, refuses to start with anything meant for the demo: the demo
 * data switched on, demo accounts in the database (their passwords are public), or the demo
 * token-signing secret.
 */
@Context
@Requires(env = "prod")
final class ProductionGuard {
  /** The signing secret of application.yml, public in the repository. */
  static final String DEMO_SECRET = "demo-only-jwt-secret-change-me-koprogo-sample-host-0123456789";

  ProductionGuard(
      @Value("${koprogo.demo.enabled:false}") boolean demoEnabled,
      @Value("${micronaut.security.token.jwt.signatures.secret.generator.secret:}") String secret,
      Accounts accounts) {
    if (demoEnabled) {
      throw new IllegalStateException(
          "the prod environment refuses to start with the demo data: set KOPROGO_DEMO=false");
    }
    if (secret.isBlank() || DEMO_SECRET.equals(secret) || secret.length() < 32) {
      throw new IllegalStateException("the prod environment needs its own token-signing secret of"
          + " at least 32 characters in KOPROGO_JWT_SECRET");
    }
    List<String> demo = accounts.demoUsernames();
    if (!demo.isEmpty()) {
      throw new IllegalStateException("the prod environment refuses to start while demo accounts"
          + " exist in the database (their passwords are public): " + demo);
    }
  }
}
