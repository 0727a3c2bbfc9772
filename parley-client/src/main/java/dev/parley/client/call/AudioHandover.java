/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.client.call;

import dev.parley.media.audio.AudioSink;
import dev.parley.media.audio.AudioSource;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The application's audio source and sink, shared by the calls that succeed each other when a call
 * is transferred or replaced (XEP-0251): each call's phone gets a {@link Lease}, and only the
 * active lease reads the source and writes the sink; the others read silence and drop what they
 * would play. A transfer's new call takes over when it becomes active, so the source is never read
 * by two phones at once and the sink never gets two streams interleaved.
 *
 * <p>Phones run on tick threads: the owner is a volatile field, and an {@link AtomicBoolean} per
 * direction keeps two phones on different tick threads out of the source or sink at the moment of
 * the switch (the loser of that race plays or sends one frame of silence).
 */
final class AudioHandover {
  private final AudioSource source;
  private final AudioSink sink;
  private final AtomicBoolean reading = new AtomicBoolean();
  private final AtomicBoolean writing = new AtomicBoolean();
  private volatile Lease owner;

  AudioHandover(AudioSource source, AudioSink sink) {
    this.source = source;
    this.sink = sink;
    this.owner = new Lease();
  }

  /** The lease of the first call, active from the start. */
  Lease first() {
    return owner;
  }

  /** A lease for a successor call, inactive until {@link Lease#activate()}. */
  Lease next() {
    return new Lease();
  }

  /** One call's use of the audio. */
  final class Lease {
    private final AudioSource leasedSource =
        new AudioSource() {
          @Override
          public int sampleRate() {
            return source.sampleRate();
          }

          @Override
          public int read(short[] buf, int off, int len) {
            if (owner != Lease.this || !reading.compareAndSet(false, true)) {
              Arrays.fill(buf, off, off + len, (short) 0);
              return len;
            }
            try {
              return source.read(buf, off, len);
            } finally {
              reading.set(false);
            }
          }
        };

    private final AudioSink leasedSink =
        new AudioSink() {
          @Override
          public int sampleRate() {
            return sink.sampleRate();
          }

          @Override
          public void write(short[] buf, int off, int len) {
            if (owner != Lease.this || !writing.compareAndSet(false, true)) {
              return;
            }
            try {
              sink.write(buf, off, len);
            } finally {
              writing.set(false);
            }
          }
        };

    AudioSource source() {
      return leasedSource;
    }

    AudioSink sink() {
      return leasedSink;
    }

    /** This call takes the audio over. */
    void activate() {
      owner = this;
    }

    AudioHandover handover() {
      return AudioHandover.this;
    }
  }
}
