/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.host.pages;

import java.util.List;
import org.koprogo.domain.association.Quarter;
import org.koprogo.domain.association.QuarterlyTransparencyReport;
import org.koprogo.domain.shared.Money;

/**
 * Revenue against costs per quarter as an inline SVG bar chart: {@code role="img"} with a title
 * and a description, drawn with whole-number coordinates computed from the amounts' minor units
 * (no floating point). The page puts a table with the same figures right after it.
 */
final class CostRevenueChart {
  static final int WIDTH = 480;
  static final int HEIGHT = 300;
  private static final int LEFT = 100;
  private static final int RIGHT = 8;
  private static final int TOP = 14;
  private static final int BOTTOM = 40;
  private static final int PLOT_HEIGHT = HEIGHT - TOP - BOTTOM;
  private static final int BAR = 30;

  private CostRevenueChart() {}

  /** The quarter's short name in the page's language ("T1 2025", "K1 2025", "Q1 2025"). */
  static String quarterLabel(PageTexts texts, Quarter quarter) {
    return texts.get("quarter.short",
        "number", Integer.toString(quarter.number()), "year", Integer.toString(quarter.year()));
  }

  /** Writes the chart. */
  static void write(
      Html h, PageTexts texts, PageFormats formats, List<QuarterlyTransparencyReport> quarters) {
    QuarterlyTransparencyReport first = quarters.get(0);
    QuarterlyTransparencyReport last = quarters.get(quarters.size() - 1);
    long max = 1;
    for (QuarterlyTransparencyReport q : quarters) {
      max = Math.max(max, Math.max(q.revenue().minorUnits(), q.totalCosts().minorUnits()));
    }
    long step = niceStep(max);
    long top = ceilDiv(max, step) * step;

    h.open("svg", "xmlns", "http://www.w3.org/2000/svg", "class", "chart", "role", "img",
        "viewBox", "0 0 " + WIDTH + " " + HEIGHT, "aria-labelledby", "chart-title chart-desc",
        "focusable", "false").newline();
    h.element("title", texts.get("chart.title",
        "first", quarterLabel(texts, first.quarter()), "last", quarterLabel(texts, last.quarter())),
        "id", "chart-title");
    h.element("desc", texts.get("chart.desc",
        "first", quarterLabel(texts, first.quarter()), "last", quarterLabel(texts, last.quarter()),
        "revenueFirst", formats.money(first.revenue()), "revenueLast", formats.money(last.revenue()),
        "costsFirst", formats.money(first.totalCosts()), "costsLast", formats.money(last.totalCosts())),
        "id", "chart-desc").newline();
    Money currency = Money.zero(first.revenue().currency());
    for (long tick = 0; tick <= top; tick += step) {
      int y = TOP + PLOT_HEIGHT - (int) (tick * PLOT_HEIGHT / top);
      h.empty("line", "class", "grid", "x1", Integer.toString(LEFT), "x2",
          Integer.toString(WIDTH - RIGHT), "y1", Integer.toString(y), "y2", Integer.toString(y));
      h.element("text", formats.wholeMoney(currency.plusMinor(tick)), "class", "tick",
          "x", Integer.toString(LEFT - 6), "y", Integer.toString(y + 5), "text-anchor", "end")
          .newline();
    }
    int group = (WIDTH - LEFT - RIGHT) / quarters.size();
    for (int i = 0; i < quarters.size(); i++) {
      QuarterlyTransparencyReport q = quarters.get(i);
      int x = LEFT + i * group + (group - 2 * BAR - 6) / 2;
      bar(h, "bar-revenue", x, q.revenue().minorUnits(), top);
      bar(h, "bar-costs", x + BAR + 6, q.totalCosts().minorUnits(), top);
      h.element("text", quarterLabel(texts, q.quarter()), "class", "tick",
          "x", Integer.toString(LEFT + i * group + group / 2),
          "y", Integer.toString(HEIGHT - BOTTOM + 24), "text-anchor", "middle").newline();
    }
    h.empty("line", "class", "axis", "x1", Integer.toString(LEFT), "x2",
        Integer.toString(WIDTH - RIGHT), "y1", Integer.toString(TOP + PLOT_HEIGHT),
        "y2", Integer.toString(TOP + PLOT_HEIGHT));
    h.close("svg").newline();
  }

  private static void bar(Html h, String css, int x, long value, long top) {
    int height = (int) (Math.max(0, value) * PLOT_HEIGHT / top);
    h.empty("rect", "class", css, "x", Integer.toString(x),
        "y", Integer.toString(TOP + PLOT_HEIGHT - height),
        "width", Integer.toString(BAR), "height", Integer.toString(height));
  }

  /**
   * The grid step: the smallest of 1, 2 or 5 times a power of ten (in minor units, at least one
   * major unit of 100) that draws at most five steps up to {@code max}.
   */
  static long niceStep(long max) {
    long power = 100;
    while (true) {
      for (long m : new long[] {1, 2, 5}) {
        long step = m * power;
        if (ceilDiv(max, step) <= 5) {
          return step;
        }
      }
      power = Math.multiplyExact(power, 10);
    }
  }

  private static long ceilDiv(long a, long b) {
    return -Math.floorDiv(-a, b);
  }
}
