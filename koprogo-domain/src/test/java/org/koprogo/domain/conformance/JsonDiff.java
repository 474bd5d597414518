/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Set;
import java.util.TreeSet;

/** A readable difference between an expected and an actual JSON tree, one path per line. */
final class JsonDiff {
  private JsonDiff() {}

  static String describe(JsonNode expected, JsonNode actual) {
    StringBuilder out = new StringBuilder();
    diff("$", expected, actual, out);
    out.append("expected: ").append(expected).append('\n');
    out.append("actual:   ").append(actual);
    return out.toString();
  }

  private static void diff(String path, JsonNode expected, JsonNode actual, StringBuilder out) {
    if (expected.equals(actual)) {
      return;
    }
    if (expected.isObject() && actual.isObject()) {
      Set<String> names = new TreeSet<>();
      expected.fieldNames().forEachRemaining(names::add);
      actual.fieldNames().forEachRemaining(names::add);
      for (String name : names) {
        JsonNode e = expected.get(name);
        JsonNode a = actual.get(name);
        if (e == null) {
          out.append("  ").append(path).append('.').append(name).append(": unexpected ").append(a).append('\n');
        } else if (a == null) {
          out.append("  ").append(path).append('.').append(name).append(": missing, expected ").append(e).append('\n');
        } else {
          diff(path + "." + name, e, a, out);
        }
      }
      return;
    }
    if (expected.isArray() && actual.isArray() && expected.size() == actual.size()) {
      Iterator<JsonNode> e = expected.elements();
      Iterator<JsonNode> a = actual.elements();
      int i = 0;
      while (e.hasNext()) {
        diff(path + "[" + i++ + "]", e.next(), a.next(), out);
      }
      return;
    }
    out.append("  ").append(path).append(": expected ").append(expected).append(", got ").append(actual).append('\n');
  }
}
