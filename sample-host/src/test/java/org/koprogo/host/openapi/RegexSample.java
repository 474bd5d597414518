/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.host.openapi;

/**
 * A string matching a simple regular expression (the patterns of the OpenAPI document): literals
 * and escapes, {@code .}, character classes with ranges, groups with alternatives (the first is
 * taken), the quantifiers {@code ? * + {m} {m,} {m,n}} (the fewest repetitions, one for
 * {@code +}). In a class, {@code 1} is preferred when allowed (a fraction {@code 1}, not
 * {@code 0}).
 */
final class RegexSample {
  private final String pattern;
  private int at;

  private RegexSample(String pattern) {
    this.pattern = pattern;
  }

  static String of(String pattern) {
    RegexSample sample = new RegexSample(pattern);
    String result = sample.alternatives();
    return result;
  }

  private String alternatives() {
    String first = sequence();
    while (at < pattern.length() && pattern.charAt(at) == '|') {
      at++;
      sequence(); // only the first alternative is used
    }
    return first;
  }

  private String sequence() {
    StringBuilder out = new StringBuilder();
    while (at < pattern.length() && pattern.charAt(at) != '|' && pattern.charAt(at) != ')') {
      String atom = atom();
      int times = quantifier();
      out.append(atom.repeat(times));
    }
    return out.toString();
  }

  private String atom() {
    char c = pattern.charAt(at++);
    switch (c) {
      case '^', '$' -> {
        return "";
      }
      case '.' -> {
        return "a";
      }
      case '\\' -> {
        char e = pattern.charAt(at++);
        return switch (e) {
          case 'd' -> "1";
          case 'w' -> "a";
          case 's' -> " ";
          default -> String.valueOf(e);
        };
      }
      case '[' -> {
        return klass();
      }
      case '(' -> {
        if (pattern.startsWith("?:", at)) {
          at += 2;
        }
        String inner = alternatives();
        at++; // ')'
        return inner;
      }
      default -> {
        return String.valueOf(c);
      }
    }
  }

  private String klass() {
    boolean negated = at < pattern.length() && pattern.charAt(at) == '^';
    if (negated) {
      at++;
    }
    StringBuilder allowed = new StringBuilder();
    while (pattern.charAt(at) != ']') {
      char from = pattern.charAt(at++);
      if (from == '\\') {
        char e = pattern.charAt(at++);
        allowed.append(e == 'd' ? "0123456789" : e == 'w' ? "a" : String.valueOf(e));
        continue;
      }
      if (pattern.charAt(at) == '-' && pattern.charAt(at + 1) != ']') {
        char to = pattern.charAt(at + 1);
        at += 2;
        for (char x = from; x <= to; x++) {
          allowed.append(x);
        }
      } else {
        allowed.append(from);
      }
    }
    at++; // ']'
    if (negated) {
      return allowed.indexOf("a") < 0 ? "a" : "1";
    }
    return allowed.indexOf("1") >= 0 ? "1" : String.valueOf(allowed.charAt(0));
  }

  private int quantifier() {
    if (at >= pattern.length()) {
      return 1;
    }
    char q = pattern.charAt(at);
    switch (q) {
      case '?', '*' -> {
        at++;
        return 0;
      }
      case '+' -> {
        at++;
        return 1;
      }
      case '{' -> {
        int end = pattern.indexOf('}', at);
        String[] bounds = pattern.substring(at + 1, end).split(",", -1);
        at = end + 1;
        return Integer.parseInt(bounds[0].trim());
      }
      default -> {
        return 1;
      }
    }
  }
}
