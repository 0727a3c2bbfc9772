/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.media.ice;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/** The STUN codec against the test vectors of RFC 5769 (§ 2.1–2.4). */
class StunCodecTest {
  private static final String SHORT_TERM_PASSWORD = "VOkJxbRl1RmTxUk/WvJxBt";

  /** RFC 5769 § 2.1: a Binding request with short-term credentials and FINGERPRINT. */
  private static final byte[] SAMPLE_REQUEST =
      hex(
          "000100582112a442b7e7a701bc34d686fa87dfae802200105354554e207465737420636c69656e74"
              + "002400046e0001ff80290008932ff9b151263b36000600096576746a3a6836765920202000080014"
              + "9aeaa70cbfd8cb56781ef2b5b2d3f249c1b571a280280004e57a3bcf");

  /** RFC 5769 § 2.2: its IPv4 response, XOR-MAPPED-ADDRESS 192.0.2.1:32853. */
  private static final byte[] SAMPLE_IPV4_RESPONSE =
      hex(
          "0101003c2112a442b7e7a701bc34d686fa87dfae8022000b7465737420766563746f722000200008"
              + "0001a147e112a643000800142b91f599fd9e90c38c7489f92af9ba53f06be7d780280004c07d4c96");

  /** RFC 5769 § 2.3: the IPv6 response, 2001:db8:1234:5678:11:2233:4455:6677 port 32853. */
  private static final byte[] SAMPLE_IPV6_RESPONSE =
      hex(
          "010100482112a442b7e7a701bc34d686fa87dfae8022000b7465737420766563746f722000200014"
              + "0002a1470113a9faa5d3f179bc25f4b5bed2b9d900080014a382954e4be67bf11784c97c8292c275"
              + "bfe3ed4180280004c8fb0b4c");

  /** RFC 5769 § 2.4: a request with long-term credentials (no FINGERPRINT). */
  private static final byte[] SAMPLE_LONG_TERM_REQUEST =
      hex(
          "000100602112a44278ad3433c6ad72c029da412e00060012e3839ee38388e383aae38383e382afe382b9"
              + "0000001500 1c662f2f3439396b393534643"
              + "64f4c33346f4c394653547679363473410014000b6578616d706c652e6f72670000080014f67024"
              + "656dd64a3e02b8e0712e85c9a28ca89666");

  private static byte[] hex(String s) {
    return HexFormat.of().parseHex(s.replace(" ", ""));
  }

  @Test
  void theSampleRequestVerifiesWithItsPasswordAndFingerprint() {
    StunCodec.Message m = StunCodec.Message.parse(SAMPLE_REQUEST, SAMPLE_REQUEST.length);
    assertThat(m).isNotNull();
    assertThat(m.method()).isEqualTo(StunCodec.BINDING);
    assertThat(m.cls()).isEqualTo(StunCodec.REQUEST);
    assertThat(m.text(StunCodec.USERNAME)).isEqualTo("evtj:h6vY");
    assertThat(m.text(StunCodec.SOFTWARE)).isEqualTo("STUN test client");
    assertThat(m.integrityMatches(StunCodec.shortTermKey(SHORT_TERM_PASSWORD))).isTrue();
    assertThat(m.integrityMatches(StunCodec.shortTermKey("wrong"))).isFalse();
    assertThat(m.fingerprintMatches()).isTrue();
  }

  @Test
  void theSampleResponsesCarryTheirXorMappedAddresses() throws Exception {
    StunCodec.Message v4 =
        StunCodec.Message.parse(SAMPLE_IPV4_RESPONSE, SAMPLE_IPV4_RESPONSE.length);
    assertThat(v4).isNotNull();
    assertThat(v4.cls()).isEqualTo(StunCodec.SUCCESS);
    assertThat(v4.address(StunCodec.XOR_MAPPED_ADDRESS))
        .isEqualTo(new InetSocketAddress(InetAddress.getByName("192.0.2.1"), 32853));
    assertThat(v4.integrityMatches(StunCodec.shortTermKey(SHORT_TERM_PASSWORD))).isTrue();
    assertThat(v4.fingerprintMatches()).isTrue();

    StunCodec.Message v6 =
        StunCodec.Message.parse(SAMPLE_IPV6_RESPONSE, SAMPLE_IPV6_RESPONSE.length);
    assertThat(v6).isNotNull();
    assertThat(v6.address(StunCodec.XOR_MAPPED_ADDRESS))
        .isEqualTo(
            new InetSocketAddress(
                InetAddress.getByName("2001:db8:1234:5678:11:2233:4455:6677"), 32853));
    assertThat(v6.integrityMatches(StunCodec.shortTermKey(SHORT_TERM_PASSWORD))).isTrue();
    assertThat(v6.fingerprintMatches()).isTrue();
  }

