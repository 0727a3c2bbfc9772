/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.media.srtp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.media.rtp.RtpWriter;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** SRTP and SRTCP in place, between the two ends of one DTLS-SRTP association. */
class SrtpContextTest {
  private final byte[] material = new byte[2 * (16 + 14)];

  {
    new Random(7).nextBytes(material);
  }

  private final SrtpContext client =
      new SrtpContext(
          SrtpKeys.fromKeyingMaterial(SrtpProfile.AES_CM_128_HMAC_SHA1_80, material, true));
  private final SrtpContext server =
      new SrtpContext(
          SrtpKeys.fromKeyingMaterial(SrtpProfile.AES_CM_128_HMAC_SHA1_80, material, false));

  private static byte[] rtp(int seq, byte fill) {
    byte[] p = new byte[12 + 160 + SrtpContext.HEADROOM];
    RtpWriter.writeFixedHeader(p, 0, false, 0, seq, seq * 160L, 0x12345678L);
    Arrays.fill(p, 12, 12 + 160, fill);
    return p;
  }

  @Test
  void protectedRtpIsEncryptedAuthenticatedAndRestored() {
    byte[] p = rtp(1, (byte) 0x55);
    byte[] plain = Arrays.copyOf(p, 172);
    int n = client.protectRtp(p, 0, 172);
    assertThat(n).isEqualTo(172 + 10);
    assertThat(Arrays.copyOfRange(p, 12, 172)).isNotEqualTo(Arrays.copyOfRange(plain, 12, 172));
    assertThat(Arrays.copyOf(p, 12)).isEqualTo(Arrays.copyOf(plain, 12)); // header in the clear
    assertThat(server.unprotectRtp(p, 0, n)).isEqualTo(172);
    assertThat(Arrays.copyOf(p, 172)).isEqualTo(plain);
  }

  @Test
  void tamperedReplayedAndWrongKeyPacketsAreDropped() {
    byte[] p = rtp(2, (byte) 1);
    int n = client.protectRtp(p, 0, 172);
    byte[] copy = Arrays.copyOf(p, p.length);
    p[40] ^= 1;
    assertThat(server.unprotectRtp(p, 0, n)).isEqualTo(-1);
    assertThat(server.unprotectRtp(copy.clone(), 0, n)).isEqualTo(172);
    assertThat(server.unprotectRtp(copy.clone(), 0, n)).as("replay").isEqualTo(-1);
    // the sender's own direction uses the other key
    byte[] q = rtp(3, (byte) 2);
    int m = client.protectRtp(q, 0, 172);
    assertThat(client.unprotectRtp(q, 0, m)).isEqualTo(-1);
    assertThat(server.unprotectRtp(new byte[5], 0, 5)).isEqualTo(-1);
  }

  @Test
  void srtcpCarriesIndexAndTag() {
    byte[] rr = new byte[8 + SrtpContext.HEADROOM];
    rr[0] = (byte) 0x80;
    rr[1] = (byte) 201; // RR, no report blocks
    rr[3] = 1;
    rr[4] = 0x12;
    rr[5] = 0x34;
    rr[6] = 0x56;
    rr[7] = 0x78;
    int n = server.protectRtcp(rr, 0, 8);
    assertThat(n).isEqualTo(8 + 4 + 10);
    assertThat(client.unprotectRtcp(rr, 0, n)).isEqualTo(8);
    assertThat(rr[1] & 0xFF).isEqualTo(201);
  }

  @Test
  void noHeadroomNoProtection() {
    byte[] tight = new byte[172];
    RtpWriter.writeFixedHeader(tight, 0, false, 0, 1, 160, 1);
    assertThat(client.protectRtp(tight, 0, 172)).isEqualTo(-1);
  }
}
