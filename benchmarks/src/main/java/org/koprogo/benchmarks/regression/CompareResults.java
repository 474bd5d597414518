/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.benchmarks.regression;

import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.AbstractMap.SimpleEntry;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads JMH JSON result files ({@code -rf json}) and prints every benchmark's cost relative to
 * the in-run baseline of its class (the method named {@code baseline}, same parameters), so that
 * runs on a noisy shared machine can be compared: the baseline ran in the same JVM, on the same
 * machine, at about the same time.
 *
 * <pre>
 * CompareResults [options] current.json              ratios to the baseline, one run
 * CompareResults [options] reference.json current.json  change of each ratio between two runs
 *
 * --stat best|mean       best (default): the fastest measured iteration, which a noisy machine
 *                         disturbs least (load only slows); mean: JMH's score
 * --markdown             with one file: a Markdown table (for docs/performance.md)
 * --threshold 0.25        a ratio that grew by more than 25% is a SLOWDOWN (default 0.25)
 * --alloc-threshold 0.10  bytes per operation that grew by more than 10% (and 64 B) is MORE-ALLOC
 * </pre>
 *
 * <p>A benchmark without a baseline in its class is compared by its raw score (marked {@code
 * raw}). Exit status: 0 when nothing is flagged, 1 when a slowdown or an allocation growth is
 * flagged, 2 on a usage or input error.
 */
public final class CompareResults {
  static final String BASELINE = "baseline";
  private static final String ALLOC = "gc.alloc.rate.norm";

  private CompareResults() {}

