/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.jingle.session;

import static dev.parley.jingle.testing.Stanzas.JULIET;
import static dev.parley.jingle.testing.Stanzas.ROMEO;
import static dev.parley.jingle.testing.Stanzas.SID;
import static dev.parley.jingle.testing.Stanzas.STRANGER;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.jingle.IdGenerator;
import dev.parley.jingle.testing.Dialog;
import dev.parley.jingle.testing.ManualClock;
import dev.parley.jingle.testing.Stanzas;
import dev.parley.protocol.jingle.Creator;
import dev.parley.protocol.jingle.Jingle;
import dev.parley.protocol.jingle.JingleAction;
import dev.parley.protocol.jingle.Reason;
import dev.parley.protocol.jingle.ReasonCondition;
import dev.parley.protocol.jingle.Senders;
import dev.parley.protocol.stanza.Iq;
import dev.parley.protocol.stanza.StanzaError;
import dev.parley.protocol.xml.Extensions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.jxmpp.jid.Jid;

/**
 * Properties of the transitions under random sequences of what peers send and what we do: every get
 * and set is answered exactly once and results and errors never, an error changes nothing, ENDED is
 * final, and a transition depends only on its inputs.
 */
class SessionProperties {
  static final Jid ROMEO_PHONE = Dialog.jid("romeo@montague.lit/phone");
  static final List<String> SIDS = List.of(SID, "ours", "unknown");

  /** One IQ a peer sends, before it is addressed (so it can be aimed at any session). */
  record Template(Iq.Type type, int sender, int sid, JingleAction action, String id) {
    Iq to(Jid peer, Jid local, Creator peerRole) {
      Jid from =
          switch (sender) {
            case 0 -> peer;
            case 1 -> STRANGER;
            default -> ROMEO_PHONE;
          };
      if (type == Iq.Type.RESULT) {
        return Stanzas.result(from, local, id);
      }
      if (type == Iq.Type.ERROR) {
        return Stanzas.error(from, local, id, StanzaError.of(StanzaError.Condition.CONFLICT));
      }
      Jingle j = Stanzas.action(action, peerRole, SIDS.get(sid));
      return new Iq(type, id, from, local, null, List.of(j), null, Extensions.NONE);
    }
  }

  /** A step of a run: a peer's IQ, or one of our commands (which may be refused). */
  record Step(Template peerIq, int command, int target) {}

