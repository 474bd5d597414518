/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.host.calculation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.koprogo.domain.calculation.RuleFamilies;
import org.koprogo.domain.conformance.ConformanceVectors;
import org.koprogo.domain.conformance.VectorCase;
import org.koprogo.host.HttpCalls;
import org.koprogo.host.HttpCalls.Answer;

/**
 * Every conformance vector of the implemented families, over HTTP: the project's {@code
 * docs/vectors} and the folder of {@code -Dkoprogo.vectors.dir} (the public vectors).
 *
 * <p>A case passes when the 200 body equals {@code expect} exactly, or when the answer is a 4xx
 * problem document whose {@code code} is {@code expectError}.
 */
@MicronautTest
class CalculationVectorsOverHttpTest {
  @Inject
  @Client("/")
  HttpClient client;

  @TestFactory
  Stream<DynamicNode> everyVectorOfTheImplementedFamilies() {
    HttpCalls calls = new HttpCalls(client.toBlocking());
    List<String> implemented = RuleFamilies.implementedNames();
    List<DynamicNode> files = new ArrayList<>();
    for (Path dir : vectorDirs()) {
      for (Path file : ConformanceVectors.files(dir)) {
        if (!implemented.contains(ConformanceVectors.familyOf(file))) {
          continue;
        }
        List<DynamicTest> cases = new ArrayList<>();
        for (VectorCase c : ConformanceVectors.cases(file)) {
          cases.add(DynamicTest.dynamicTest(c.displayName(), () -> check(calls, c)));
        }
        files.add(DynamicContainer.dynamicContainer(dir.getFileName() + "/" + file.getFileName(), cases));
      }
    }
    assertThat(files).as("vector files of implemented families").isNotEmpty();
    return files.stream();
  }

  private static void check(HttpCalls calls, VectorCase c) {
    Answer answer = calls.postJson("/api/v1/calculations/" + c.family(), c.input().toString());

    if (c.expectError() != null) {
      assertThat(answer.status()).as(answer.body()).isBetween(400, 499);
      assertThat(answer.contentType()).isEqualTo("application/problem+json");
      assertThat(answer.code()).as(answer.body()).isEqualTo(c.expectError());
    } else {
      assertThat(answer.status()).as(answer.body()).isEqualTo(200);
      JsonNode expected = ConformanceVectors.tree(c.expect());
      assertThat(answer.json()).isEqualTo(expected);
    }
  }

  private static Set<Path> vectorDirs() {
    Set<Path> dirs = new LinkedHashSet<>();
    try {
      dirs.add(ConformanceVectors.projectVectorsDir());
    } catch (IllegalStateException noProjectVectors) {
      // the project's own vectors arrive with the families
    }
    Path external = ConformanceVectors.externalVectorsDir();
    if (external != null) {
      dirs.add(external);
    }
    return dirs;
  }
}
