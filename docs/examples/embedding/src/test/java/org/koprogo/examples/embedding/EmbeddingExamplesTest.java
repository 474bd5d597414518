/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.examples.embedding;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Runs both examples against the published artifacts and checks what they print. */
class EmbeddingExamplesTest {

  @Test
  void theReadmeExamplePrintsWhatTheReadmeSays() {
    List<String> lines = run(() -> ReadmeExample.main(new String[0]));

    assertEquals(List.of("A1 pays EUR 33.34", "A2 pays EUR 33.33", "B1 pays EUR 33.33"), lines);
  }

  @Test
  void thePlainJavaEmbeddingRegistersABuildingAndDistributesAnExpense() {
    List<String> lines = run(() -> PlainJavaEmbedding.main(new String[0]));

    assertEquals(
        List.of(
            "registered tilleuls: 3 lots, 2 owners",
            "A1 pays 500.01",
            "A2 pays 300.00",
            "C1 pays 200.00"),
        lines.subList(1, lines.size()));
  }

  private static List<String> run(Runnable example) {
    PrintStream out = System.out;
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
    try {
      example.run();
    } finally {
      System.setOut(out);
    }
    String printed = buffer.toString(StandardCharsets.UTF_8);
    System.out.print(printed);
    return printed.lines().toList();
  }
}
