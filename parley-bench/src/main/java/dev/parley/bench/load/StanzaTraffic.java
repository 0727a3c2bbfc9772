/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.bench.load;

import dev.parley.protocol.ParleyCodecs;
import dev.parley.protocol.conference.ConferenceInfo;
import dev.parley.protocol.conference.State;
import dev.parley.protocol.xml.Xml;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * Stanzas and bytes per kind and direction, counted by {@link BridgeLoadClient} on its signalling
 * thread (sizes on the wire, {@link StanzaSizes}, for what it receives; as written, for what it
 * sends); read through {@link #copy()} on that thread.
 */
final class StanzaTraffic {
  /** What a stanza is about. */
  enum Kind {
    PRESENCE,
    JMI,
    /** Jingle requests and their answers. */
    JINGLE,
    /** Conference documents and their results. */
    COIN,
    DISCO,
    OTHER
  }

  final long[] inStanzas = new long[Kind.values().length];
  final long[] inBytes = new long[Kind.values().length];
  final long[] outStanzas = new long[Kind.values().length];
  final long[] outBytes = new long[Kind.values().length];
  long fullDocuments;
  long fullBytes;
  long partials;
  long partialBytes;

  /** Partial notifications that add exactly one user (a join, during a ramp). */
  long joinNotices;

  long joinNoticeBytes;

  /** The {@code <conference-info/>} of those, as Parley's codec writes it. */
  long joinDocumentBytes;

  /** The first of those documents, as Parley's codec writes it. */
  @Nullable String joinSample;

  /** Partial notifications whose version was not the previous one + 1 for their recipient. */
  long versionGaps;

  long errors;

  void in(Kind k, long bytes) {
    inStanzas[k.ordinal()]++;
    inBytes[k.ordinal()] += bytes;
  }

  void out(Kind k, long bytes) {
    outStanzas[k.ordinal()]++;
    outBytes[k.ordinal()] += bytes;
  }

  void coin(ConferenceInfo d, long bytes, int recipient, long[] versions) {
    in(Kind.COIN, bytes);
    long v = d.version() == null ? -1 : d.version();
    if (d.state() == State.PARTIAL) {
      partials++;
      partialBytes += bytes;
      if (recipient >= 0 && v != versions[recipient] + 1) {
        versionGaps++;
      }
      if (d.users() != null && d.users().list().size() == 1) {
        joinNotices++;
        joinNoticeBytes += bytes;
        String xml = Xml.toXml(d, ParleyCodecs.registry());
        joinDocumentBytes += xml.getBytes(StandardCharsets.UTF_8).length;
        if (joinSample == null) {
          joinSample = xml;
        }
      }
    } else {
      fullDocuments++;
      fullBytes += bytes;
    }
    if (recipient >= 0) {
      versions[recipient] = v;
    }
  }

  long stanzas(Kind k) {
    return inStanzas[k.ordinal()] + outStanzas[k.ordinal()];
  }

  /** Every stanza, both directions, but Coin. */
  long signallingStanzas() {
    long n = 0;
    for (Kind k : Kind.values()) {
      n += k == Kind.COIN ? 0 : stanzas(k);
    }
    return n;
  }

  StanzaTraffic copy() {
    StanzaTraffic t = new StanzaTraffic();
    System.arraycopy(inStanzas, 0, t.inStanzas, 0, inStanzas.length);
    System.arraycopy(inBytes, 0, t.inBytes, 0, inBytes.length);
    System.arraycopy(outStanzas, 0, t.outStanzas, 0, outStanzas.length);
    System.arraycopy(outBytes, 0, t.outBytes, 0, outBytes.length);
    t.fullDocuments = fullDocuments;
    t.fullBytes = fullBytes;
    t.partials = partials;
    t.partialBytes = partialBytes;
    t.joinNotices = joinNotices;
    t.joinNoticeBytes = joinNoticeBytes;
    t.joinDocumentBytes = joinDocumentBytes;
    t.joinSample = joinSample;
    t.versionGaps = versionGaps;
    t.errors = errors;
    return t;
  }

  /** The counts since {@code earlier}. */
  StanzaTraffic minus(StanzaTraffic earlier) {
    StanzaTraffic t = copy();
    for (int k = 0; k < inStanzas.length; k++) {
      t.inStanzas[k] -= earlier.inStanzas[k];
      t.inBytes[k] -= earlier.inBytes[k];
      t.outStanzas[k] -= earlier.outStanzas[k];
      t.outBytes[k] -= earlier.outBytes[k];
    }
    t.fullDocuments -= earlier.fullDocuments;
    t.fullBytes -= earlier.fullBytes;
    t.partials -= earlier.partials;
    t.partialBytes -= earlier.partialBytes;
    t.joinNotices -= earlier.joinNotices;
    t.joinNoticeBytes -= earlier.joinNoticeBytes;
    t.joinDocumentBytes -= earlier.joinDocumentBytes;
    t.versionGaps -= earlier.versionGaps;
    t.errors -= earlier.errors;
    return t;
  }

  @Override
  public String toString() {
    return "in " + Arrays.toString(inStanzas) + " out " + Arrays.toString(outStanzas);
  }
}
