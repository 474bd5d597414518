/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.adapters.jdbc.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The consent register is append-only by construction: its class holds no UPDATE or DELETE
 * statement (the SQL text is read from the compiled class's constants), so the history stays the
 * proof.
 */
class ConsentsAppendOnlyTest {

  @Test
  void theConsentRegisterHasNoUpdateNorDeleteStatement() throws IOException {
    String constants = constantsOf(JdbcConsents.class);

    assertThat(constants).contains("insert into notification_consents");
    assertThat(constants).doesNotContain("update ", "delete ", "truncate ", "merge ");
  }

  private static String constantsOf(Class<?> type) throws IOException {
    try (InputStream in = type.getResourceAsStream(type.getSimpleName() + ".class")) {
      return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
    }
  }
}
