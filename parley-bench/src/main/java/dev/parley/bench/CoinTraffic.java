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
import dev.parley.protocol.ParleyCodecs;
import dev.parley.protocol.stanza.Iq;
import dev.parley.protocol.stanza.StanzaNamespaces;
import dev.parley.protocol.stream.StreamHeader;
import dev.parley.protocol.xml.CodecRegistry;
import dev.parley.protocol.xml.XmlOut;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jxmpp.jid.FullJid;
import org.jxmpp.jid.Jid;
import org.jxmpp.jid.impl.JidCreate;

/**
 * The bytes of conference information a bridge sends, computed exactly rather than timed: every
 * notice a {@link CoinPublisher} returns is made into the IQ the component writes (from the room's
 * focus, with an id like the router's) and serialised; its UTF-8 length is counted. Run with {@code
 * java -cp parley-bench/target/benchmarks.jar dev.parley.bench.CoinTraffic}; it prints the tables
 * of docs/PERFORMANCE.md.
 *
 * <p>A participant is what the bridge describes (BRIDGE-CONTRACTS): user {@code
 * xmpp:participantN@example.org} with a display name, endpoint {@code xmpp:<full JID>} connected,
 * dialled in, with its joining time, one audio stream with a 32-bit SSRC; the room document also
 * carries the room's name and user count.
 *
 * <p><b>The ramp</b>: {@code rooms × perRoom} participants join one after the other at even
 * intervals over {@code ramp}, round-robin over the rooms (participant {@code i} joins room {@code
 * i mod rooms}); each join updates the room's document and subscribes the joiner, and the room
 * polls then and at every {@code nextDue}, as the bridge does. Nobody leaves.
 */
public final class CoinTraffic {
  private static final CodecRegistry REGISTRY = ParleyCodecs.registry();
  private static final Instant T0 = Instant.parse("2026-11-21T10:00:00Z");

  /** How many participants of the ramp take partial notifications. */
  public enum Peers {
    /** Every participant advertises Coin. */
    COIN,
    /** One in five does not (Dino), the others do. */
    MIXED,
    /** Nobody does: full documents only. */
    NON_COIN;

    boolean partial(int participant) {
      return switch (this) {
        case COIN -> true;
        case MIXED -> participant % 5 != 0;
        case NON_COIN -> false;
      };
    }
  }

  /** One ramp. */
  public record Scenario(int rooms, int perRoom, Duration ramp, CoinPolicy policy, Peers peers) {}

  /** What a ramp sent. */
  public record Traffic(long notices, long partial, long bytes, long partialBytes) {}

  private CoinTraffic() {}

  /** Sends the ramp of {@code s} through one publisher per room and counts what goes out. */
  public static Traffic run(Scenario s) {
    CoinPublisher[] publishers = new CoinPublisher[s.rooms()];
    RoomDocuments[] rooms = new RoomDocuments[s.rooms()];
    Jid[] focus = new Jid[s.rooms()];
    for (int r = 0; r < s.rooms(); r++) {
      publishers[r] = new CoinPublisher(s.policy());
      rooms[r] = new RoomDocuments(roomJid(r));
      focus[r] = jid(roomJid(r) + "/focus");
    }
    Counter counter = new Counter();
    int total = s.rooms() * s.perRoom();
    for (int i = 0; i < total; i++) {
      int r = i % s.rooms();
      Instant t = T0.plus(s.ramp().multipliedBy(i).dividedBy(total));
      fireTimers(publishers[r], focus[r], t, counter);
      rooms[r].join(participant(i), "Participant " + i, ssrc(i), t);
      publishers[r].update(rooms[r].document(), t);
      publishers[r].subscribe(new CoinRecipient(participant(i), sid(i), s.peers().partial(i)), t);
      counter.count(publishers[r].poll(t), focus[r]);
    }
    for (int r = 0; r < s.rooms(); r++) {
      fireTimers(publishers[r], focus[r], Instant.MAX, counter);
    }
    return new Traffic(counter.notices, counter.partial, counter.bytes, counter.partialBytes);
  }

  /**
   * The notices of participant number {@code size} joining a room (so the room has {@code size}
   * afterwards), as written on the wire: the partial one the others get and the full one the joiner
   * gets; {@code userCount} says whether the room's document carries a user count.
   */
  public static Join join(int size, boolean userCount) {
    CoinPublisher publisher = new CoinPublisher(CoinPolicy.DEFAULT.withoutCoalescing());
    RoomDocuments room = new RoomDocuments(roomJid(0), userCount);
    for (int i = 0; i < size - 1; i++) {
      room.join(participant(i), "Participant " + i, ssrc(i), T0);
      publisher.subscribe(new CoinRecipient(participant(i), sid(i), true), T0);
    }
    publisher.update(room.document(), T0);
    publisher.poll(T0);
    Instant t = T0.plusSeconds(60);
    FullJid joiner = participant(size - 1);
    room.join(joiner, "Participant " + (size - 1), ssrc(size - 1), t);
    publisher.update(room.document(), t);
    publisher.subscribe(new CoinRecipient(joiner, sid(size - 1), true), t);
    List<CoinNotice> notices = publisher.poll(t);
    Jid focus = jid(roomJid(0) + "/focus");
    return new Join(xml(notices.get(0), focus, 1), xml(notices.get(size - 1), focus, 2));
  }

