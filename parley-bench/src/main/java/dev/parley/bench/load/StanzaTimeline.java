/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.bench.load;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jivesoftware.smack.XMPPConnection;
import org.jivesoftware.smack.packet.Stanza;

/**
 * When the Jingle and XEP-0353 stanzas of a call set-up leave and reach each client, for finding
 * where a transfer's time goes: a timeline per repetition, from a mark (the transfer request), and
 * the median offset of each step over the repetitions. Outgoing stanzas are stamped by Smack's
 * sending listener, incoming ones by a synchronous listener (after parsing, before the SDK's own
 * listeners).
 */
final class StanzaTimeline {
  private static final Pattern JINGLE =
      Pattern.compile("<jingle[^>]*action='([a-z-]+)'|<jingle[^>]*action=\"([a-z-]+)\"");
  private static final Pattern JMI =
      Pattern.compile(
          "<(propose|ringing|proceed|accept|reject|retract|finish)[^>]*urn:xmpp:jingle-message:0");
  private static final Pattern INFO =
      Pattern.compile(
          "<(hold|unhold|active|ringing|mute|unmute) xmlns='urn:xmpp:jingle:apps:rtp:info:1'");

  private record Event(long nanos, String label) {}

  private final ConcurrentLinkedQueue<Event> events = new ConcurrentLinkedQueue<>();
  private final Map<String, List<Double>> offsets = new LinkedHashMap<>();
  private long mark;

  /** Stamps what {@code who} sends and receives. */
  void watch(String who, XMPPConnection connection) {
    connection.addStanzaSendingListener(s -> record(who + " sends ", s), s -> true);
    connection.addSyncStanzaListener(s -> record(who + " gets ", s), s -> true);
  }

  private void record(String prefix, Stanza s) {
    long now = System.nanoTime();
    String label = label(s.toXML().toString());
    if (label != null) {
      events.add(new Event(now, prefix + label));
    }
  }

  private static String label(String xml) {
    Matcher j = JINGLE.matcher(xml);
    if (j.find()) {
      Matcher i = INFO.matcher(xml);
      String action = j.group(1) != null ? j.group(1) : j.group(2);
      return action + (i.find() ? " " + i.group(1) : "");
    }
    Matcher m = JMI.matcher(xml);
    return m.find() ? "jmi " + m.group(1) : null;
  }

  /** Starts a repetition: offsets are measured from now. */
  void mark() {
    events.clear();
    mark = System.nanoTime();
  }

  /** Ends a repetition: the first time each step happened after the mark, until {@code end}. */
  void collect(long end, boolean keep) {
    Map<String, Double> first = new LinkedHashMap<>();
    for (Event e : events) {
      if (e.nanos() >= mark && e.nanos() <= end) {
        first.putIfAbsent(e.label(), (e.nanos() - mark) / 1e6);
      }
    }
    first.putIfAbsent("first packet from C at A", (end - mark) / 1e6);
    if (keep) {
      first.forEach((k, v) -> offsets.computeIfAbsent(k, x -> new ArrayList<>()).add(v));
    }
  }

  /** The median offset of each step, in order of that median. */
  void report(PrintStream out) {
    List<Map.Entry<String, Double>> medians = new ArrayList<>();
    for (Map.Entry<String, List<Double>> e : offsets.entrySet()) {
      List<Double> v = new ArrayList<>(e.getValue());
      v.sort(null);
      medians.add(Map.entry(e.getKey() + " (" + v.size() + ")", v.get(v.size() / 2)));
    }
    medians.sort(Map.Entry.comparingByValue());
    out.println("median offset from the transfer request:");
    for (Map.Entry<String, Double> m : medians) {
      out.printf(Locale.ROOT, "  %8.1f ms  %s%n", m.getValue(), m.getKey());
    }
  }
}