  @Provide
  Arbitrary<Template> templates() {
    List<JingleAction> actions = new ArrayList<>(Arrays.asList(JingleAction.values()));
    actions.add(null);
    return Combinators.combine(
            Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(14, Arbitraries.just(Iq.Type.SET)),
                net.jqwik.api.Tuple.of(1, Arbitraries.just(Iq.Type.GET)),
                net.jqwik.api.Tuple.of(3, Arbitraries.just(Iq.Type.RESULT)),
                net.jqwik.api.Tuple.of(2, Arbitraries.just(Iq.Type.ERROR))),
            Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(8, Arbitraries.just(0)),
                net.jqwik.api.Tuple.of(1, Arbitraries.just(1)),
                net.jqwik.api.Tuple.of(1, Arbitraries.just(2))),
            Arbitraries.integers().between(0, SIDS.size() - 1),
            Arbitraries.of(actions).injectNull(0.0),
            Arbitraries.of("iq1", "iq2", "iq3", "iq4", "iq5", "iq6", "p", "q"))
        .as(Template::new);
  }

  @Provide
  Arbitrary<List<Step>> runs() {
    Arbitrary<Step> step =
        Combinators.combine(
                templates(),
                Arbitraries.integers().between(0, 9),
                Arbitraries.integers().between(0, 3))
            .as(Step::new);
    return step.list().ofMinSize(1).ofMaxSize(40);
  }

  @Property(tries = 400)
  void everyRequestIsAnsweredExactlyOnceAndNothingElseIs(@ForAll("runs") List<Step> run) {
    JingleSessions sessions =
        new JingleSessions(
            IdGenerator.sequence("iq"), new ManualClock(Instant.parse("2026-03-01T00:00:00Z")));
    // a session the peer initiated and one we initiated
    sessions.receive(
        Stanzas.set(
            ROMEO, JULIET, "i0", Jingle.sessionInitiate(SID, ROMEO, List.of(Stanzas.voice()))));
    sessions.initiate(JULIET, ROMEO, "ours", List.of(Stanzas.voice()), List.of());
    for (Step step : run) {
      if (step.command() < 7) {
        Iq iq =
            step.peerIq()
                .to(
                    ROMEO,
                    JULIET,
                    step.peerIq().action() == JingleAction.SESSION_INITIATE
                        ? Creator.INITIATOR
                        : Creator.RESPONDER);
        Received r = sessions.receive(iq);
        if (iq.isRequest()) {
          assertThat(r.reply()).as("a reply to %s", iq).isNotNull();
          assertThat(r.reply().id()).isEqualTo(iq.id());
          assertThat((Object) r.reply().to()).isEqualTo(iq.from());
          assertThat(r.reply().type()).isIn(Iq.Type.RESULT, Iq.Type.ERROR);
          if (r.reply().type() == Iq.Type.ERROR) {
            assertThat(r.events()).as("an error reports nothing").isEmpty();
          }
        } else {
          assertThat(r.reply()).as("no reply to %s", iq).isNull();
        }
      } else {
        command(sessions, step);
      }
      for (JingleSession s : sessions.all()) {
        assertThat(s.isLive()).as("the registry keeps only live sessions").isTrue();
      }
    }
  }

  /** One of our commands on a live session; the state may refuse it (a programming error). */
  private static void command(JingleSessions sessions, Step step) {
    List<JingleSession> live = sessions.all();
    if (live.isEmpty()) {
      return;
    }
    JingleSession s = live.get(step.target() % live.size());
    try {
      sessions.execute(
          SessionKey.of(s),
          (session, id) ->
              switch (step.command()) {
                case 7 -> session.terminate(id, Reason.of(ReasonCondition.SUCCESS));
                case 8 -> session.contentAdd(id, List.of(Stanzas.voice(session.role(), "extra")));
                default -> session.contentModify(id, Creator.INITIATOR, "voice", Senders.NONE);
              });
    } catch (IllegalStateException | IllegalArgumentException refused) {
      // the command is not allowed in this state: nothing was sent, nothing changed
      assertThat(sessions.get(SessionKey.of(s))).contains(s);
    }
  }

  @Provide
  Arbitrary<JingleSession> sessions() {
    return Arbitraries.of(
        Stanzas.pendingInitiator(),
        Stanzas.pendingResponder(),
        Stanzas.activeInitiator(),
        Stanzas.activeResponder(),
        Stanzas.ended());
  }

  @Property(tries = 400)
  void endedIsFinalAndErrorsChangeNothing(
      @ForAll("sessions") JingleSession start, @ForAll("templateLists") List<Template> iqs) {
    JingleSession s = start;
    for (Template t : iqs) {
      Iq iq = t.to(s.peer(), s.local(), s.peerRole());
      Outcome o = s.receive(iq);
      assertThat(s.receive(iq)).as("a transition depends only on its inputs").isEqualTo(o);
      if (s.state() == SessionState.ENDED) {
        assertThat(o.session().state()).as("ENDED is final").isEqualTo(SessionState.ENDED);
        assertThat(o.events()).isEmpty();
        if (iq.isRequest()) {
          assertThat(Stanzas.verdict(o.reply())).isIn("unknown-session", "bad-request");
        }
      }
      if (o.reply() != null && o.reply().type() == Iq.Type.ERROR) {
        assertThat(o.session()).as("an error changes nothing").isEqualTo(s);
      }
      assertThat(o.reply() != null).isEqualTo(iq.isRequest());
      s = o.session();
    }
  }

  @Provide
  Arbitrary<List<Template>> templateLists() {
    return templates().list().ofMaxSize(30);
  }
}
