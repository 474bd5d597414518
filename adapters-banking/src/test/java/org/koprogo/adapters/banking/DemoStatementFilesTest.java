/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.adapters.banking;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.koprogo.domain.payment.BankLine;
import org.koprogo.domain.payment.BankStatement;

/**
 * The demo's statement files of docs/examples (the README's and http-api.md's examples): the CODA
 * and the camt.053 file hold the same three movements, with the same movement identities and
 * different line identities, and the reference of call 261 to account 1.
 */
class DemoStatementFilesTest {
  private static final Path EXAMPLES = Path.of("..", "docs", "examples");

  private static BankStatement read(String file, BankStatementReader.Format format) throws IOException {
    List<BankStatement> statements = BankStatementReader.read(format, Files.readAllBytes(EXAMPLES.resolve(file)));
    assertThat(statements).hasSize(1);
    return statements.get(0);
  }

  @Test
  void theCodaAndTheCamt053FileAreTheSameMovements() throws IOException {
    BankStatement coda = read("statement-tilleuls.coda", BankStatementReader.Format.CODA);
    BankStatement camt = read("statement-tilleuls.camt053.xml", BankStatementReader.Format.CAMT_053);

    assertThat(coda.lines()).extracting(l -> l.amount().toPlainString()).containsExactly("690.00", "540.00", "-240.00");
    assertThat(camt.lines()).extracting(l -> l.amount().toPlainString()).containsExactly("690.00", "540.00", "-240.00");
    assertThat(coda.closing()).isEqualTo(camt.closing());
    assertThat(coda.lines().get(0).reference().orElseThrow().printed()).isEqualTo("+++026/1000/00164+++");
    assertThat(camt.lines().get(0).reference().orElseThrow().printed()).isEqualTo("+++026/1000/00164+++");
    assertThat(coda.lines()).extracting(BankLine::counterpartyName)
        .containsExactly("ANNE PEETERS", "BRAM JANSSENS", "");
    assertThat(coda.movements()).isEqualTo(camt.movements());
    assertThat(coda.lines()).extracting(BankLine::identity)
        .doesNotContainAnyElementsOf(camt.lines().stream().map(BankLine::identity).toList());
  }
}
