/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.jingle.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.parley.jingle.jmi.Jmi;
import dev.parley.jingle.jmi.JmiCall;
import dev.parley.jingle.jmi.JmiOptions;
import dev.parley.jingle.jmi.JmiOutcome;
import dev.parley.jingle.session.Admission;
import dev.parley.jingle.session.JingleSession;
import dev.parley.jingle.session.JingleSessions;
import dev.parley.jingle.session.Received;
import dev.parley.jingle.session.Sent;
import dev.parley.jingle.session.SessionOptions;
import dev.parley.protocol.ParleyCodecs;
import dev.parley.protocol.jmi.Propose;
import dev.parley.protocol.stanza.Iq;
import dev.parley.protocol.stanza.Message;
import dev.parley.protocol.stanza.Stanza;
import dev.parley.protocol.testing.Fixtures;
import dev.parley.protocol.xml.Xml;
import dev.parley.protocol.xml.XmlElement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.jxmpp.jid.Jid;
import org.jxmpp.jid.impl.JidCreate;

/**
 * Scripted dialogs in the style of Prosody's scansion: a script is a list of steps, each a keyword
 * and, for stanzas, XML (or {@code @path} naming a fixture of parley-protocol). Everything runs in
 * memory against a real {@link JingleSessions} and {@link Jmi}, with sequential ids and a manual
 * clock.
 *
 * <pre>
 * # comment
 * romeo sends: &lt;iq …&gt;…&lt;/iq&gt;          a peer's stanza: IQs go to the sessions, messages to JMI
 * expect reply: &lt;iq type='result' …/&gt;     the reply to the last IQ (exactly one per get/set)
 * expect event: Initiated                 the next event, by simple class name
 * expect event: Terminated: BUSY          … whose toString contains the text after the colon
 * we send: &lt;iq …&gt;…&lt;/iq&gt;              run the command this stanza expresses; it must be one
 *                                         of the stanzas the command produced
 * expect sent: &lt;message …/&gt;              the next stanza we send (from a command or from JMI)
 * expect state: ACTIVE                    the state of the session the last step touched
 * expect call: &lt;id&gt; PROCEEDED             a JMI call's state ("gone" once it has ended)
 * expect sessions: 1                      the number of live sessions
 * wait: PT24H                             advance the clock, then run JMI expiry
 * </pre>
 *
 * Strict like scansion: before every {@code sends} step and at the end, every reply, sent stanza
 * and event must have been expected. The ids of what {@code we send} are the ones written (the IQ
 * id, the proposal id); other ids follow the sequences {@code iq1, iq2…} (sessions) and {@code jm1,
 * jm2…} (JMI proposal and message ids). A message written without {@code id} matches any id.
 */
public final class Dialog {
  private static final Pattern SENDS = Pattern.compile("^([\\w'.-]+) sends?:\\s*(.*)$");
  private static final Pattern EXPECT = Pattern.compile("^(expect \\w+|wait):\\s*(.*)$");

  private final ManualClock clock = new ManualClock(Instant.parse("2026-03-01T12:00:00Z"));
  private final Jid local;
  private SessionOptions sessionOptions = SessionOptions.DEFAULT;
  private JmiOptions jmiOptions = JmiOptions.DEFAULT;
  private Admission admission = Admission.ALL;
  private final PresetIds iqIds = new PresetIds("iq");
  private final PresetIds jmIds = new PresetIds("jm");
  private @Nullable JingleSessions sessions;
  private @Nullable Jmi jmi;

  private final Deque<Stanza> replies = new ArrayDeque<>();
  private final Deque<Stanza> sent = new ArrayDeque<>();
  private final Deque<Object> events = new ArrayDeque<>();
  private final List<Object> history = new ArrayList<>();
  private @Nullable JingleSession last;
  private int line;

  private Dialog(Jid local) {
    this.local = local;
  }

  /** A dialog where we are {@code localJid} (used by JMI; sessions learn it from the stanzas). */
  public static Dialog as(String localJid) {
    return new Dialog(jid(localJid));
  }

  public Dialog with(SessionOptions options) {
    this.sessionOptions = options;
    return this;
  }

  public Dialog with(JmiOptions options) {
    this.jmiOptions = options;
    return this;
  }

  public Dialog with(Admission policy) {
    this.admission = policy;
    return this;
  }

