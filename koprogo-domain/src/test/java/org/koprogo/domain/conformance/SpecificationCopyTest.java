/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * {@code docs/spec/RULES.md} is the copy of the shared specification that the code's citations
 * point to: it is there, and, when the shared specification sits beside the vectors folder CI
 * runs ({@code <vectors>/../spec/RULES.md}), it is the same text, so the copy cannot fall behind.
 */
class SpecificationCopyTest {

  @Test
  void theProjectCarriesTheSpecificationItCites() throws IOException {
    Path copy = copy();

    assertThat(copy).exists();
    assertThat(Files.readString(copy)).contains("# KoproGo rules: the normative reference");
  }

  @Test
  void theCopyIsTheSharedSpecification() throws IOException {
    Path vectors = ConformanceVectors.externalVectorsDir();
    assumeTrue(vectors != null, "no external vectors folder given");
    Path shared = vectors.resolveSibling("spec").resolve("RULES.md");
    assumeTrue(Files.exists(shared), "no specification beside " + vectors);

    assertThat(Files.readString(copy()))
        .as("docs/spec/RULES.md is behind " + shared + ": copy it again")
        .isEqualTo(Files.readString(shared));
  }

  private static Path copy() {
    return ConformanceVectors.projectVectorsDir().resolveSibling("spec").resolve("RULES.md");
  }
}
