/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;

/**
 * One case of a conformance vector file.
 *
 * @param file the file it comes from
 * @param family the file's family
 * @param name the case's name
 * @param input the input object
 * @param expect the expected output, or null when an error is expected
 * @param expectError the expected error code, or null
 */
public record VectorCase(
    Path file, String family, String name, JsonNode input, JsonNode expect, String expectError) {

  /** The display name of the case's dynamic test: {@code <family> :: <case name>}. */
  public String displayName() {
    return family + " :: " + name;
  }
}
