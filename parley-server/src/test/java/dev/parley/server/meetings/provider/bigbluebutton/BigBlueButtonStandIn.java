/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.server.meetings.provider.bigbluebutton;

import com.sun.net.httpserver.HttpExchange;
import dev.parley.server.meetings.provider.StandInServer;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import javax.net.ssl.SSLContext;

/**
 * A stand-in for BigBlueButton (not BigBlueButton itself, which cannot run here), implementing the
 * documented API ({@code docs.bigbluebutton.org/development/api}) as {@code ApiController} does:
 *
 * <ul>
 *   <li>every call but the unsigned root is checked: the checksum is taken out of the raw query
 *       string and compared with {@code hex(H(call + rest + secret))}, {@code H} chosen by the
 *       checksum's length (SHA-1, SHA-256, SHA-384, SHA-512); a missing or wrong checksum answers
 *       {@code FAILED}/{@code checksumError} "You did not pass the checksum security check";
 *   <li>{@code create} returns the meeting ({@code meetingID}, {@code internalMeetingID}, {@code
 *       createTime}…); an existing meetingID answers the existing meeting with {@code
 *       duplicateWarning} when the passwords match, {@code idNotUnique} otherwise;
 *   <li>{@code getMeetingInfo} answers the meeting or {@code FAILED}/{@code notFound};
 *   <li>{@code join} needs {@code fullName} and an existing meeting ({@code
 *       invalidMeetingIdentifier}), refuses a {@code createTime} of another session ({@code
 *       mismatchCreateTimeParam}), takes the {@code role} ({@code MODERATOR}/{@code VIEWER}) or a
 *       password, and with {@code redirect=true} redirects (302) into the client, recording the
 *       join.
 * </ul>
 *
 * Every answer is XML with HTTP status 200, as BigBlueButton's are.
 */
public final class BigBlueButtonStandIn extends StandInServer {
  /** A meeting the stand-in holds. */
  public record Meeting(
      String meetingId,
      String name,
      String attendeePw,
      String moderatorPw,
      long createTime,
      Map<String, String> params) {}

  /** A join BigBlueButton accepted. */
  public record Join(String meetingId, String fullName, String role) {}

  private static final String API = "/bigbluebutton/api";

  private final String secret;
  private final Map<String, Meeting> meetings = new ConcurrentHashMap<>();
  private final List<Join> joins = new CopyOnWriteArrayList<>();
  private final List<String> calls = new CopyOnWriteArrayList<>();
  private final AtomicLong clock = new AtomicLong(1_715_261_728_123L);

  public BigBlueButtonStandIn(SSLContext tls, String secret) {
    super(tls);
    this.secret = secret;
  }

  /** The base URL as {@code bbb-conf --secret} prints it. */
  public String bigBlueButtonUrl() {
    return baseUrl() + "/bigbluebutton/";
  }

  public Optional<Meeting> meeting(String id) {
    return Optional.ofNullable(meetings.get(id));
  }

  /** A meeting someone else created (another front-end). */
  public void preload(String id) {
    meetings.put(
        id, new Meeting(id, "Someone else's", "ap", "mp", clock.incrementAndGet(), Map.of()));
  }

  /** Ends a meeting, as BigBlueButton does when it is empty for long enough. */
  public void end(String id) {
    meetings.remove(id);
  }

  public List<Join> joins() {
    return List.copyOf(joins);
  }

  /** The calls received, by name, in order. */
  public List<String> calls() {
    return List.copyOf(calls);
  }

  @Override
  protected void handle(HttpExchange exchange) throws IOException {
    String path = exchange.getRequestURI().getPath();
    if (path.equals(API) || path.equals(API + "/")) {
      xml(
          exchange,
          "<returncode>SUCCESS</returncode><version>2.0</version>"
              + "<apiVersion>2.0</apiVersion><bbbVersion>3.0.0</bbbVersion>");
      return;
    }
    if (!path.startsWith(API + "/")) {
      send(exchange, 404, "text/html", "<h1>Not Found</h1>");
      return;
    }
    String call = path.substring(API.length() + 1);
    calls.add(call);
    String query = exchange.getRequestURI().getRawQuery();
    Map<String, String> params = decode(query == null ? "" : query);
    if (!checksumValid(call, query == null ? "" : query, params.get("checksum"))) {
      failed(exchange, "checksumError", "You did not pass the checksum security check");
      return;
    }
    switch (call) {
      case "create" -> create(exchange, params);
      case "getMeetingInfo" -> meetingInfo(exchange, params);
      case "join" -> join(exchange, params);
      default -> failed(exchange, "unsupportedRequest", "This request is not supported.");
    }
  }

  private void create(HttpExchange exchange, Map<String, String> params) throws IOException {
    String id = params.get("meetingID");
    if (id == null || id.isBlank()) {
      failed(exchange, "missingParamMeetingID", "You must specify a meeting ID for the meeting.");
      return;
    }
    String name = params.get("name");
    if (name == null || name.length() < 2 || name.length() > 64) {
      failed(exchange, "sizeError", "Meeting name must be between 2 and 64 characters");
      return;
    }
    Meeting existing = meetings.get(id);
    if (existing != null) {
      if (existing.attendeePw().equals(params.get("attendeePW"))
          && existing.moderatorPw().equals(params.get("moderatorPW"))) {
        xml(
            exchange,
            meetingXml(existing)
                + "<messageKey>duplicateWarning</messageKey><message>This conference was already in"
                + " existence and may currently be in progress.</message>");
      } else {
        failed(
            exchange,
            "idNotUnique",
            "A meeting already exists with that meeting ID.  Please use a different meeting ID.");
      }
      return;
    }
    Meeting meeting =
        new Meeting(
            id,
            name,
            params.getOrDefault("attendeePW", "random-ap"),
            params.getOrDefault("moderatorPW", "random-mp"),
            clock.incrementAndGet(),
            Map.copyOf(params));
    meetings.put(id, meeting);
    xml(exchange, meetingXml(meeting));
  }

