/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.bench;

import dev.parley.jingle.coin.CoinNotice;
import dev.parley.jingle.coin.CoinPolicy;
import dev.parley.jingle.coin.CoinPublisher;
import dev.parley.jingle.coin.CoinRecipient;
import dev.parley.jingle.testing.RoomDocuments;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jxmpp.jid.FullJid;
import org.jxmpp.jid.Jid;
import org.jxmpp.jid.impl.JidCreate;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The Coin work of one join in a room of {@code size}: the room's new document given to the
 * publisher, the joiner subscribed, the joiner's full document and everybody else's partial one
 * (after the coalescing window) taken from {@code poll}, and every notice written as the component
 * writes it into its stream. Between joins (not measured) the joiner leaves again and the others
 * are sent that, so every measured join starts from the same room. With {@code coin} false nobody
 * takes partial notifications (Dino): everybody gets the full document.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class CoinPublisherBench {
  @Param({"50"})
  public int size;

  @Param({"true", "false"})
  public boolean coin;

  private final Jid focus = JidCreate.fromOrThrowUnchecked(CoinTraffic.roomJid(0) + "/focus");
  private CoinPublisher publisher;
  private RoomDocuments room;
  private FullJid joiner;
  private CoinRecipient joinerRecipient;
  private Instant now;
  private long ids;

  @Setup
  public void setup() {
    publisher = new CoinPublisher(CoinPolicy.DEFAULT);
    room = new RoomDocuments(CoinTraffic.roomJid(0));
    now = Instant.parse("2026-11-21T10:00:00Z");
    for (int i = 0; i < size - 1; i++) {
      room.join(CoinTraffic.participant(i), "Participant " + i, CoinTraffic.ssrc(i), now);
      publisher.subscribe(
          new CoinRecipient(CoinTraffic.participant(i), CoinTraffic.sid(i), coin), now);
    }
    publisher.update(room.document(), now);
    publisher.poll(now);
    joiner = CoinTraffic.participant(size - 1);
    joinerRecipient = new CoinRecipient(joiner, CoinTraffic.sid(size - 1), coin);
  }

  /** Not measured: the joiner leaves and the others are told, well after the last join. */
  @Setup(Level.Invocation)
  public void leave() {
    now = now.plusSeconds(10);
    publisher.unsubscribe(joiner);
    room.leave(joiner);
    publisher.update(room.document(), now);
    now = now.plusSeconds(10);
    publisher.poll(now);
  }

  /** One join: every notice it causes, written; returns the bytes written. */
  @Benchmark
  public long join() {
    room.join(joiner, "Participant " + (size - 1), CoinTraffic.ssrc(size - 1), now);
    publisher.update(room.document(), now);
    publisher.subscribe(joinerRecipient, now);
    long bytes = write(publisher.poll(now));
    return bytes + write(publisher.poll(publisher.nextDue().orElseThrow()));
  }

  /** The same join without writing the notices: the publisher's own share (diff included). */
  @Benchmark
  public int joinWithoutWriting() {
    room.join(joiner, "Participant " + (size - 1), CoinTraffic.ssrc(size - 1), now);
    publisher.update(room.document(), now);
    publisher.subscribe(joinerRecipient, now);
    int notices = publisher.poll(now).size();
    return notices + publisher.poll(publisher.nextDue().orElseThrow()).size();
  }

  /** The number of recipients (for the checks of BenchmarksRunTest). */
  public int recipients() {
    return publisher.recipients().size();
  }

  private long write(List<CoinNotice> notices) {
    long bytes = 0;
    for (int i = 0; i < notices.size(); i++) {
      bytes += CoinTraffic.xml(notices.get(i), focus, ++ids).length();
    }
    return bytes;
  }
}
