/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.host.pages;

import java.util.regex.Pattern;

/**
 * A small HTML writer: every text and attribute value goes through {@link #escape}, so data (a
 * cost category, a resolution's title) can never inject markup. Tag and attribute names are the
 * code's own constants and are checked. The output is well-formed (void elements are closed with
 * {@code />}), so tests can read a page with an XML parser.
 */
final class Html {
  private static final Pattern NAME = Pattern.compile("[a-zA-Z][a-zA-Z0-9:-]*");

  private final StringBuilder out = new StringBuilder(16_384);

  /** {@code text} with {@code & < > " '} replaced by character references. */
  static String escape(String text) {
    StringBuilder b = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> b.append("&amp;");
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        default -> b.append(c);
      }
    }
    return b.toString();
  }

  /**
   * {@code text} as one segment of a URL path: UTF-8 percent-encoded, a space as {@code %20},
   * so that an id holding {@code /}, {@code ?} or {@code #} stays one segment.
   */
  static String pathSegment(String text) {
    return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
  }

  /** Writes {@code <!DOCTYPE html>}. */
  Html doctype() {
    out.append("<!DOCTYPE html>\n");
    return this;
  }

  /**
   * Opens {@code tag} with attributes given as name, value pairs; a null value leaves the
   * attribute out.
   */
  Html open(String tag, String... attributes) {
    start(tag, attributes);
    out.append('>');
    return this;
  }

  /** Closes {@code tag}. */
  Html close(String tag) {
    out.append("</").append(name(tag)).append('>');
    return this;
  }

  /** A void element ({@code meta}, {@code link}) or an empty SVG shape. */
  Html empty(String tag, String... attributes) {
    start(tag, attributes);
    out.append(" />");
    return this;
  }

  /** {@code <tag attributes>text</tag>}. */
  Html element(String tag, String text, String... attributes) {
    return open(tag, attributes).text(text).close(tag);
  }

  /** Escaped text. */
  Html text(String text) {
    out.append(escape(text));
    return this;
  }

  /** A line break in the source, for readability of the served page. */
  Html newline() {
    out.append('\n');
    return this;
  }

  private void start(String tag, String... attributes) {
    if (attributes.length % 2 != 0) {
      throw new IllegalArgumentException("attributes come in name, value pairs: " + tag);
    }
    out.append('<').append(name(tag));
    for (int i = 0; i < attributes.length; i += 2) {
      if (attributes[i + 1] != null) {
        out.append(' ').append(name(attributes[i])).append("=\"")
            .append(escape(attributes[i + 1])).append('"');
      }
    }
  }

  private static String name(String name) {
    if (!NAME.matcher(name).matches()) {
      throw new IllegalArgumentException("not a tag or attribute name: " + name);
    }
    return name;
  }

  @Override
  public String toString() {
    return out.toString();
  }
}
