/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.server.meetings.provider.bigbluebutton;

import dev.parley.protocol.xml.CodecRegistry;
import dev.parley.protocol.xml.ForeignElement;
import dev.parley.protocol.xml.ProtocolException;
import dev.parley.protocol.xml.Xml;
import dev.parley.protocol.xml.XmlElement;
import dev.parley.protocol.xml.XmlNode;
import dev.parley.server.meetings.MeetingProviderException;
import dev.parley.server.meetings.MeetingProviderException.Reason;
import dev.parley.server.meetings.provider.ApiCalls;
import dev.parley.server.meetings.provider.UriEncoding;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;

/**
 * BigBlueButton's checksummed API ({@code docs.bigbluebutton.org/development/api}, "API Security
 * Model"): {@code <base>/api/<call>?<query>&checksum=<hex(H(call + query + secret))>}, where {@code
 * query} is the exact query string sent without the checksum and {@code H} is SHA-256 (default) or
 * SHA-1 ({@code checksum = sha1} for servers older than 2.5). Parameter values are percent-encoded
 * as UTF-8 with {@link UriEncoding#component}; since the server hashes the raw query string, any
 * consistent encoding is accepted.
 *
 * <p>Every answer is XML: {@code <response><returncode>SUCCESS|FAILED</returncode>…}, with {@code
 * messageKey} and {@code message} on failures, HTTP status 200 either way.
 */
final class BigBlueButtonApi {
  /** The checksum hash functions Parley offers. */
  enum Checksum {
    SHA1("SHA-1"),
    SHA256("SHA-256");

    private final String jdkName;

    Checksum(String jdkName) {
      this.jdkName = jdkName;
    }
  }

  /** An API answer: the return code, the failure's key and message, and every other field. */
  record Response(
      String returncode,
      @Nullable String messageKey,
      @Nullable String message,
      Map<String, String> fields) {
    boolean success() {
      return "SUCCESS".equals(returncode);
    }

    /** {@code messageKey: message}, for error texts. */
    String problem() {
      return (messageKey == null ? returncode : messageKey)
          + (message == null ? "" : ": " + message);
    }
  }

  private static final CodecRegistry NO_CODECS = CodecRegistry.of(List.of());

  private final String apiBase;
  private final String secret;
  private final Checksum checksum;
  private final ApiCalls calls;

  /**
   * @param apiBase the API's URL, {@code https://host/bigbluebutton/api}
   */
  BigBlueButtonApi(String apiBase, String secret, Checksum checksum, ApiCalls calls) {
    this.apiBase = apiBase;
    this.secret = secret;
    this.checksum = checksum;
    this.calls = calls;
  }

  /** The query string of {@code params}, in order, each name and value percent-encoded. */
  static String query(Map<String, String> params) {
    StringJoiner query = new StringJoiner("&");
    params.forEach(
        (name, value) ->
            query.add(UriEncoding.component(name) + "=" + UriEncoding.component(value)));
    return query.toString();
  }

  /** {@code hex(H(call + query + secret))}, lower-case. */
  static String checksum(String call, String query, String secret, Checksum checksum) {
    try {
      MessageDigest digest = MessageDigest.getInstance(checksum.jdkName);
      return HexFormat.of()
          .formatHex(digest.digest((call + query + secret).getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK offers no " + checksum.jdkName, e);
    }
  }

  /** The signed URL of {@code call} with {@code params}. */
  URI url(String call, Map<String, String> params) {
    String query = query(params);
    String sum = checksum(call, query, secret, checksum);
    return URI.create(
        apiBase + "/" + call + "?" + (query.isEmpty() ? "" : query + "&") + "checksum=" + sum);
  }

  /**
   * A meeting password only Parley can compute ({@code HMAC-SHA256(secret, role:meetingID)}), the
   * same at every {@code create}: BigBlueButton answers a repeated {@code create} with the existing
   * meeting only when the passwords match ({@code idNotUnique} otherwise), and Parley never hands
   * passwords out (joins name a role).
   */
  String password(String role, String meetingId) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      byte[] sum = mac.doFinal((role + ":" + meetingId).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(sum, 0, 16);
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new IllegalStateException("cannot compute HMAC-SHA256", e);
    }
  }

  /** Calls {@code call} and parses the answer; a non-200 status or non-XML body is REFUSED. */
  CompletableFuture<Response> call(String call, Map<String, String> params) {
    String what = "calling " + call;
    return calls
        .send(HttpRequest.newBuilder(url(call, params)).GET(), what)
        .thenApply(response -> parse(response, what));
  }

  /** The unsigned API root, which answers {@code SUCCESS} and the API version. */
  CompletableFuture<Response> version() {
    String what = "querying the API version";
    return calls
        .send(HttpRequest.newBuilder(URI.create(apiBase)).GET(), what)
        .thenApply(response -> parse(response, what));
  }

  ApiCalls calls() {
    return calls;
  }

  private Response parse(HttpResponse<String> response, String what) {
    if (response.statusCode() != 200) {
      throw new CompletionException(calls.refused(what, response));
    }
    Response parsed = parse(response.body());
    if (parsed == null) {
      throw new CompletionException(
          new MeetingProviderException(
              Reason.REFUSED,
              "BigBlueButton answered "
                  + what
                  + " with something other than its XML response: "
                  + ApiCalls.excerpt(response.body())));
    }
    return parsed;
  }

  /** The {@code <response>} document, or {@code null} when {@code body} is not one. */
  static @Nullable Response parse(String body) {
    XmlElement root;
    try {
      root = Xml.parse(body.strip(), NO_CODECS);
    } catch (ProtocolException e) {
      return null;
    }
    if (!(root instanceof ForeignElement response)
        || !"response".equals(response.name().getLocalPart())) {
      return null;
    }
    Map<String, String> fields = new LinkedHashMap<>();
    for (XmlNode child : response.children()) {
      if (child instanceof ForeignElement e) {
        fields.putIfAbsent(e.name().getLocalPart(), e.text().strip());
      }
    }
    String returncode = fields.remove("returncode");
    if (returncode == null) {
      return null;
    }
    return new Response(
        returncode.toUpperCase(Locale.ROOT),
        fields.remove("messageKey"),
        fields.remove("message"),
        Map.copyOf(fields));
  }
}
