/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.conformance;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.koprogo.domain.calculation.RuleFamilies;
import org.koprogo.domain.calculation.RuleFamily;
import org.koprogo.domain.shared.KoproGoException;

/**
 * Loads conformance vector files (RULES.md) and checks one case against the library.
 *
 * <p>Used by {@code ConformanceVectorsTest}; the host's tests reuse it through the domain's
 * test-jar to run the same vectors over HTTP.
 */
public final class ConformanceVectors {
  /**
   * A JSON reader that keeps every number exact and as written: {@code 3.0} stays a decimal with
   * its scale (RULES.md version 2 refuses it where a JSON integer is due), also when the tree is
   * written again to send it over HTTP.
   */
  public static final ObjectMapper JSON =
      JsonMapper.builder()
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .enable(DeserializationFeature.USE_BIG_INTEGER_FOR_INTS)
          .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
          .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
          .build();

  private ConformanceVectors() {}

  /** The project's own vector folder, {@code docs/vectors}, found from the working directory up. */
  public static Path projectVectorsDir() {
    Path dir = Paths.get("").toAbsolutePath();
    while (dir != null) {
      Path candidate = dir.resolve("docs").resolve("vectors");
      if (Files.isDirectory(candidate) && Files.exists(dir.resolve("pom.xml"))) {
        return candidate;
      }
      dir = dir.getParent();
    }
    throw new IllegalStateException("docs/vectors not found above " + Paths.get("").toAbsolutePath());
  }

  /**
   * The external vector folder named by the system property {@code koprogo.vectors.dir} or the
   * environment variable {@code KOPROGO_VECTORS_DIR}, or null.
   */
  public static Path externalVectorsDir() {
    String dir = System.getProperty("koprogo.vectors.dir");
    if (dir == null || dir.isBlank()) {
      dir = System.getenv("KOPROGO_VECTORS_DIR");
    }
    if (dir == null || dir.isBlank()) {
      return null;
    }
    Path path = Paths.get(dir).toAbsolutePath().normalize();
    if (!Files.isDirectory(path)) {
      throw new IllegalStateException("koprogo.vectors.dir is not a folder: " + path);
    }
    return path;
  }

  /** Every {@code *.json} of a folder, sorted by name. */
  public static List<Path> files(Path dir) {
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The family named in a vector file. */
  public static String familyOf(Path file) {
    return read(file).path("family").asText();
  }

  /** The cases of a vector file. */
  public static List<VectorCase> cases(Path file) {
    JsonNode root = read(file);
    String family = root.path("family").asText();
    List<VectorCase> cases = new ArrayList<>();
    for (JsonNode c : root.path("cases")) {
      JsonNode error = c.get("expectError");
      cases.add(
          new VectorCase(
              file,
              family,
              c.path("name").asText(),
              c.path("input"),
              c.get("expect"),
              error == null || error.isNull() ? null : error.asText()));
    }
    return cases;
  }

  private static JsonNode read(Path file) {
    try {
      return JSON.readTree(file.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  /** Plain Java values (maps, lists, strings, numbers, booleans) of a JSON tree. */
  @SuppressWarnings("unchecked")
  public static Map<String, Object> plain(JsonNode node) {
    return JSON.convertValue(node, Map.class);
  }

  /** The library's output as a normalised JSON tree (numbers as JSON writes them). */
  public static JsonNode tree(Object output) {
    try {
      return JSON.readTree(JSON.writeValueAsString(output));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Runs one case; returns null when it passes, or a readable explanation of the difference.
   */
  public static String check(VectorCase c) {
    RuleFamily family = RuleFamilies.find(c.family()).orElse(null);
    if (family == null) {
      return "the library knows no family named '" + c.family() + "'";
    }
    if (!family.implemented()) {
      return "family '" + c.family() + "' is not implemented yet";
    }
    Map<String, Object> output;
    try {
      output = RuleFamilies.evaluate(c.family(), plain(c.input()));
    } catch (KoproGoException e) {
      if (c.expectError() != null) {
        return c.expectError().equals(e.code().name())
            ? null
            : "expected error " + c.expectError() + " but got " + e.code() + " (" + e.reason() + ")";
      }
      return "expected a result but got error " + e.code() + " (" + e.reason() + ")";
    }
    if (c.expectError() != null) {
      return "expected error " + c.expectError() + " but got a result:\n  " + pretty(tree(output));
    }
    JsonNode actual = tree(output);
    JsonNode expected = tree(c.expect());
    if (actual.equals(expected)) {
      return null;
    }
    return "output differs:\n" + JsonDiff.describe(expected, actual);
  }

  static String pretty(JsonNode node) {
    try {
      return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(node);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
