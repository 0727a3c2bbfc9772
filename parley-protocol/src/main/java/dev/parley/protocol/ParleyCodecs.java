/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.protocol;

import dev.parley.protocol.coin.CoinCodecs;
import dev.parley.protocol.conference.ConferenceCodecs;
import dev.parley.protocol.ping.PingCodec;
import dev.parley.protocol.stanza.StanzaCodecs;
import dev.parley.protocol.stream.StreamCodecs;
import dev.parley.protocol.xml.CodecRegistry;
import dev.parley.protocol.xml.ElementCodec;
import java.util.ArrayList;
import java.util.List;

/** Every codec Parley has, in one registry. Each feature package contributes its list here. */
public final class ParleyCodecs {
  private static final CodecRegistry REGISTRY = CodecRegistry.of(all());

  private ParleyCodecs() {}

  /** The shared registry of every codec. */
  public static CodecRegistry registry() {
    return REGISTRY;
  }

  private static List<ElementCodec<?>> all() {
    List<ElementCodec<?>> codecs = new ArrayList<>();
    codecs.addAll(StanzaCodecs.all());
    codecs.addAll(StreamCodecs.all());
    codecs.add(PingCodec.INSTANCE);
    codecs.addAll(ConferenceCodecs.all());
    codecs.addAll(CoinCodecs.all());
    return codecs;
  }
}
