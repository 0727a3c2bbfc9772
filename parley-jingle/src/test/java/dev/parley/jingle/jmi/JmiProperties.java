/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.jingle.jmi;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.jingle.IdGenerator;
import dev.parley.jingle.testing.Dialog;
import dev.parley.protocol.hints.Hint;
import dev.parley.protocol.jingle.Reason;
import dev.parley.protocol.jingle.ReasonCondition;
import dev.parley.protocol.jingle.rtp.RtpDescription;
import dev.parley.protocol.jmi.Accept;
import dev.parley.protocol.jmi.Finish;
import dev.parley.protocol.jmi.JmiMessage;
import dev.parley.protocol.jmi.Proceed;
import dev.parley.protocol.jmi.Propose;
import dev.parley.protocol.jmi.Reject;
import dev.parley.protocol.jmi.Retract;
import dev.parley.protocol.jmi.Ringing;
import dev.parley.protocol.stanza.Message;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.jxmpp.jid.Jid;

/**
 * Properties of {@link Jmi} under random sequences of messages from the peer, from our own other
 * devices and from strangers, interleaved with our commands and the passing of time (less than the
 * expiry in all): what we send is always a chat message with one JMI payload and a store hint, from
 * us; and a call that has ended never rings or proceeds again.
 */
class JmiProperties {
  static final Jid SELF = Dialog.jid("juliet@capulet.example/phone");
  static final List<Jid> SENDERS =
      List.of(
          Dialog.jid("romeo@montague.example/orchard"),
          Dialog.jid("romeo@montague.example/tablet"),
          Dialog.jid("juliet@capulet.example/laptop"),
          Dialog.jid("tybalt@capulet.example/sword"),
          SELF);
  static final List<String> IDS = List.of("a", "b", "c", "jm1", "jm3");

  /** One step: a message received ({@code kind} < 7), a command, or time passing. */
  record Step(int kind, int sender, int id, int minutes) {}

  @Provide
  Arbitrary<List<Step>> runs() {
    return Combinators.combine(
            Arbitraries.integers().between(0, 13),
            Arbitraries.integers().between(0, SENDERS.size() - 1),
            Arbitraries.integers().between(0, IDS.size() - 1),
            Arbitraries.integers().between(0, 30))
        .as(Step::new)
        .list()
        .ofMinSize(1)
        .ofMaxSize(45);
  }

  @Property(tries = 500)
  void sentMessagesAreWellFormedAndEndedCallsStayEnded(@ForAll("runs") List<Step> run) {
    Jmi jmi =
        new Jmi(SELF, IdGenerator.sequence("jm"), JmiOptions.DEFAULT.withAcceptToOwnBareJid(true));
    Instant now = Instant.parse("2026-03-01T00:00:00Z");
    Set<String> seenLive = new HashSet<>();
    Set<String> ended = new HashSet<>();
    for (Step step : run) {
      JmiOutcome out;
      if (step.kind() < 7) {
        out = jmi.receive(message(step), now);
      } else {
        out = command(jmi, step, now);
        now = now.plus(Duration.ofMinutes(step.minutes()));
      }
      for (Message m : out.messages()) {
        assertThat(m.type()).isEqualTo(Message.Type.CHAT);
        assertThat((Object) m.from()).isEqualTo(SELF);
        assertThat(m.payloads()).hasSize(2);
        assertThat(m.payloads().get(0)).isInstanceOf(JmiMessage.class);
        assertThat(m.payloads().get(1)).isEqualTo(Hint.STORE);
      }
      Set<String> live = new HashSet<>();
      for (JmiCall c : jmi.calls()) {
        live.add(c.id());
        assertThat(c.state().isLive()).isTrue();
      }
      for (String id : seenLive) {
        if (!live.contains(id)) {
          ended.add(id);
        }
      }
      assertThat(Collections.disjoint(live, ended))
          .as("ended calls %s never come back, live: %s", ended, live)
          .isTrue();
      seenLive.addAll(live);
    }
  }

  private static Message message(Step step) {
    String id = IDS.get(step.id());
    JmiMessage payload =
        switch (step.kind()) {
          case 0 -> Propose.of(id, "audio");
          case 1 -> Ringing.of(id);
          case 2 -> Proceed.of(id);
          case 3 -> Reject.of(id, null);
          case 4 -> Retract.of(id, null);
          case 5 -> Finish.of(id);
          default -> Accept.of(id);
        };
    Jid from = SENDERS.get(step.sender());
    Jid to = step.kind() == 0 || step.kind() == 4 ? SELF.asBareJid() : SELF;
    return Message.of(Message.Type.CHAT, to, List.of(payload, Hint.STORE)).withFrom(from);
  }

  /** One of our commands; refused (IllegalStateException) when the call's state forbids it. */
  private static JmiOutcome command(Jmi jmi, Step step, Instant now) {
    String id = IDS.get(step.id());
    try {
      return switch (step.kind()) {
        case 7 ->
            jmi.propose(
                SENDERS.get(step.sender()).asBareJid(),
                List.of(RtpDescription.ofMedia("audio")),
                now);
        case 8 -> jmi.ring(id);
        case 9 -> jmi.proceed(id);
        case 10 -> jmi.reject(id, null, now);
        case 11 -> jmi.retract(id, Reason.of(ReasonCondition.CANCEL), now);
        case 12 -> jmi.finish(id, null, now);
        default -> jmi.expire(now);
      };
    } catch (IllegalStateException refused) {
      return new JmiOutcome(List.of(), List.of());
    }
  }
}
