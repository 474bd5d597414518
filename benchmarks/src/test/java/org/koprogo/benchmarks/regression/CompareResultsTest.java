/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.benchmarks.regression;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class CompareResultsTest {

  @Test
  void flagsALibraryThatGotSlowerRelativeToItsBaseline() {
    List<CompareResults.Result> reference = CompareResults.parse(run(100, 5, 1000));
    // The whole machine is twice as slow, and the library four times: its ratio doubled.
    List<CompareResults.Result> current = CompareResults.parse(run(200, 20, 1000));
    ByteArrayOutputStream text = new ByteArrayOutputStream();

    int status = CompareResults.compare(reference, current, 0.25, 0.10, print(text));

    assertThat(status).isEqualTo(1);
    assertThat(text.toString(StandardCharsets.UTF_8))
        .contains("SLOWDOWN")
        .contains("2.00x")
        .contains("baseline drift");
  }

  @Test
  void acceptsAMachineThatIsSlowerAsAWhole() {
    List<CompareResults.Result> reference = CompareResults.parse(run(100, 5, 1000));
    List<CompareResults.Result> current = CompareResults.parse(run(300, 15, 1000));
    ByteArrayOutputStream text = new ByteArrayOutputStream();

    int status = CompareResults.compare(reference, current, 0.25, 0.10, print(text));

    assertThat(status).isZero();
    assertThat(text.toString(StandardCharsets.UTF_8)).contains("0 flagged");
  }

  @Test
  void flagsAllocationThatGrew() {
    List<CompareResults.Result> reference = CompareResults.parse(run(100, 5, 1000));
    List<CompareResults.Result> current = CompareResults.parse(run(100, 5, 2000));
    ByteArrayOutputStream text = new ByteArrayOutputStream();

    int status = CompareResults.compare(reference, current, 0.25, 0.10, print(text));

    assertThat(status).isEqualTo(1);
    assertThat(text.toString(StandardCharsets.UTF_8)).contains("MORE-ALLOC");
  }

  @Test
  void reportsTheSpeedUpOverTheBaselineOfOneRun() {
    ByteArrayOutputStream text = new ByteArrayOutputStream();

    CompareResults.report(CompareResults.parse(run(100, 4, 1000)), print(text));

    assertThat(text.toString(StandardCharsets.UTF_8))
        .contains("25.0x faster")
        .contains("(baseline)");
  }

  @Test
  void takesTheBestIterationWhenAsked() {
    String json = run(100, 5, 1000).replace("\"rawData\":[[1.0]]", "\"rawData\":[[9.0,2.0,7.0]]");

    List<CompareResults.Result> best = CompareResults.parse(json, true);
    List<CompareResults.Result> mean = CompareResults.parse(json, false);

    assertThat(best).extracting(CompareResults.Result::cost).containsExactly(2.0, 2.0);
    assertThat(mean).extracting(CompareResults.Result::cost).containsExactly(100.0, 5.0);
  }

  @Test
  void refusesAMissingFile() {
    ByteArrayOutputStream err = new ByteArrayOutputStream();

    int status =
        CompareResults.run(
            new String[] {"does-not-exist.json"}, print(new ByteArrayOutputStream()), print(err));

    assertThat(status).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("does-not-exist.json");
  }

  private static PrintStream print(ByteArrayOutputStream out) {
    return new PrintStream(out, true, StandardCharsets.UTF_8);
  }

  /** A JMH JSON result file with a baseline and a library benchmark, as JMH writes it. */
  private static String run(double baseline, double library, double libraryAlloc) {
    return "[" + entry("baseline", baseline, 5000) + ",\n"
        + entry("library", library, libraryAlloc) + "]";
  }

  private static String entry(String method, double score, double alloc) {
    return "{\"jmhVersion\":\"1.37\",\"benchmark\":\"org.koprogo.benchmarks.XBenchmark." + method
        + "\",\"mode\":\"avgt\",\"threads\":1,\"forks\":1,\"params\":{\"lots\":\"1000\"},"
        + "\"primaryMetric\":{\"score\":" + score + ",\"scoreError\":\"NaN\","
        + "\"scoreConfidence\":[1.0,2.0],\"scoreUnit\":\"us/op\",\"rawData\":[[1.0]]},"
        + "\"secondaryMetrics\":{\"gc.alloc.rate.norm\":{\"score\":" + alloc
        + ",\"scoreError\":\"NaN\",\"scoreUnit\":\"B/op\"}}}";
  }
}
