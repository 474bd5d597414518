/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.adapters.jdbc.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.koprogo.adapters.jdbc.JdbcAuditTrail;
import org.koprogo.adapters.jdbc.JdbcLedger;

/**
 * The ledger and the audit trail are append-only by construction: their classes hold no UPDATE
 * or DELETE statement at all (the SQL text is read from the compiled class's constants).
 */
class AppendOnlyTest {

  @Test
  void theLedgerHasNoUpdateNorDeleteStatement() throws IOException {
    String constants = constantsOf(JdbcLedger.class);

    assertThat(constants).contains("insert into ledger_entries");
    assertThat(constants).doesNotContain("update ", "delete ", "truncate ", "merge ");
  }

  @Test
  void theAuditTrailHasNoUpdateNorDeleteStatement() throws IOException {
    String constants = constantsOf(JdbcAuditTrail.class);

    assertThat(constants).contains("insert into audit_entries", "insert into audit_details");
    assertThat(constants).doesNotContain("update ", "delete ", "truncate ", "merge ");
  }

  private static String constantsOf(Class<?> type) throws IOException {
    try (InputStream in = type.getResourceAsStream(type.getSimpleName() + ".class")) {
      return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
    }
  }
}
