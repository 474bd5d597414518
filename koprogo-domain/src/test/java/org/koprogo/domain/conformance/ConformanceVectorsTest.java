/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.conformance;

import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.koprogo.domain.calculation.RuleFamilies;

/**
 * Runs every conformance vector (RULES.md), one dynamic test per case named {@code <family> ::
 * <case name>}: the project's own {@code docs/vectors/*.json} and every {@code *.json} of the
 * folder named by {@code -Dkoprogo.vectors.dir} or {@code KOPROGO_VECTORS_DIR}.
 *
 * <p>A file of a family the library does not implement fails. With {@code
 * -Dkoprogo.vectors.implementedOnly=true} such files are left out instead (and listed in the
 * build output), so that CI can hold the implemented families to every vector while others are built.
 * With {@code -Dkoprogo.vectors.report=FILE} a JSON array {@code [{file, family, name, passed,
 * message}]} of every case run is written to FILE.
 */
class ConformanceVectorsTest {
  private static final List<ObjectNode> REPORT = Collections.synchronizedList(new ArrayList<>());

  @TestFactory
  Stream<DynamicNode> vectors() {
    Set<Path> dirs = new LinkedHashSet<>();
    dirs.add(ConformanceVectors.projectVectorsDir());
    Path external = ConformanceVectors.externalVectorsDir();
    if (external != null) {
      dirs.add(external);
    }
    boolean implementedOnly = Boolean.getBoolean("koprogo.vectors.implementedOnly");
    List<String> implemented = RuleFamilies.implementedNames();
    List<DynamicNode> nodes = new ArrayList<>();
    for (Path dir : dirs) {
      for (Path file : ConformanceVectors.files(dir)) {
        String family = ConformanceVectors.familyOf(file);
        if (implementedOnly && !implemented.contains(family)) {
          System.err.println("conformance: left out " + file + " (family '" + family + "' not implemented)");
          continue;
        }
        List<DynamicNode> tests = new ArrayList<>();
        for (VectorCase c : ConformanceVectors.cases(file)) {
          tests.add(
              DynamicTest.dynamicTest(
                  c.displayName(),
                  file.toUri(),
                  () -> {
                    String problem = ConformanceVectors.check(c);
                    record(c.file(), c.family(), c.name(), problem == null, problem);
                    if (problem != null) {
                      fail(c.displayName() + " (" + c.file().getFileName() + "): " + problem);
                    }
                  }));
        }
        if (tests.isEmpty()) {
          tests.add(DynamicTest.dynamicTest(family + " :: (no case)", () -> fail(file + " has no case")));
        }
        nodes.add(DynamicContainer.dynamicContainer(dir.getFileName() + "/" + file.getFileName(), tests));
      }
    }
    return nodes.stream();
  }

  private static void record(Path file, String family, String name, boolean passed, String message) {
    ObjectNode row = ConformanceVectors.JSON.createObjectNode();
    row.put("file", file.toString());
    row.put("family", family);
    row.put("name", name);
    row.put("passed", passed);
    row.put("message", message);
    REPORT.add(row);
  }

  @AfterAll
  static void writeReport() throws IOException {
    String report = System.getProperty("koprogo.vectors.report");
    if (report == null || report.isBlank()) {
      return;
    }
    ArrayNode array = ConformanceVectors.JSON.createArrayNode();
    synchronized (REPORT) {
      REPORT.forEach(array::add);
    }
    Path path = Paths.get(report).toAbsolutePath();
    if (path.getParent() != null) {
      java.nio.file.Files.createDirectories(path.getParent());
    }
    ConformanceVectors.JSON.writerWithDefaultPrettyPrinter().writeValue(path.toFile(), array);
  }
}