  public JingleSessions sessions() {
    if (sessions == null) {
      sessions =
          new JingleSessions(
              iqIds, clock, sessionOptions, admission, JingleSessions.DEFAULT_RETENTION);
    }
    return sessions;
  }

  public Jmi jmi() {
    if (jmi == null) {
      jmi = new Jmi(local, jmIds, jmiOptions);
    }
    return jmi;
  }

  public ManualClock clock() {
    return clock;
  }

  /** Every event so far, in order. */
  public List<Object> history() {
    return List.copyOf(history);
  }

  /** The session the last step touched. */
  public JingleSession last() {
    assertThat(last).as("no session touched yet").isNotNull();
    return last;
  }

  /** Runs a script; fails at the first step that does not hold. */
  public Dialog run(String script) {
    List<String[]> steps = parse(script);
    for (String[] step : steps) {
      line = Integer.parseInt(step[2]);
      step(step[0], step[1]);
    }
    assertIdle("the end of the script");
    return this;
  }

  private void step(String keyword, String argument) {
    switch (keyword) {
      case "expect reply" -> expectStanza(replies, argument, "reply");
      case "expect sent" -> expectStanza(sent, argument, "sent stanza");
      case "expect event" -> expectEvent(argument);
      case "expect state" -> {
        assertThat(last).as(at("no session touched yet")).isNotNull();
        assertThat(last.state().name()).as(at("session state")).isEqualTo(argument.strip());
      }
      case "expect sessions" ->
          assertThat(sessions().size())
              .as(at("live sessions"))
              .isEqualTo(Integer.parseInt(argument.strip()));
      case "expect call" -> expectCall(argument.strip());
      case "wait" -> {
        assertIdle("wait");
        clock.advance(Duration.parse(argument.strip()));
        queue(jmi().expire(clock.instant()));
      }
      case "we send" -> {
        assertIdle("we send");
        weSend(argument);
      }
      default -> {
        assertIdle(keyword);
        peerSends(argument);
      }
    }
  }

  // --- peers ------------------------------------------------------------------------------------

  private void peerSends(String xml) {
    XmlElement e = parseStanza(xml);
    if (e instanceof Iq iq) {
      Received r = sessions().receive(iq);
      if (r.reply() != null) {
        replies.add(r.reply());
      }
      if (r.session() != null) {
        last = r.session();
      }
      addEvents(r.events());
    } else if (e instanceof Message m) {
      queue(jmi().receive(m, clock.instant()));
    } else {
      fail(at("not a stanza: " + xml));
    }
  }

  private void weSend(String xml) {
    XmlElement e = parseStanza(xml);
    List<Stanza> produced;
    if (e instanceof Iq iq) {
      if (iq.id() != null) {
        iqIds.preset(iq.id());
      }
      Sent s = Commands.run(sessions(), iq);
      iqIds.clear();
      last = s.session();
      produced = List.of(s.request());
    } else if (e instanceof Message m) {
      m.payload(Propose.class).ifPresent(p -> jmIds.preset(p.id()));
      JmiOutcome o = Commands.run(jmi(), m, clock.instant());
      jmIds.clear();
      produced = new ArrayList<>(o.messages());
      addEvents(o.events());
    } else {
      fail(at("not a stanza: " + xml));
      return;
    }
    String expected = canonical(e);
    List<Stanza> rest = new ArrayList<>(produced);
    boolean found = rest.removeIf(p -> canonical(comparable(p, e)).equals(expected));
    if (!found) {
      fail(at("the command produced%n%s%nnot%n%s"), describe(produced), expected);
    }
    sent.addAll(rest);
  }

  private void queue(JmiOutcome o) {
    sent.addAll(o.messages());
    addEvents(o.events());
  }

  private void addEvents(List<?> list) {
    events.addAll(list);
    history.addAll(list);
  }

  // --- expectations -----------------------------------------------------------------------------

  private void expectStanza(Deque<Stanza> queue, String xml, String what) {
    Stanza actual = queue.poll();
    if (actual == null) {
      fail(at("expected a " + what + " but there is none:%n" + xml));
      return;
    }
    XmlElement wanted = parseStanza(xml);
    assertThat(canonical(comparable(actual, wanted))).as(at(what)).isEqualTo(canonical(wanted));
  }

