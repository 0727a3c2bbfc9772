/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.jingle.session;

import static dev.parley.jingle.testing.Stanzas.JULIET;
import static dev.parley.jingle.testing.Stanzas.ROMEO;
import static dev.parley.jingle.testing.Stanzas.STRANGER;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.jingle.testing.Stanzas;
import dev.parley.protocol.jingle.Jingle;
import dev.parley.protocol.jingle.JingleAction;
import dev.parley.protocol.stanza.Iq;
import dev.parley.protocol.xml.Extensions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every action the peer can send, in every state, from the peer's full JID and from anyone else:
 * the reply XEP-0166 requires (§ 5.1 state machine, § 7.2 actions, § 10 errors). Each row is a
 * well-formed action about the session's only content ({@code initiator:voice}); the conditions
 * that need more context (pending content-add, tie-breaks) are in the dialog tests.
 */
class ActionTableTest {
  /** Columns: PENDING as initiator, PENDING as responder, ACTIVE as both, ENDED. */
  static final String TABLE =
      """
      action             PENDING-I      PENDING-R      ACTIVE-I       ACTIVE-R       ENDED
      session-initiate   out-of-order   out-of-order   out-of-order   out-of-order   unknown-session
      session-accept     result         out-of-order   out-of-order   out-of-order   unknown-session
      session-info       result         result         result         result         unknown-session
      session-terminate  result         result         result         result         unknown-session
      content-add        result         result         result         result         unknown-session
      content-accept     out-of-order   out-of-order   out-of-order   out-of-order   unknown-session
      content-reject     out-of-order   out-of-order   out-of-order   out-of-order   unknown-session
      content-remove     result         result         result         result         unknown-session
      content-modify     result         result         result         result         unknown-session
      description-info   result         result         result         result         unknown-session
      security-info      result         result         result         result         unknown-session
      transport-info     result         result         result         result         unknown-session
      transport-replace  result         result         result         result         unknown-session
      transport-accept   out-of-order   out-of-order   out-of-order   out-of-order   unknown-session
      transport-reject   out-of-order   out-of-order   out-of-order   out-of-order   unknown-session
      (none)             bad-request    bad-request    bad-request    bad-request    bad-request
      """;

  /** The state a successful action leaves the session in, where it changes. */
  static final Map<String, SessionState> AFTER =
      Map.of("session-accept", SessionState.ACTIVE, "session-terminate", SessionState.ENDED);

  static Stream<Arguments> cells() {
    Map<String, Supplier<JingleSession>> states = new LinkedHashMap<>();
    states.put("PENDING-I", Stanzas::pendingInitiator);
    states.put("PENDING-R", Stanzas::pendingResponder);
    states.put("ACTIVE-I", Stanzas::activeInitiator);
    states.put("ACTIVE-R", Stanzas::activeResponder);
    states.put("ENDED", Stanzas::ended);
    List<String> columns = new ArrayList<>(states.keySet());
    List<Arguments> cells = new ArrayList<>();
    String[] rows = TABLE.strip().split("\n");
    assertThat(rows[0].trim().split("\\s+"))
        .containsExactly("action", "PENDING-I", "PENDING-R", "ACTIVE-I", "ACTIVE-R", "ENDED");
    for (int r = 1; r < rows.length; r++) {
      String[] cell = rows[r].trim().split("\\s+");
      for (int c = 0; c < columns.size(); c++) {
        String state = columns.get(c);
        cells.add(Arguments.of(cell[0], state, states.get(state), cell[c + 1]));
      }
    }
    assertThat(cells).hasSize((JingleAction.values().length + 1) * columns.size());
    return cells.stream();
  }

  @ParameterizedTest(name = "{0} in {1} → {3}")
  @MethodSource("cells")
  void peerAction(String action, String state, Supplier<JingleSession> session, String expected) {
    JingleSession before = session.get();
    Iq iq = fromPeer(before, jingle(action, before));
    Outcome outcome = before.receive(iq);

    assertThat(outcome.reply()).as("exactly one reply").isNotNull();
    assertThat(outcome.reply().id()).isEqualTo(iq.id());
    assertThat((Object) outcome.reply().to()).isEqualTo(iq.from());
    assertThat(Stanzas.verdict(outcome.reply())).isEqualTo(expected);
    if (expected.equals("result")) {
      assertThat(outcome.events()).as("a result reports what happened").isNotEmpty();
      assertThat(outcome.session().state()).isEqualTo(AFTER.getOrDefault(action, before.state()));
    } else {
      assertThat(outcome.events()).as("an error reports nothing").isEmpty();
      assertThat(outcome.session()).as("an error changes nothing").isEqualTo(before);
    }
  }

  @ParameterizedTest(name = "{0} in {1} from a stranger → unknown-session")
  @MethodSource("cells")
  void strangerAction(
      String action, String state, Supplier<JingleSession> session, String expected) {
    JingleSession before = session.get();
    Jingle j = jingle(action, before);
    Iq iq = Stanzas.set(STRANGER, before.local(), "x1", j);
    Outcome outcome = before.receive(iq);
    // malformed is malformed whoever sends it; anything else names no session of the stranger's
    assertThat(Stanzas.verdict(outcome.reply()))
        .isEqualTo(action.equals("(none)") ? "bad-request" : "unknown-session");
    assertThat(outcome.session()).isEqualTo(before);
    assertThat(outcome.events()).isEmpty();
  }

  @ParameterizedTest(name = "{0} in {1} as an IQ get → bad-request")
  @MethodSource("cells")
  void getIsNotAnAction(
      String action, String state, Supplier<JingleSession> session, String expected) {
    JingleSession before = session.get();
    Iq set = fromPeer(before, jingle(action, before));
    Iq get =
        new Iq(
            Iq.Type.GET,
            set.id(),
            set.from(),
            set.to(),
            null,
            set.payloads(),
            null,
            Extensions.NONE);
    assertThat(Stanzas.verdict(before.receive(get).reply())).isEqualTo("bad-request");
  }

  private static Jingle jingle(String action, JingleSession s) {
    JingleAction a = action.equals("(none)") ? null : JingleAction.fromXml(action).orElseThrow();
    return Stanzas.action(a, s.peerRole());
  }

  private static Iq fromPeer(JingleSession s, Jingle j) {
    assertThat((Object) s.peer()).isIn(ROMEO, JULIET);
    return Stanzas.set(s.peer(), s.local(), "p1", j);
  }
}
