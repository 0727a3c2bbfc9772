/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.bench.load;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A {@link ComponentPeer} in a child JVM, driven line by line. The child runs the serial collector
 * in a small heap: its live set is tiny, so its own pauses are short and take one core, not both.
 */
final class PeerProcess implements AutoCloseable {
  private final Process process;
  private final BufferedReader out;
  private final Writer in;
  private final int port;

  private PeerProcess(Process process) throws IOException {
    this.process = process;
    this.out =
        new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    this.in = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
    String first = out.readLine();
    if (first == null || !first.startsWith("PORT ")) {
      throw new IOException("the load peer did not start: " + first);
    }
    this.port = Integer.parseInt(first.substring(5));
  }

  /** Starts a peer for component {@code component} whose requesters are at {@code domain}. */
  static PeerProcess start(String component, String domain) throws IOException {
    String java = ProcessHandle.current().info().command().orElse("java");
    Process p =
        new ProcessBuilder(
                List.of(
                    java,
                    "-XX:+UseSerialGC",
                    "-Xmx512m",
                    "-cp",
                    System.getProperty("java.class.path"),
                    ComponentPeer.class.getName(),
                    component,
                    domain))
            .redirectError(ProcessBuilder.Redirect.INHERIT)
            .start();
    return new PeerProcess(p);
  }

  /** The loopback port Parley must connect to. */
  int port() {
    return port;
  }

  Driver.Result throughput(int count) throws IOException {
    String[] done = command("throughput " + count).split(" ");
    return new Driver.Result(Long.parseLong(done[1]), Double.parseDouble(done[2]));
  }

  Paced paced(int rate, int seconds) throws IOException {
    Path file = Files.createTempFile("parley-peer-", ".run");
    try {
      command("paced " + rate + " " + seconds + " " + file);
      String keep = System.getProperty("bench.keep");
      if (keep != null) {
        Files.copy(file, Path.of(keep + rate + ".bin"), StandardCopyOption.REPLACE_EXISTING);
      }
      return Paced.readFrom(file);
    } finally {
      Files.deleteIfExists(file);
    }
  }

  private String command(String line) throws IOException {
    in.write(line + "\n");
    in.flush();
    String answer = out.readLine();
    if (answer == null || !answer.startsWith("DONE")) {
      throw new IOException("the load peer failed on '" + line + "': " + answer);
    }
    return answer;
  }

  @Override
  public void close() throws IOException, InterruptedException {
    try {
      in.write("quit\n");
      in.flush();
    } catch (IOException e) {
      // Already gone.
    }
    if (!process.waitFor(10, TimeUnit.SECONDS)) {
      process.destroyForcibly();
    }
  }
}