  /** The notices of one join: the others' partial one and the joiner's full one. */
  public record Join(String partial, String full) {}

  /** Prints the tables of docs/PERFORMANCE.md. */
  public static void main(String[] args) {
    for (boolean userCount : List.of(true, false)) {
      Join join = join(50, userCount);
      System.out.printf(
          "Partial join notification, room of 50, %s user count: %d bytes%n%s%n",
          userCount ? "with" : "without",
          join.partial().getBytes(StandardCharsets.UTF_8).length,
          join.partial());
      System.out.printf(
          "The joiner's full document: %d bytes%n%n",
          join.full().getBytes(StandardCharsets.UTF_8).length);
    }
    CoinPolicy naive = new CoinPolicy(Duration.ZERO, Duration.ZERO);
    CoinPolicy off = CoinPolicy.DEFAULT.withoutCoalescing();
    CoinPolicy on = CoinPolicy.DEFAULT;
    System.out.println(
        "| Rooms | Ramp | Peers | Coalescing | Notices | of which partial | Bytes | of which partial |");
    System.out.println("|---|---|---|---|---|---|---|---|");
    for (Duration ramp :
        List.of(Duration.ofSeconds(1), Duration.ofSeconds(10), Duration.ofSeconds(60))) {
      row(new Scenario(20, 50, ramp, naive, Peers.NON_COIN), "none, no rate limit");
      for (Peers peers : Peers.values()) {
        row(new Scenario(20, 50, ramp, off, peers), "off");
        row(new Scenario(20, 50, ramp, on, peers), "on");
      }
    }
    // For comparison, one room of 1,000 (performance notes: 480 MB with partial notifications).
    row(new Scenario(1, 1_000, Duration.ofSeconds(60), off, Peers.COIN), "off");
    row(new Scenario(1, 1_000, Duration.ofSeconds(60), on, Peers.COIN), "on");
  }

  private static void row(Scenario s, String coalescing) {
    Traffic t = run(s);
    System.out.printf(
        Locale.ROOT,
        "| %d × %d | %d s | %s | %s | %,d | %,d | %,d (%.1f MB) | %.1f MB |%n",
        s.rooms(),
        s.perRoom(),
        s.ramp().toSeconds(),
        s.peers(),
        coalescing,
        t.notices(),
        t.partial(),
        t.bytes(),
        t.bytes() / 1e6,
        t.partialBytes() / 1e6);
  }

  private static void fireTimers(CoinPublisher p, Jid focus, Instant until, Counter counter) {
    for (Optional<Instant> due = p.nextDue();
        due.isPresent() && !due.get().isAfter(until);
        due = p.nextDue()) {
      counter.count(p.poll(due.get()), focus);
    }
  }

  /**
   * A notice as the component writes it into its stream ({@code ComponentConnection.send}): from
   * the focus, with an id like the router's, in the stream's default namespace.
   */
  static String xml(CoinNotice notice, Jid focus, long id) {
    Iq iq = notice.iq().withFrom(focus).withId("parley-18f3a2b4c5d6e-" + id);
    StringBuilder sb = new StringBuilder(1_024);
    new XmlOut(
            sb,
            REGISTRY,
            StanzaNamespaces.COMPONENT,
            StanzaNamespaces.COMPONENT,
            "stream",
            StreamHeader.STREAM_NS)
        .element(iq);
    return sb.toString();
  }

  static String roomJid(int room) {
    return "room" + room + "@conference.example.org";
  }

  static FullJid participant(int i) {
    return jid("participant"
            + i
            + "@example.org/phone-"
            + Integer.toHexString(0x1000_0000 + i * 7919))
        .asFullJidIfPossible();
  }

  static String sid(int i) {
    return "j" + Long.toHexString(0x10_0000_0000_0000L + i * 2_654_435_761L);
  }

  static long ssrc(int i) {
    return (i * 2_654_435_761L + 12_345) & 0xFFFF_FFFFL;
  }

  private static Jid jid(String s) {
    return JidCreate.fromOrThrowUnchecked(s);
  }

  private static final class Counter {
    long notices;
    long partial;
    long bytes;
    long partialBytes;
    long ids;

    void count(List<CoinNotice> sent, Jid focus) {
      for (CoinNotice n : sent) {
        notices++;
        int size = xml(n, focus, ++ids).getBytes(StandardCharsets.UTF_8).length;
        bytes += size;
        if (!n.full()) {
          partial++;
          partialBytes += size;
        }
      }
    }
  }
}
