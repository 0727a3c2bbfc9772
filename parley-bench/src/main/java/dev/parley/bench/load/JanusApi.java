/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.bench.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * The few calls of the Janus HTTP API (long-poll REST transport) that a load run needs: a session,
 * one {@code janus.plugin.audiobridge} handle per participant, {@code create} for rooms, and {@code
 * join} with an {@code rtp} object for plain-RTP participants (whose answer arrives as an
 * asynchronous event, collected by long-polling the session).
 */
final class JanusApi {
  private static final String PLUGIN = "janus.plugin.audiobridge";

  private final ObjectMapper json = new ObjectMapper();
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final URI base;
  private final long session;
  private long transactions;

  /** Creates a session on the server at {@code base} ({@code http://host:port/janus}). */
  JanusApi(URI base) throws IOException, InterruptedException {
    this.base = base;
    this.session = success(post(base, request("create"))).path("data").path("id").asLong();
  }

  /** Attaches a new AudioBridge handle and returns its id. */
  long attach() throws IOException, InterruptedException {
    ObjectNode r = request("attach").put("plugin", PLUGIN);
    return success(post(sessionUri(), r)).path("data").path("id").asLong();
  }

  /**
   * Creates room {@code room} at 48 kHz that takes plain-RTP participants with the RFC 6464
   * extension, with an Opus bitrate for every participant's mix and the given prebuffering.
   */
  void createRoom(long handle, long room, int bitrate, int prebuffer)
      throws IOException, InterruptedException {
    ObjectNode body = json.createObjectNode();
    body.put("request", "create")
        .put("room", room)
        .put("sampling_rate", 48_000)
        .put("allow_rtp_participants", true)
        .put("audiolevel_ext", true)
        .put("default_bitrate", bitrate)
        .put("default_prebuffering", prebuffer)
        .put("record", false);
    JsonNode data = pluginData(success(message(handle, body)));
    if (!"created".equals(data.path("audiobridge").asText())) {
      throw new IOException("AudioBridge create failed: " + data);
    }
  }

  /**
   * Sends {@code join} for a plain-RTP participant that receives at {@code phone}; the answer (the
   * address Janus receives its RTP at) arrives later, see {@link #awaitJoined}.
   *
   * @param quality AudioBridge's {@code quality}: the Opus encoder complexity for this
   *     participant's mix
   */
  void join(
      long handle, long room, InetSocketAddress phone, int payloadType, int levelExt, int quality)
      throws IOException, InterruptedException {
    ObjectNode body = json.createObjectNode();
    body.put("request", "join").put("room", room).put("quality", quality);
    body.putObject("rtp")
        .put("ip", phone.getAddress().getHostAddress())
        .put("port", phone.getPort())
        .put("payload_type", payloadType)
        .put("audiolevel_ext", levelExt)
        .put("fec", false);
    JsonNode r = post(handleUri(handle), request("message").set("body", body));
    if (!"ack".equals(r.path("janus").asText())) {
      throw new IOException("AudioBridge join not acknowledged: " + r);
    }
  }

  /**
   * Long-polls the session until {@code count} {@code joined} events have arrived; returns, per
   * handle, the address Janus receives that participant's RTP at.
   */
  Map<Long, InetSocketAddress> awaitJoined(int count) throws IOException, InterruptedException {
    Map<Long, InetSocketAddress> joined = new HashMap<>();
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (joined.size() < count) {
      if (System.nanoTime() > deadline) {
        throw new IOException("only " + joined.size() + " of " + count + " joins answered");
      }
      URI poll = URI.create(sessionUri() + "?maxev=100");
      JsonNode events =
          json.readTree(
              http.send(
                      HttpRequest.newBuilder(poll).GET().build(),
                      HttpResponse.BodyHandlers.ofString())
                  .body());
      for (JsonNode e : events.isArray() ? events : json.createArrayNode().add(events)) {
        JsonNode data = pluginData(e);
        if ("joined".equals(data.path("audiobridge").asText()) && data.has("rtp")) {
          JsonNode rtp = data.path("rtp");
          joined.put(
              e.path("sender").asLong(),
              new InetSocketAddress(rtp.path("ip").asText(), rtp.path("port").asInt()));
        } else if (data.has("error")) {
          throw new IOException("AudioBridge error: " + data);
        }
      }
    }
    return joined;
  }

  private JsonNode message(long handle, ObjectNode body) throws IOException, InterruptedException {
    return post(handleUri(handle), request("message").set("body", body));
  }

  private ObjectNode request(String kind) {
    return json.createObjectNode().put("janus", kind).put("transaction", "t" + transactions++);
  }

  private URI sessionUri() {
    return URI.create(base + "/" + session);
  }

  private URI handleUri(long handle) {
    return URI.create(base + "/" + session + "/" + handle);
  }

  private JsonNode post(URI uri, ObjectNode request) throws IOException, InterruptedException {
    HttpRequest r =
        HttpRequest.newBuilder(uri)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(request)))
            .build();
    return json.readTree(http.send(r, HttpResponse.BodyHandlers.ofString()).body());
  }

  private static JsonNode success(JsonNode r) throws IOException {
    if (!"success".equals(r.path("janus").asText())) {
      throw new IOException("Janus request failed: " + r);
    }
    return r;
  }

  private static JsonNode pluginData(JsonNode r) {
    return r.path("plugindata").path("data");
  }
}
