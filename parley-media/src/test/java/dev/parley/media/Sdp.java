/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.media;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Just enough SDP (RFC 8866, RFC 8839, RFC 8122, RFC 5763) to talk to a WebRTC stack in a test: one
 * audio section from a {@link MediaOffer}, and a {@link MediaAnswer} from the peer's answer. What
 * the bridge's Jingle signalling will carry, in SDP's spelling.
 */
final class Sdp {
  private Sdp() {}

  /** The offer as SDP, one bundled audio section with rtcp-mux. */
  static String offer(MediaOffer o, long ssrc) {
    StringBuilder s = new StringBuilder();
    s.append("v=0\r\n")
        .append("o=- 1 1 IN IP4 127.0.0.1\r\n")
        .append("s=-\r\n")
        .append("t=0 0\r\n")
        .append("a=group:BUNDLE 0\r\n")
        .append("a=msid-semantic:WMS *\r\n");
    s.append("m=audio 9 UDP/TLS/RTP/SAVPF");
    for (CodecSpec c : o.codecs()) {
      s.append(' ').append(c.payloadType());
    }
    s.append("\r\nc=IN IP4 0.0.0.0\r\n").append("a=mid:0\r\n").append("a=sendrecv\r\n");
    s.append("a=rtcp-mux\r\n");
    s.append("a=ice-ufrag:").append(o.ice().ufrag()).append("\r\n");
    s.append("a=ice-pwd:").append(o.ice().pwd()).append("\r\n");
    s.append("a=fingerprint:")
        .append(o.dtls().hash())
        .append(' ')
        .append(o.dtls().fingerprint())
        .append("\r\n");
    s.append("a=setup:").append(o.dtls().setup().xml()).append("\r\n");
    for (HeaderExtension e : o.headerExtensions()) {
      s.append("a=extmap:").append(e.id()).append(' ').append(e.uri()).append("\r\n");
    }
    for (CodecSpec c : o.codecs()) {
      s.append("a=rtpmap:")
          .append(c.payloadType())
          .append(' ')
          .append(c.name())
          .append('/')
          .append(c.clockRate() == 0 ? 8000 : c.clockRate());
      if (c.channels() > 1) {
        s.append('/').append(c.channels());
      }
      s.append("\r\n");
    }
    s.append("a=ssrc:").append(ssrc).append(" cname:parley\r\n");
    for (IceCandidate c : o.ice().candidates()) {
      s.append("a=candidate:")
          .append(c.foundation())
          .append(' ')
          .append(c.component())
          .append(" udp ")
          .append(c.priority())
          .append(' ')
          .append(c.ip())
          .append(' ')
          .append(c.port())
          .append(" typ ")
          .append(c.type().xml())
          .append("\r\n");
    }
    s.append("a=end-of-candidates\r\n");
    return s.toString();
  }

  private static final Pattern CANDIDATE =
      Pattern.compile(
          "a=candidate:(\\S+) (\\d+) (?i:udp) (\\d+) (\\S+) (\\d+) typ (\\w+)(?: raddr (\\S+) rport (\\d+))?.*");
  private static final Pattern RTPMAP =
      Pattern.compile("a=rtpmap:(\\d+) ([^/]+)/(\\d+)(?:/(\\d+))?");

  /** The peer's answer as a MediaAnswer (first audio section only). */
  static MediaAnswer answer(String sdp) {
    String ufrag = null;
    String pwd = null;
    String hash = null;
    String fingerprint = null;
    DtlsParameters.Setup setup = DtlsParameters.Setup.ACTIVE;
    List<IceCandidate> candidates = new ArrayList<>();
    List<CodecSpec> codecs = new ArrayList<>();
    List<HeaderExtension> extensions = new ArrayList<>();
    long ssrc = 0;
    for (String raw : sdp.split("\r?\n")) {
      String line = raw.trim();
      if (line.startsWith("a=ice-ufrag:")) {
        ufrag = line.substring(12);
      } else if (line.startsWith("a=ice-pwd:")) {
        pwd = line.substring(10);
      } else if (line.startsWith("a=fingerprint:")) {
        String[] f = line.substring(14).split(" ");
        hash = f[0];
        fingerprint = f[1];
      } else if (line.startsWith("a=setup:")) {
        setup = DtlsParameters.Setup.fromXml(line.substring(8)).orElseThrow();
      } else if (line.startsWith("a=extmap:")) {
        String[] e = line.substring(9).split(" ");
        extensions.add(new HeaderExtension(Integer.parseInt(e[0].split("/")[0]), e[1]));
      } else if (line.startsWith("a=ssrc:") && ssrc == 0) {
        ssrc = Long.parseLong(line.substring(7).split(" ")[0]);
      } else {
        Matcher m = CANDIDATE.matcher(line);
        if (m.matches() && m.group(4).indexOf(':') < 0) {
          candidates.add(
              new IceCandidate(
                  m.group(1),
                  Integer.parseInt(m.group(2)),
                  Long.parseLong(m.group(3)),
                  m.group(4),
                  Integer.parseInt(m.group(5)),
                  IceCandidate.Type.fromXml(m.group(6)),
                  m.group(7),
                  m.group(8) == null ? 0 : Integer.parseInt(m.group(8)),
                  0));
          continue;
        }
        Matcher r = RTPMAP.matcher(line);
        if (r.matches()) {
          codecs.add(
              new CodecSpec(
                  Integer.parseInt(r.group(1)),
                  r.group(2),
                  Integer.parseInt(r.group(3)),
                  r.group(4) == null ? 1 : Integer.parseInt(r.group(4)),
                  Map.of()));
        }
      }
    }
    if (ufrag == null || pwd == null || fingerprint == null || candidates.isEmpty()) {
      throw new IllegalArgumentException("not a usable WebRTC answer:\n" + sdp);
    }
    Candidate first = candidates.get(0).address();
    return new MediaAnswer(
        codecs,
        first,
        first,
        true,
        ssrc,
        new IceParameters(ufrag, pwd, candidates),
        new DtlsParameters(hash, fingerprint, setup),
        extensions);
  }
}
