/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.mediajingle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.media.CodecSpec;
import dev.parley.protocol.jingle.rtp.Parameter;
import dev.parley.protocol.jingle.rtp.PayloadType;
import dev.parley.protocol.jingle.rtp.RtpDescription;
import dev.parley.protocol.jingle.ssma.Source;
import dev.parley.protocol.xml.Extensions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PayloadTypesTest {
  @Test
  void aNamelessStaticPayloadTypeIsCompletedFromRfc3551() {
    PayloadType pcma = new PayloadType(8, null, null, null, null, null, List.of(), Extensions.NONE);
    assertThat(PayloadTypes.spec(pcma)).isEqualTo(new CodecSpec(8, "PCMA", 8000, 1, Map.of()));
  }

  @Test
  void aDynamicPayloadTypeWithoutClockRateIsLeftOut() {
    PayloadType unknown =
        new PayloadType(100, "x-secret", null, null, null, null, List.of(), Extensions.NONE);
    assertThat(PayloadTypes.specs(List.of(unknown, PayloadType.of(0, "PCMU", 8000))))
        .extracting(CodecSpec::name)
        .containsExactly("PCMU");
  }

  @Test
  void opusRoundTripsWithItsChannelsAndParametersInOrder() {
    CodecSpec opus =
        new CodecSpec(
            111, "opus", 48000, 2, new java.util.LinkedHashMap<>(Map.of("minptime", "10")));
    PayloadType pt = PayloadTypes.payloadType(opus);
    assertThat(pt.name()).isEqualTo("opus");
    assertThat(pt.clockrate()).isEqualTo(48000L);
    assertThat(pt.channels()).isEqualTo(2);
    assertThat(pt.parameters()).containsExactly(new Parameter("minptime", "10"));
    assertThat(PayloadTypes.spec(pt)).isEqualTo(opus);
    // one channel is the default and is not written (XEP-0167 § 4)
    assertThat(PayloadTypes.payloadType(CodecSpec.pcmu()).channels()).isNull();
  }

  @Test
  void aCodecWithoutNameCannotBeSignalled() {
    assertThatThrownBy(() -> PayloadTypes.payloadType(new CodecSpec(0, null, 8000, 1, Map.of())))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theSsrcAttributeWinsOverASourceElement() {
    RtpDescription both =
        new RtpDescription(
            "audio",
            7L,
            List.of(),
            false,
            null,
            null,
            Extensions.ofElements(List.of(Source.of(9L, List.of()))));
    assertThat(PayloadTypes.ssrc(both)).isEqualTo(7L);
    assertThat(PayloadTypes.ssrc(RtpDescription.ofMedia("audio"))).isNull();
  }
}
