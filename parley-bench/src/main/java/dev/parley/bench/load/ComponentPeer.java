/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.bench.load;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * The XMPP-server side of {@link ComponentLoad}'s meeting runs, in a JVM of its own ({@link
 * PeerProcess} starts it), so that the load it sends does not share Parley's heap: in Parley's JVM
 * the peer allocated 10.9 KB per request more (parsing the replies), making Parley's collections a
 * third more frequent than Parley alone would make them, and each collection stopped the peer's
 * pacer with Parley.
 *
 * <p>It listens on a loopback port (printed first, {@code PORT n}), accepts Parley's component
 * connection, then runs what its standard input says, one command per line, answering each on its
 * standard output when done:
 *
 * <ul>
 *   <li>{@code throughput N}: N meeting requests as fast as the window allows → {@code DONE count
 *       seconds};
 *   <li>{@code paced RATE SECONDS FILE}: requests at RATE per second, the run written to FILE
 *       ({@link Paced#writeTo}) → {@code DONE};
 *   <li>{@code quit}.
 * </ul>
 */
public final class ComponentPeer {
  /** Distinct requesters: {@code user0} to {@code user99999}, cycled in order. */
  static final int REQUESTERS = 100_000;

  private ComponentPeer() {}

  /** {@code ComponentPeer <component domain> <requesters' domain>}. */
  public static void main(String[] args) throws Exception {
    String component = args[0];
    String requesters = args[1];
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      out.println("PORT " + server.getLocalPort());
      RawComponentLink link = RawComponentLink.accept(server, component);
      Driver driver = new Driver(link, component, "load");
      driver.requests(n -> meetingRequest(n, requesters, component));
      BufferedReader in =
          new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        String[] command = line.trim().split(" ");
        switch (command[0]) {
          case "throughput" -> {
            Driver.Result r = driver.throughput(Integer.parseInt(command[1]));
            out.println("DONE " + r.count() + " " + r.seconds());
          }
          case "paced" -> {
            driver
                .paced(Integer.parseInt(command[1]), Integer.parseInt(command[2]))
                .writeTo(Path.of(command[3]));
            out.println("DONE");
          }
          case "quit" -> {
            link.close();
            System.exit(0);
          }
          default -> throw new IllegalArgumentException("unknown command: " + line);
        }
      }
    }
  }

  /**
   * Request {@code n}: a Jitsi meeting for requester {@code user<n mod REQUESTERS>@domain}, with
   * the id {@code p<n>} the driver matches replies by.
   */
  static byte[] meetingRequest(long n, String domain, String to) {
    return ("<iq type='get' id='p"
            + n
            + "' from='user"
            + (n % REQUESTERS)
            + "@"
            + domain
            + "/load' to='"
            + to
            + "'><query xmlns='urn:xmpp:http:online-meetings:0' type='jitsi'/></iq>")
        .getBytes(StandardCharsets.UTF_8);
  }
}