  /** One benchmark result: class, method, parameters, cost per operation, bytes per operation. */
  record Result(
      String benchmarkClass,
      String method,
      String params,
      double cost,
      double score,
      String unit,
      Double allocPerOp) {
    String name() {
      return benchmarkClass + "." + method;
    }

    String group() {
      return benchmarkClass + " " + params;
    }
  }

  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err));
  }

  static int run(String[] args, PrintStream out, PrintStream err) {
    double threshold = 0.25;
    double allocThreshold = 0.10;
    boolean best = true;
    boolean markdown = false;
    List<String> files = new ArrayList<>();
    try {
      for (int i = 0; i < args.length; i++) {
        switch (args[i]) {
          case "--threshold":
            threshold = Double.parseDouble(args[++i]);
            break;
          case "--alloc-threshold":
            allocThreshold = Double.parseDouble(args[++i]);
            break;
          case "--markdown":
            markdown = true;
            break;
          case "--stat":
            String stat = args[++i];
            if (!stat.equals("best") && !stat.equals("mean")) {
              throw new IllegalArgumentException("--stat is best or mean, not " + stat);
            }
            best = stat.equals("best");
            break;
          default:
            files.add(args[i]);
        }
      }
    } catch (RuntimeException e) {
      err.println("bad option: " + e.getMessage());
      return 2;
    }
    if (files.isEmpty() || files.size() > 2) {
      err.println(
          "usage: CompareResults [--stat best|mean] [--threshold 0.25] [--alloc-threshold 0.10]"
              + " [reference.json] current.json");
      return 2;
    }
    try {
      if (files.size() == 1) {
        List<Result> results = read(Path.of(files.get(0)), best);
        if (markdown) {
          markdown(results, out);
        } else {
          report(results, out);
        }
        return 0;
      }
      return compare(
          read(Path.of(files.get(0)), best), read(Path.of(files.get(1)), best), threshold,
          allocThreshold, out);
    } catch (IOException | RuntimeException e) {
      err.println("cannot read the results: " + e.getMessage());
      return 2;
    }
  }

  /** The results of one JMH JSON file, in file order. */
  static List<Result> read(Path file, boolean best) throws IOException {
    return parse(Files.readString(file, StandardCharsets.UTF_8), best);
  }

  /** The results with JMH's mean scores. */
  static List<Result> parse(String json) {
    return parse(json, false);
  }

  /**
   * The results of a JMH JSON document; with {@code best}, each score is the best measured
   * iteration (the lowest time, the highest throughput) instead of the mean.
   */
  @SuppressWarnings("unchecked")
  static List<Result> parse(String json, boolean best) {
    List<Result> results = new ArrayList<>();
    for (Object o : (List<Object>) Json.parse(json)) {
      Map<String, Object> entry = (Map<String, Object>) o;
      String benchmark = (String) entry.get("benchmark");
      int dot = benchmark.lastIndexOf('.');
      String cls = benchmark.substring(benchmark.lastIndexOf('.', dot - 1) + 1, dot);
      String method = benchmark.substring(dot + 1);
      Map<String, Object> params = (Map<String, Object>) entry.get("params");
      String p = params == null ? "" : paramsText(params);
      Map<String, Object> primary = (Map<String, Object>) entry.get("primaryMetric");
      String mode = String.valueOf(entry.get("mode"));
      double score = number(primary.get("score"));
      if (best && primary.get("rawData") instanceof List) {
        double chosen = Double.NaN;
        for (Object fork : (List<Object>) primary.get("rawData")) {
          for (Object iteration : (List<Object>) fork) {
            double v = number(iteration);
            boolean better = "thrpt".equals(mode) ? v > chosen : v < chosen;
            chosen = Double.isNaN(chosen) || better ? v : chosen;
          }
        }
        score = Double.isNaN(chosen) ? score : chosen;
      }
      // Throughput: higher is better, so the cost is its inverse.
      double cost = "thrpt".equals(mode) ? 1 / score : score;
      Double alloc = null;
      Map<String, Object> secondary = (Map<String, Object>) entry.get("secondaryMetrics");
      if (secondary != null && secondary.get(ALLOC) instanceof Map) {
        alloc = number(((Map<String, Object>) secondary.get(ALLOC)).get("score"));
      }
      results.add(
          new Result(cls, method, p, cost, score, String.valueOf(primary.get("scoreUnit")), alloc));
    }
    return results;
  }

  private static String paramsText(Map<String, Object> params) {
    StringBuilder sb = new StringBuilder();
    new TreeMap<>(params)
        .forEach((k, v) -> sb.append(sb.length() == 0 ? "" : ",").append(k).append('=').append(v));
    return sb.toString();
  }

  private static double number(Object o) {
    if (o instanceof BigDecimal) {
      return ((BigDecimal) o).doubleValue();
    }
    return Double.parseDouble(String.valueOf(o));
  }

  /** Every result's cost relative to its baseline, or null without a baseline. */
  static Map<Result, Double> ratios(List<Result> results) {
    Map<String, Result> baselines = new LinkedHashMap<>();
    for (Result r : results) {
      if (BASELINE.equals(r.method())) {
        baselines.put(r.group(), r);
      }
    }
    Map<Result, Double> ratios = new LinkedHashMap<>();
    for (Result r : results) {
      Result base = baselines.get(r.group());
      ratios.put(r, base == null ? null : r.cost() / base.cost());
    }
    return ratios;
  }

  static void report(List<Result> results, PrintStream out) {
    out.printf(
        Locale.ROOT, "%-48s %-28s %14s %-6s %22s %14s%n",
        "benchmark", "params", "score", "unit", "vs baseline", "alloc B/op");
    ratios(results)
        .forEach(
            (r, ratio) ->
                out.printf(
                    Locale.ROOT, "%-48s %-28s %14.3f %-6s %22s %14s%n",
                    r.name(), r.params(), r.score(), r.unit(), versus(r, ratio), alloc(r.allocPerOp())));
  }

  /**
   * One Markdown row per class and parameters: the baseline's and each library method's score,
   * the library's speed-up, and bytes per operation.
   */
  static void markdown(List<Result> results, PrintStream out) {
    out.println("| benchmark | params | method | time | unit | vs baseline | alloc B/op |");
    out.println("| --- | --- | --- | ---: | --- | ---: | ---: |");
    ratios(results)
        .forEach(
            (r, ratio) ->
                out.printf(
                    Locale.ROOT, "| %s | %s | %s | %s | %s | %s | %s |%n",
                    r.benchmarkClass().replace("Benchmark", ""), r.params(), r.method(),
                    figure(r.score()), r.unit(), versus(r, ratio), alloc(r.allocPerOp())));
  }

  private static String figure(double value) {
    if (value >= 100) {
      return String.format(Locale.ROOT, "%,.0f", value);
    }
    return String.format(Locale.ROOT, value >= 1 ? "%.2f" : "%.3f", value);
  }

  private static String versus(Result r, Double ratio) {
    if (BASELINE.equals(r.method())) {
      return "(baseline)";
    }
    if (ratio == null) {
      return "-";
    }
    return ratio <= 1
        ? String.format(Locale.ROOT, "%.1fx faster", 1 / ratio)
        : String.format(Locale.ROOT, "%.1fx slower", ratio);
  }

  private static String alloc(Double bytes) {
    return bytes == null ? "-" : String.format(Locale.ROOT, "%.0f", bytes);
  }

  static int compare(
      List<Result> reference,
      List<Result> current,
      double threshold,
      double allocThreshold,
      PrintStream out) {
    Map<String, Map.Entry<Result, Double>> before = index(ratios(reference));
    Map<String, Map.Entry<Result, Double>> after = index(ratios(current));
    int flagged = 0;
    out.printf(
        Locale.ROOT, "%-48s %-28s %10s %10s %8s %12s %12s  %s%n",
        "benchmark", "params", "ref", "current", "change", "ref B/op", "cur B/op", "verdict");
    for (Map.Entry<String, Map.Entry<Result, Double>> e : after.entrySet()) {
      Map.Entry<Result, Double> was = before.get(e.getKey());
      Result r = e.getValue().getKey();
      if (was == null) {
        out.printf(Locale.ROOT, "%-48s %-28s %s%n", r.name(), r.params(), "new (not in the reference)");
        continue;
      }
      Result old = was.getKey();
      boolean raw = BASELINE.equals(r.method()) || was.getValue() == null || e.getValue().getValue() == null;
      double oldValue = raw ? old.cost() : was.getValue();
      double newValue = raw ? r.cost() : e.getValue().getValue();
      double change = newValue / oldValue;
      List<String> verdict = new ArrayList<>();
      if (BASELINE.equals(r.method())) {
        verdict.add("baseline drift (machine noise)");
      } else if (change > 1 + threshold) {
        verdict.add("SLOWDOWN");
      } else if (change < 1 / (1 + threshold)) {
        verdict.add("faster");
      } else {
        verdict.add("ok");
      }
      if (raw && !BASELINE.equals(r.method())) {
        verdict.add("(raw time: no baseline)");
      }
      if (!BASELINE.equals(r.method())
          && old.allocPerOp() != null
          && r.allocPerOp() != null
          && r.allocPerOp() > old.allocPerOp() * (1 + allocThreshold) + 64) {
        verdict.add("MORE-ALLOC");
      }
      if (verdict.contains("SLOWDOWN") || verdict.contains("MORE-ALLOC")) {
        flagged++;
      }
      out.printf(
          Locale.ROOT, "%-48s %-28s %10.4g %10.4g %7.2fx %12s %12s  %s%n",
          r.name(), r.params(), oldValue, newValue, change, alloc(old.allocPerOp()),
          alloc(r.allocPerOp()), String.join(" ", verdict));
    }
    for (String key : before.keySet()) {
      if (!after.containsKey(key)) {
        out.println(key + "  missing from the current run");
      }
    }
    out.printf(
        Locale.ROOT,
        "%d flagged (ratios to the in-run baseline; slowdown threshold %.0f%%, allocation %.0f%%)%n",
        flagged, threshold * 100, allocThreshold * 100);
    return flagged == 0 ? 0 : 1;
  }

  private static Map<String, Map.Entry<Result, Double>> index(Map<Result, Double> ratios) {
    Map<String, Map.Entry<Result, Double>> index = new LinkedHashMap<>();
    ratios.forEach(
        (r, ratio) -> index.put(r.name() + " " + r.params(), new SimpleEntry<>(r, ratio)));
    return index;
  }
}
