/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.embedding;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class PlainJavaEmbeddingTest {

  @Test
  void theGuidesExampleRunsAndProposesTheLotToThePaidUpMember() {
    assertThat(PlainJavaEmbedding.run()).containsExactly("M1=A1");
  }

  @Test
  void theGuideShowsTheCodeThatRuns() throws IOException {
    String source = Files.readString(Path.of("src/test/java/org/koprogo/ports/embedding/PlainJavaEmbedding.java"));
    String example = between(source, "// --- example: begin ---\n", "    // --- example: end ---");
    String guide = Files.readString(Path.of("../docs/integrators-guide.md"));

    assertThat(guide).contains(example.stripTrailing().stripIndent().strip());
  }

  @Test
  void theBuildingsMoneyExampleRunsAndChargesTheOwner() {
    // 5% of 8,000.00 is 400.00: the reserve's 1,000.00 is enough; 2 lots x 4 quarters; A1's 600.00
    // due on 31 January, 100.00 paid on 10 February, 12% a year on the rest since then
    assertThat(BuildingMoneyEmbedding.run()).containsExactly("MINIMUM_MET", "8", "600.00", "100.00", "true");
  }

  @Test
  void theGuideShowsTheBuildingsMoneyCodeThatRuns() throws IOException {
    String source = Files.readString(Path.of("src/test/java/org/koprogo/ports/embedding/BuildingMoneyEmbedding.java"));
    String example = between(source, "// --- example: begin ---\n", "    // --- example: end ---");
    String guide = Files.readString(Path.of("../docs/integrators-guide.md"));

    assertThat(guide).contains(example.stripTrailing().stripIndent().strip());
  }

  @Test
  void theGuidesAssociationExampleRunsThroughTheInPortsOnly() {
    assertThat(PlainJavaAssociation.run())
        .containsExactly("costs=21.00", "solidarity=21000.00", "published=2025/1", "rules=6", "eligible=true");
  }

  @Test
  void theGuideShowsTheAssociationCodeThatRuns() throws IOException {
    String source = Files.readString(Path.of("src/test/java/org/koprogo/ports/embedding/PlainJavaAssociation.java"));
    String example = between(source, "// --- example: begin ---\n", "    // --- example: end ---");
    String guide = Files.readString(Path.of("../docs/integrators-guide.md"));

    assertThat(guide).contains(example.stripTrailing().stripIndent().strip());
  }

  private static String between(String text, String begin, String end) {
    int from = text.indexOf(begin) + begin.length();
    return text.substring(from, text.indexOf(end, from));
  }
}
