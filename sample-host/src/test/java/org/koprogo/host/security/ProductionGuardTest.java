/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.host.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.context.ApplicationContext;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The prod environment refuses demo data, demo accounts and the demo signing secret. */
class ProductionGuardTest {
  private static final String SECRET = "a-production-secret-of-more-than-32-characters";

  private static Map<String, Object> settings(String database, boolean demo, String secret) {
    Map<String, Object> settings = new HashMap<>();
    settings.put("koprogo.jdbc.url", "jdbc:h2:mem:" + database + ";DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE");
    settings.put("koprogo.demo.enabled", demo);
    settings.put("koprogo.outbox.worker.enabled", false);
    settings.put("micronaut.security.token.jwt.signatures.secret.generator.secret", secret);
    return settings;
  }

  @Test
  void refusesToStartWithTheDemoData() {
    assertThatThrownBy(() -> ApplicationContext.run(settings("guard1", true, SECRET), "test", "prod").close())
        .hasStackTraceContaining("KOPROGO_DEMO=false");
  }

  @Test
  void refusesToStartWithTheDemoSecret() {
    assertThatThrownBy(
            () -> ApplicationContext.run(settings("guard2", false, ProductionGuard.DEMO_SECRET), "test", "prod").close())
        .hasStackTraceContaining("KOPROGO_JWT_SECRET");
  }

  @Test
  void refusesToStartOnADatabaseHoldingDemoAccounts() {
    ApplicationContext.run(settings("guard3", true, SECRET), "test").close();

    assertThatThrownBy(() -> ApplicationContext.run(settings("guard3", false, SECRET), "test", "prod").close())
        .hasStackTraceContaining("demo accounts");
  }

  @Test
  void startsWithItsOwnSecretAndNoDemo() {
    try (ApplicationContext context = ApplicationContext.run(settings("guard4", false, SECRET), "test", "prod")) {
      assertThat(context.getBean(Accounts.class).demoUsernames()).isEmpty();
    }
  }
}
