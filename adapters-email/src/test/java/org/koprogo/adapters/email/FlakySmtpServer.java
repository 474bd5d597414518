/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.adapters.email;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A minimal SMTP server for the failure scenarios GreenMail does not play: it answers each
 * message's end of DATA as scripted (a reply code such as {@code 451} or {@code 250}, or {@code
 * DROP}: keep the message and close the connection without answering), then 250 once the script
 * is used up. It keeps every message it received, whether or not it answered.
 */
final class FlakySmtpServer implements AutoCloseable {
  private final ServerSocket socket;
  private final Deque<String> script;
  private final List<String> received = new CopyOnWriteArrayList<>();
  private final List<String> accepted = new CopyOnWriteArrayList<>();
  private final Thread thread;

  FlakySmtpServer(String... answers) throws IOException {
    this.socket = new ServerSocket(0, 10, InetAddress.getLoopbackAddress());
    this.script = new ArrayDeque<>(List.of(answers));
    this.thread = new Thread(this::serve, "flaky-smtp");
    thread.setDaemon(true);
    thread.start();
  }

  int port() {
    return socket.getLocalPort();
  }

  /** The messages received (headers and body as sent), whether answered or not. */
  List<String> received() {
    return received;
  }

  /** The messages it answered 2xx to. */
  List<String> accepted() {
    return accepted;
  }

  private void serve() {
    while (!socket.isClosed()) {
      try (Socket s = socket.accept()) {
        s.setSoTimeout(10_000);
        session(s);
      } catch (IOException e) {
        // the next connection starts afresh
      }
    }
  }

  private void session(Socket s) throws IOException {
    BufferedReader in = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.UTF_8));
    OutputStream out = s.getOutputStream();
    reply(out, "220 flaky ESMTP");
    String line;
    while ((line = in.readLine()) != null) {
      String command = line.length() >= 4 ? line.substring(0, 4).toUpperCase(java.util.Locale.ROOT) : line;
      switch (command) {
        case "EHLO", "HELO" -> reply(out, "250 flaky");
        case "DATA" -> {
          reply(out, "354 go ahead");
          StringBuilder message = new StringBuilder();
          String l;
          while ((l = in.readLine()) != null && !l.equals(".")) {
            message.append(l).append('\n');
          }
          received.add(message.toString());
          String answer;
          synchronized (script) {
            answer = script.isEmpty() ? "250" : script.poll();
          }
          if (answer.equals("DROP")) {
            return;
          }
          if (answer.startsWith("2")) {
            accepted.add(message.toString());
          }
          reply(out, answer + (answer.startsWith("2") ? " accepted" : " try again later"));
        }
        case "QUIT" -> {
          reply(out, "221 bye");
          return;
        }
        default -> reply(out, "250 ok");
      }
    }
  }

  private static void reply(OutputStream out, String line) throws IOException {
    out.write((line + "\r\n").getBytes(StandardCharsets.US_ASCII));
    out.flush();
  }

  @Override
  public void close() throws IOException {
    socket.close();
  }
}
