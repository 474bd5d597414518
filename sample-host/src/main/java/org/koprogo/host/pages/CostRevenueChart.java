/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.host.pages;

import java.util.ArrayList;
import java.util.List;
import org.koprogo.domain.association.QuarterlyTransparencyReport;
import org.koprogo.domain.shared.Money;

/**
 * The geometry of revenue against costs per quarter, drawn as an inline SVG bar chart by the
 * transparency template ({@code role="img"} with a title and a description): whole-number
 * coordinates computed from the amounts' minor units (no floating point). The page puts a table
 * with the same figures right after it.
 *
 * @param width the drawing's width
 * @param height the drawing's height
 * @param left where the plot starts (the ticks' labels stand left of it)
 * @param right where the plot ends
 * @param axis the y of the horizontal axis (zero)
 * @param labels the y of the quarters' labels
 * @param ticks the horizontal grid lines, from zero up
 * @param bars one group of two bars per quarter
 */
public record CostRevenueChart(int width, int height, int left, int right, int axis, int labels,
    List<Tick> ticks, List<Bars> bars) {
  static final int WIDTH = 480;
  static final int HEIGHT = 300;
  private static final int LEFT = 100;
  private static final int RIGHT = 8;
  private static final int TOP = 14;
  private static final int BOTTOM = 40;
  private static final int PLOT_HEIGHT = HEIGHT - TOP - BOTTOM;
  private static final int BAR = 30;
  private static final int GAP = 6;

  public CostRevenueChart {
    ticks = List.copyOf(ticks);
    bars = List.copyOf(bars);
  }

  /**
   * A grid line.
   *
   * @param y its height in the drawing
   * @param label the amount it marks, whole ("€5,000")
   */
  public record Tick(int y, String label) {}

  /**
   * One quarter's bars: revenue, then costs.
   *
   * @param revenue the revenue's bar
   * @param costs the costs' bar
   * @param center the x of the quarter's label
   * @param quarter the quarter's report
   */
  public record Bars(Bar revenue, Bar costs, int center, QuarterlyTransparencyReport quarter) {}

  /**
   * One bar.
   *
   * @param x left side
   * @param y top side
   * @param width width
   * @param height height
   */
  public record Bar(int x, int y, int width, int height) {}

  /** The drawing's {@code viewBox}. */
  public String viewBox() {
    return "0 0 " + width + " " + height;
  }

  /** The first quarter's report. */
  public QuarterlyTransparencyReport first() {
    return bars.get(0).quarter();
  }

  /** The last quarter's report. */
  public QuarterlyTransparencyReport last() {
    return bars.get(bars.size() - 1).quarter();
  }

  /** The chart of {@code quarters} (at least one), its tick labels written by {@code formats}. */
  static CostRevenueChart of(PageFormats formats, List<QuarterlyTransparencyReport> quarters) {
    QuarterlyTransparencyReport first = quarters.get(0);
    long max = 1;
    for (QuarterlyTransparencyReport q : quarters) {
      max = Math.max(max, Math.max(q.revenue().minorUnits(), q.totalCosts().minorUnits()));
    }
    long step = niceStep(max);
    long top = ceilDiv(max, step) * step;
    Money currency = Money.zero(first.revenue().currency());
    List<Tick> ticks = new ArrayList<>();
    for (long tick = 0; tick <= top; tick += step) {
      ticks.add(new Tick(TOP + PLOT_HEIGHT - (int) (tick * PLOT_HEIGHT / top),
          formats.wholeMoney(currency.plusMinor(tick))));
    }
    int group = (WIDTH - LEFT - RIGHT) / quarters.size();
    List<Bars> bars = new ArrayList<>();
    for (int i = 0; i < quarters.size(); i++) {
      QuarterlyTransparencyReport q = quarters.get(i);
      int x = LEFT + i * group + (group - 2 * BAR - GAP) / 2;
      bars.add(new Bars(bar(x, q.revenue().minorUnits(), top), bar(x + BAR + GAP, q.totalCosts().minorUnits(), top),
          LEFT + i * group + group / 2, q));
    }
    return new CostRevenueChart(WIDTH, HEIGHT, LEFT, WIDTH - RIGHT, TOP + PLOT_HEIGHT, HEIGHT - BOTTOM + 24,
        ticks, bars);
  }

  private static Bar bar(int x, long value, long top) {
    int height = (int) (Math.max(0, value) * PLOT_HEIGHT / top);
    return new Bar(x, TOP + PLOT_HEIGHT - height, BAR, height);
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