  private void expectEvent(String argument) {
    Object event = events.poll();
    String name = argument;
    String detail = null;
    int colon = argument.indexOf(':');
    if (colon >= 0) {
      name = argument.substring(0, colon);
      detail = argument.substring(colon + 1).strip();
    }
    if (event == null) {
      fail(at("expected event " + argument + " but there is none"));
      return;
    }
    assertThat(event.getClass().getSimpleName()).as(at("event " + event)).isEqualTo(name.strip());
    if (detail != null) {
      assertThat(event.toString()).as(at("event")).contains(detail);
    }
  }

  private void expectCall(String argument) {
    String[] parts = argument.split("\\s+");
    String state = jmi().call(parts[0]).map(JmiCall::state).map(Enum::name).orElse("gone");
    assertThat(state).as(at("call " + parts[0])).isEqualTo(parts[1]);
  }

  private void assertIdle(String before) {
    if (!replies.isEmpty() || !sent.isEmpty() || !events.isEmpty()) {
      fail(
          at("unexpected before %s:%nreplies: %s%nsent: %s%nevents: %s"),
          before,
          describe(replies),
          describe(sent),
          events);
    }
  }

  // --- parsing ----------------------------------------------------------------------------------

  /** Steps as {keyword, argument, line}. */
  private static List<String[]> parse(String script) {
    List<String[]> steps = new ArrayList<>();
    String[] lines = script.split("\n", -1);
    StringBuilder argument = null;
    String keyword = null;
    int start = 0;
    for (int i = 0; i < lines.length; i++) {
      String l = lines[i].strip();
      Matcher sends = SENDS.matcher(l);
      Matcher expect = EXPECT.matcher(l);
      boolean isStep = l.startsWith("#") || sends.matches() || expect.matches();
      if (isStep && keyword != null) {
        steps.add(new String[] {keyword, argument.toString().strip(), String.valueOf(start)});
        keyword = null;
      }
      if (l.startsWith("#")) {
        continue;
      }
      if (expect.matches()) {
        keyword = expect.group(1);
        argument = new StringBuilder(expect.group(2));
        start = i + 1;
      } else if (sends.matches()) {
        keyword = sends.group(1).equals("we") ? "we send" : sends.group(1) + " sends";
        argument = new StringBuilder(sends.group(2));
        start = i + 1;
      } else if (keyword != null) {
        argument.append('\n').append(lines[i]);
      } else if (!l.isEmpty()) {
        throw new IllegalArgumentException("line " + (i + 1) + " is not a step: " + l);
      }
    }
    if (keyword != null) {
      steps.add(new String[] {keyword, argument.toString().strip(), String.valueOf(start)});
    }
    return steps;
  }

  private static XmlElement parseStanza(String text) {
    String xml = text.strip();
    if (xml.startsWith("@")) {
      xml = Fixtures.load(xml.substring(1));
    }
    return Xml.parse(xml, ParleyCodecs.registry());
  }

  /**
   * The actual stanza as the expected one is written: a message written without id matches any id
   * (message ids carry no meaning in XEP-0353, and the XEP's examples have none).
   */
  private static XmlElement comparable(Stanza actual, XmlElement expected) {
    if (actual instanceof Message m && expected instanceof Message w && w.id() == null) {
      return m.withId(null);
    }
    return actual;
  }

  /** The stanza as written and read back: the form two stanzas are compared in. */
  static String canonical(XmlElement e) {
    String written = Xml.toXml(e, ParleyCodecs.registry(), "jabber:client");
    return Xml.toXml(
        Xml.parse(written, ParleyCodecs.registry()), ParleyCodecs.registry(), "jabber:client");
  }

  private static String describe(Iterable<? extends XmlElement> stanzas) {
    StringBuilder sb = new StringBuilder();
    for (XmlElement s : stanzas) {
      sb.append("\n  ").append(Xml.toXml(s, ParleyCodecs.registry(), ""));
    }
    return sb.toString();
  }

  private String at(String message) {
    return "script line " + line + ": " + message;
  }

  public static Jid jid(String s) {
    try {
      return JidCreate.from(s);
    } catch (org.jxmpp.stringprep.XmppStringprepException e) {
      throw new IllegalArgumentException(s, e);
    }
  }
}
