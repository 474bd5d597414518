/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.host;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Starts the packaged jar the way the README does ({@code java -jar sample-host.jar}, in a fresh
 * folder, no configuration) and calls it. Runs in the {@code package} phase, after the shade
 * plugin has built the jar. The jar holds only part of some dependencies (Bouncy Castle: what
 * Argon2id needs; see the shade filters in the POM): a demo login and a PDF check them.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PackagedHostIT {
  private static final Pattern ACCESS_TOKEN = Pattern.compile("\"access_token\":\"([^\"]+)\"");

  private static final Duration START_TIMEOUT = Duration.ofSeconds(90);

  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
  private Process process;
  private Path workDir;
  private int port;

  @BeforeAll
  void startTheJar() throws Exception {
    Path jar = Paths.get(System.getProperty("host.jar", "target/sample-host.jar")).toAbsolutePath();
    assertThat(jar).exists();
    workDir = Files.createTempDirectory(Paths.get("target").toAbsolutePath(), "packaged-host-");
    port = freePort();
    Path java = Paths.get(System.getProperty("java.home"), "bin", "java");
    ProcessBuilder builder =
        new ProcessBuilder(java.toString(), "-XX:TieredStopAtLevel=1", "-jar", jar.toString())
            .directory(workDir.toFile())
            .redirectErrorStream(true)
            .redirectOutput(workDir.resolve("host.log").toFile());
    builder.environment().put("KOPROGO_PORT", Integer.toString(port));
    process = builder.start();
    awaitHealth();
  }

  @AfterAll
  void stopTheJar() throws InterruptedException {
    if (process != null) {
      process.destroy();
      if (!process.waitFor(15, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
      }
    }
  }

  @Test
  void startsWithNoSetupAndServesHealthAndACalculation() throws Exception {
    HttpResponse<String> health = send(HttpRequest.newBuilder(uri("/health/readiness")).GET().build());
    HttpResponse<String> calculation =
        send(
            HttpRequest.newBuilder(uri("/api/v1/calculations/charge-distribution"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(
                    "{\"amount\":\"100.00\",\"units\":[\"A\",\"B\",\"C\"],"
                        + "\"weights\":{\"A\":\"1\",\"B\":\"1\",\"C\":\"1\"}}"))
                .build());

    assertThat(health.statusCode()).isEqualTo(200);
    assertThat(health.body()).contains("\"database\":\"UP\"");
    assertThat(calculation.statusCode()).as(calculation.body()).isEqualTo(200);
    assertThat(calculation.body())
        .isEqualTo("{\"allocations\":{\"A\":\"33.34\",\"B\":\"33.33\",\"C\":\"33.33\"}}");
    assertThat(workDir.resolve("data").resolve("koprogo.mv.db")).exists();
  }

  @Test
  void logsInWithTheDemoPasswordAndRendersAStatementAsPdf() throws Exception {
    HttpResponse<String> login =
        send(HttpRequest.newBuilder(uri("/api/v1/login"))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(
                "{\"username\":\"syndic@tilleuls\",\"password\":\"koprogo-demo\"}"))
            .build());
    Matcher token = ACCESS_TOKEN.matcher(login.body());
    assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
    assertThat(token.find()).as(login.body()).isTrue();

    HttpResponse<byte[]> pdf =
        http.send(HttpRequest.newBuilder(uri("/api/v1/owners/o-dupont/statement?asOf=2026-06-30"))
            .header("Authorization", "Bearer " + token.group(1))
            .header("Accept", "application/pdf")
            .GET()
            .build(), HttpResponse.BodyHandlers.ofByteArray());

    assertThat(pdf.statusCode()).isEqualTo(200);
    assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
    assertThat(new String(pdf.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    assertThat(pdf.body().length).isGreaterThan(10_000);
  }

  private void awaitHealth() throws Exception {
    long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new AssertionError("the jar stopped: " + Files.readString(workDir.resolve("host.log")));
      }
      try {
        if (send(HttpRequest.newBuilder(uri("/health")).GET().build()).statusCode() == 200) {
          return;
        }
      } catch (IOException notYet) {
        // not listening yet
      }
      Thread.sleep(250);
    }
    throw new AssertionError("no /health within " + START_TIMEOUT + ": "
        + Files.readString(workDir.resolve("host.log")));
  }

  private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
    return http.send(request, HttpResponse.BodyHandlers.ofString());
  }

  private URI uri(String path) {
    return URI.create("http://127.0.0.1:" + port + path);
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