  private void meetingInfo(HttpExchange exchange, Map<String, String> params) throws IOException {
    Meeting meeting = meetings.get(params.getOrDefault("meetingID", ""));
    if (meeting == null) {
      failed(exchange, "notFound", "We could not find a meeting with that meeting ID");
      return;
    }
    xml(
        exchange,
        "<returncode>SUCCESS</returncode><meetingName>"
            + escape(meeting.name())
            + "</meetingName><meetingID>"
            + escape(meeting.meetingId())
            + "</meetingID><createTime>"
            + meeting.createTime()
            + "</createTime><running>false</running><attendees/>");
  }

  private void join(HttpExchange exchange, Map<String, String> params) throws IOException {
    String fullName = params.get("fullName");
    if (fullName == null || fullName.isBlank()) {
      failed(
          exchange,
          "missingParamFullName",
          "You must specify a name for the attendee who will be joining the meeting.");
      return;
    }
    Meeting meeting = meetings.get(params.getOrDefault("meetingID", ""));
    if (meeting == null) {
      failed(
          exchange,
          "invalidMeetingIdentifier",
          "The meeting ID that you supplied did not match any existing meetings");
      return;
    }
    String createTime = params.get("createTime");
    if (createTime != null && !createTime.equals(Long.toString(meeting.createTime()))) {
      failed(
          exchange,
          "mismatchCreateTimeParam",
          "The createTime parameter submitted mismatches with the current meeting.");
      return;
    }
    String role = params.get("role");
    if (role == null) {
      String password = params.get("password");
      role =
          meeting.moderatorPw().equals(password)
              ? "MODERATOR"
              : meeting.attendeePw().equals(password) ? "VIEWER" : null;
    } else {
      role = role.toUpperCase(Locale.ROOT);
      if (!role.equals("MODERATOR") && !role.equals("VIEWER")) {
        role = null;
      }
    }
    if (role == null) {
      failed(
          exchange,
          "invalidPassword",
          "You either did not supply a password or the password supplied is neither the attendee"
              + " or moderator password for this conference.");
      return;
    }
    joins.add(new Join(meeting.meetingId(), fullName.strip(), role));
    if ("true".equals(params.get("redirect"))) {
      exchange
          .getResponseHeaders()
          .set("Location", baseUrl() + "/html5client/join?sessionToken=stand-in-" + joins.size());
      send(exchange, 302, null, "");
    } else {
      xml(
          exchange,
          "<returncode>SUCCESS</returncode><messageKey>successfullyJoined</messageKey>"
              + "<message>You have joined successfully.</message>");
    }
  }

  /** {@code isChecksumSame}: the raw query without the checksum parameter, hashed with the call. */
  private boolean checksumValid(String call, String rawQuery, String checksum) {
    if (checksum == null || checksum.isEmpty()) {
      return false;
    }
    String rest =
        rawQuery
            .replace("&checksum=" + checksum, "")
            .replace("checksum=" + checksum + "&", "")
            .replace("checksum=" + checksum, "");
    String algorithm =
        switch (checksum.length()) {
          case 40 -> "SHA-1";
          case 64 -> "SHA-256";
          case 96 -> "SHA-384";
          case 128 -> "SHA-512";
          default -> null;
        };
    if (algorithm == null) {
      return false;
    }
    try {
      byte[] expected =
          MessageDigest.getInstance(algorithm)
              .digest((call + rest + secret).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(expected).equalsIgnoreCase(checksum);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String meetingXml(Meeting m) {
    return "<returncode>SUCCESS</returncode><meetingID>"
        + escape(m.meetingId())
        + "</meetingID><internalMeetingID>"
        + Integer.toHexString(m.meetingId().hashCode())
        + "-"
        + m.createTime()
        + "</internalMeetingID><parentMeetingID>bbb-none</parentMeetingID>"
        + "<attendeePW>"
        + escape(m.attendeePw())
        + "</attendeePW><moderatorPW>"
        + escape(m.moderatorPw())
        + "</moderatorPW><createTime>"
        + m.createTime()
        + "</createTime><voiceBridge>70757</voiceBridge><dialNumber>613-555-1234</dialNumber>"
        + "<createDate>Thu May 09 13:35:28 UTC 2024</createDate><hasUserJoined>false"
        + "</hasUserJoined><duration>0</duration><hasBeenForciblyEnded>false"
        + "</hasBeenForciblyEnded>";
  }

  private static void failed(HttpExchange exchange, String key, String message) throws IOException {
    xml(
        exchange,
        "<returncode>FAILED</returncode><messageKey>"
            + key
            + "</messageKey><message>"
            + escape(message)
            + "</message>");
  }

  private static void xml(HttpExchange exchange, String content) throws IOException {
    send(exchange, 200, "text/xml;charset=utf-8", "<response>" + content + "</response>");
  }

  private static Map<String, String> decode(String rawQuery) {
    Map<String, String> params = new LinkedHashMap<>();
    for (String pair : rawQuery.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String name = eq < 0 ? pair : pair.substring(0, eq);
      String value = eq < 0 ? "" : pair.substring(eq + 1);
      params.putIfAbsent(
          URLDecoder.decode(name, StandardCharsets.UTF_8),
          URLDecoder.decode(value, StandardCharsets.UTF_8));
    }
    return params;
  }

  private static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
