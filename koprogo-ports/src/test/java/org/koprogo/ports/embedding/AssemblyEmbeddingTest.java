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

class AssemblyEmbeddingTest {

  @Test
  void theGuidesAssemblyRunsToItsPublishedMinutes() {
    // the roof: 600 for, 400 against, 60% < two thirds; "bikes" left unvoted
    assertThat(AssemblyEmbedding.run()).containsExactly("REJECTED", "MINUTES_PUBLISHED", "bikes", "1");
  }

  @Test
  void theGuideShowsTheAssemblyCodeThatRuns() throws IOException {
    String source = Files.readString(Path.of("src/test/java/org/koprogo/ports/embedding/AssemblyEmbedding.java"));
    String begin = "// --- example: begin ---\n";
    int from = source.indexOf(begin) + begin.length();
    String example = source.substring(from, source.indexOf("    // --- example: end ---", from));
    String guide = Files.readString(Path.of("../docs/integrators-guide.md"));

    assertThat(guide).contains(example.stripTrailing().stripIndent().strip());
  }
}
