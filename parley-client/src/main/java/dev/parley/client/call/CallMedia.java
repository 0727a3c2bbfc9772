/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.client.call;

import dev.parley.media.MediaAnswer;
import dev.parley.media.MediaException;
import dev.parley.media.MediaOffer;
import dev.parley.media.Phone;
import dev.parley.media.pipeline.PipelineStats;
import java.util.Optional;

/**
 * The media side of a {@link Call}: a {@link Phone} of the application's engine, or media the
 * application handles itself ({@link ExternalMedia}). Called on the session's serial executor.
 */
interface CallMedia {
  /** What our session-initiate offers: codecs and candidates. */
  MediaOffer offer();

  /** The peer accepted our offer with this (its codecs and candidates): media starts. */
  void accept(MediaAnswer peer) throws MediaException;

  /** Answers the peer's offer (incoming calls); media starts. */
  MediaAnswer answer(MediaOffer peer) throws MediaException;

  /** Either side holds (XEP-0167 § 7.2): send nothing. */
  void hold(boolean held);

  /** We muted ourselves: send silence. */
  void mute(boolean muted);

  /** Queues RFC 4733 events. */
  void sendDtmf(String digits);

  Optional<PipelineStats> stats();

  /** The call ended: release the media. */
  void close();

  /** A phone of the SDK's media engine. */
  record OfPhone(Phone phone) implements CallMedia {
    @Override
    public MediaOffer offer() {
      return phone.offer();
    }

    @Override
    public void accept(MediaAnswer peer) throws MediaException {
      phone.accept(peer);
    }

    @Override
    public MediaAnswer answer(MediaOffer peer) throws MediaException {
      return phone.answer(peer);
    }

    @Override
    public void hold(boolean held) {
      phone.hold(held);
    }

    @Override
    public void mute(boolean muted) {
      phone.mute(muted);
    }

    @Override
    public void sendDtmf(String digits) {
      phone.sendDtmf(digits);
    }

    @Override
    public Optional<PipelineStats> stats() {
      return phone.stats();
    }

    @Override
    public void close() {
      phone.close();
    }
  }
}