  @Test
  void theWriterReproducesTheLongTermSampleRequest() {
    byte[] id = HexFormat.of().parseHex("78ad3433c6ad72c029da412e");
    String username = "\u30DE\u30C8\u30EA\u30C3\u30AF\u30B9";
    byte[] key = StunCodec.longTermKey(username, "example.org", "TheMatrIX");
    assertThat(HexFormat.of().formatHex(key)).isEqualTo("e8ca7ad59d5eb0518e312911d2dab2a9");
    byte[] written =
        new StunCodec.Writer(StunCodec.BINDING, StunCodec.REQUEST, id)
            .text(StunCodec.USERNAME, username)
            .text(StunCodec.NONCE, "f//499k954d6OL34oL9FSTvy64sA")
            .text(StunCodec.REALM, "example.org")
            .integrity(key)
            .toBytes();
    assertThat(HexFormat.of().formatHex(written))
        .isEqualTo(HexFormat.of().formatHex(SAMPLE_LONG_TERM_REQUEST));
  }

  @Test
  void theWriterReproducesTheSampleResponse() throws Exception {
    // the sample pads SOFTWARE with spaces, ours pads with zeros: compare what does not depend on
    // it
    byte[] id = HexFormat.of().parseHex("b7e7a701bc34d686fa87dfae");
    InetSocketAddress mapped = new InetSocketAddress(InetAddress.getByName("192.0.2.1"), 32853);
    byte[] written =
        new StunCodec.Writer(StunCodec.BINDING, StunCodec.SUCCESS, id)
            .address(StunCodec.XOR_MAPPED_ADDRESS, mapped)
            .integrity(StunCodec.shortTermKey(SHORT_TERM_PASSWORD))
            .fingerprint()
            .toBytes();
    StunCodec.Message m = StunCodec.Message.parse(written, written.length);
    assertThat(m).isNotNull();
    assertThat(m.address(StunCodec.XOR_MAPPED_ADDRESS)).isEqualTo(mapped);
    assertThat(m.integrityMatches(StunCodec.shortTermKey(SHORT_TERM_PASSWORD))).isTrue();
    assertThat(m.fingerprintMatches()).isTrue();
    // the XOR-MAPPED-ADDRESS attribute is byte for byte the sample's
    assertThat(HexFormat.of().formatHex(written, 20, 32))
        .isEqualTo(HexFormat.of().formatHex(SAMPLE_IPV4_RESPONSE, 36, 48));
  }

  @Test
  void methodsAndClassesInterleaveInTheType() {
    assertThat(StunCodec.type(StunCodec.ALLOCATE, StunCodec.REQUEST)).isEqualTo(0x0003);
    assertThat(StunCodec.type(StunCodec.ALLOCATE, StunCodec.ERROR)).isEqualTo(0x0113);
    assertThat(StunCodec.type(StunCodec.DATA, StunCodec.INDICATION)).isEqualTo(0x0017);
    assertThat(StunCodec.type(StunCodec.CHANNEL_BIND, StunCodec.SUCCESS)).isEqualTo(0x0109);
    assertThat(StunCodec.method(0x0113)).isEqualTo(StunCodec.ALLOCATE);
    assertThat(StunCodec.cls(0x0113)).isEqualTo(StunCodec.ERROR);
  }

  @Test
  void truncatedOrForeignDatagramsAreNotStun() {
    assertThat(StunCodec.Message.parse(SAMPLE_REQUEST, 60)).isNull();
    byte[] rtp = SAMPLE_REQUEST.clone();
    rtp[0] = (byte) 0x80;
    assertThat(StunCodec.Message.parse(rtp, rtp.length)).isNull();
    byte[] cookie = SAMPLE_REQUEST.clone();
    cookie[4] = 0;
    assertThat(StunCodec.Message.parse(cookie, cookie.length)).isNull();
  }
}
