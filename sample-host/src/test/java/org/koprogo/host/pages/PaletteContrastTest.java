/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.host.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * WCAG 2.1 contrast of the pages' colours, read from the custom properties of {@code pages.css}
 * and computed with the relative-luminance formula of WCAG 2.1 (success criteria 1.4.3 and
 * 1.4.11) in {@link BigDecimal} with 40 significant digits: the power 2.4 is taken as the fifth
 * root of the twelfth power, by Newton's method.
 */
class PaletteContrastTest {
  private static final MathContext MC = new MathContext(40, RoundingMode.HALF_EVEN);
  private static final BigDecimal TEXT = new BigDecimal("4.5");
  private static final BigDecimal NON_TEXT = new BigDecimal("3");

  private final Map<String, String> palette = palette();

  @Test
  void computesTheKnownRatiosOfTheFormula() {
    assertThat(ratio("#000000", "#ffffff")).isEqualByComparingTo("21");
    assertThat(ratio("#ffffff", "#ffffff")).isEqualByComparingTo("1");
    assertThat(ratio("#767676", "#ffffff").setScale(2, RoundingMode.HALF_UP)).isEqualByComparingTo("4.54");
    assertThat(ratio("#777777", "#ffffff")).isLessThan(TEXT);
  }

  @Test
  void everyTextColourReachesFourAndAHalfToOneOnItsBackground() {
    String[][] pairs = {
      {"ink", "paper"}, {"ink", "band"}, {"muted", "paper"}, {"muted", "band"},
      {"link", "paper"}, {"link", "band"}, {"header-ink", "header"}, {"focus-ink", "focus"},
      {"adopted-ink", "adopted"}, {"rejected-ink", "rejected"}, {"no-quorum-ink", "no-quorum"},
    };

    for (String[] p : pairs) {
      assertThat(ratio(colour(p[0]), colour(p[1]))).as(p[0] + " on " + p[1]).isGreaterThanOrEqualTo(TEXT);
    }
  }

  @Test
  void chartBarsFocusIndicatorAndRulesReachThreeToOne() {
    String[][] pairs = {
      {"revenue", "paper"}, {"costs", "paper"}, {"revenue", "costs"}, {"line", "paper"},
      {"focus-ink", "paper"}, {"focus", "header"}, {"focus-ink", "focus"},
    };

    for (String[] p : pairs) {
      assertThat(ratio(colour(p[0]), colour(p[1]))).as(p[0] + " against " + p[1])
          .isGreaterThanOrEqualTo(NON_TEXT);
    }
  }

  private String colour(String name) {
    String value = palette.get(name);
    assertThat(value).as("--" + name + " in pages.css").isNotNull();
    return value;
  }

  /** {@code (L1 + 0.05) / (L2 + 0.05)} with L1 the lighter of the two. */
  static BigDecimal ratio(String a, String b) {
    BigDecimal la = luminance(a);
    BigDecimal lb = luminance(b);
    BigDecimal light = la.max(lb).add(new BigDecimal("0.05"));
    BigDecimal dark = la.min(lb).add(new BigDecimal("0.05"));
    return light.divide(dark, MC);
  }

  /** WCAG 2.1 relative luminance of {@code #rrggbb}. */
  static BigDecimal luminance(String hex) {
    BigDecimal r = channel(Integer.parseInt(hex.substring(1, 3), 16));
    BigDecimal g = channel(Integer.parseInt(hex.substring(3, 5), 16));
    BigDecimal b = channel(Integer.parseInt(hex.substring(5, 7), 16));
    return new BigDecimal("0.2126").multiply(r, MC)
        .add(new BigDecimal("0.7152").multiply(g, MC), MC)
        .add(new BigDecimal("0.0722").multiply(b, MC), MC);
  }

  private static BigDecimal channel(int value) {
    BigDecimal c = BigDecimal.valueOf(value).divide(BigDecimal.valueOf(255), MC);
    if (c.compareTo(new BigDecimal("0.04045")) <= 0) {
      return c.divide(new BigDecimal("12.92"), MC);
    }
    BigDecimal base = c.add(new BigDecimal("0.055")).divide(new BigDecimal("1.055"), MC);
    return fifthRoot(base.pow(12, MC));
  }

  /** The fifth root of {@code a} in (0, 1], by Newton's method to the context's precision. */
  private static BigDecimal fifthRoot(BigDecimal a) {
    BigDecimal y = BigDecimal.ONE;
    BigDecimal five = BigDecimal.valueOf(5);
    for (int i = 0; i < 500; i++) {
      BigDecimal next = y.multiply(BigDecimal.valueOf(4), MC)
          .add(a.divide(y.pow(4, MC), MC), MC)
          .divide(five, MC);
      if (next.compareTo(y) == 0) {
        return next;
      }
      y = next;
    }
    return y;
  }

  private static Map<String, String> palette() {
    try (InputStream in =
        PaletteContrastTest.class.getClassLoader().getResourceAsStream("pages/pages.css")) {
      String css = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      Map<String, String> colours = new HashMap<>();
      Matcher m = Pattern.compile("--([a-z-]+):\\s*(#[0-9a-fA-F]{6});").matcher(css);
      while (m.find()) {
        colours.put(m.group(1), m.group(2).toLowerCase());
      }
      return colours;
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }
}
