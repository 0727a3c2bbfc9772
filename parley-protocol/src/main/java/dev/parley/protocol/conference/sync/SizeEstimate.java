/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.protocol.conference.sync;

import dev.parley.protocol.conference.AvailableMedia;
import dev.parley.protocol.conference.CallInfo;
import dev.parley.protocol.conference.ConferenceDescription;
import dev.parley.protocol.conference.ConferenceInfo;
import dev.parley.protocol.conference.ConferenceMedium;
import dev.parley.protocol.conference.ConferenceState;
import dev.parley.protocol.conference.Endpoint;
import dev.parley.protocol.conference.Execution;
import dev.parley.protocol.conference.HostInfo;
import dev.parley.protocol.conference.Media;
import dev.parley.protocol.conference.Roles;
import dev.parley.protocol.conference.SidebarsByVal;
import dev.parley.protocol.conference.SipDialogId;
import dev.parley.protocol.conference.State;
import dev.parley.protocol.conference.UriEntry;
import dev.parley.protocol.conference.Uris;
import dev.parley.protocol.conference.User;
import dev.parley.protocol.conference.Users;
import dev.parley.protocol.xml.Attribute;
import dev.parley.protocol.xml.Extensions;
import dev.parley.protocol.xml.ForeignElement;
import dev.parley.protocol.xml.XmlElement;
import dev.parley.protocol.xml.XmlNode;
import dev.parley.protocol.xml.XmlText;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Estimates how many characters a record takes once written, without writing it: tag names twice
 * plus the angle brackets, {@code name='value'} for each attribute, and text lengths. It ignores
 * escaping, indentation and namespace declarations other than the root's, so it is exact for plain
 * ASCII content written by Parley and a slight underestimate otherwise. It counts a {@code state}
 * attribute on every element that may carry one, present or not, because what {@link Diff} compares
 * is what it would emit, which always spells the state out. One pass, no allocation. {@link #FULL}
 * measures a full document the way it would be sent, {@link #NOTIFICATION} a notification as it is.
 */
final class SizeEstimate {
  /**
   * Measures a full document as {@link ConferenceInfos#withExplicitStates} would send it: rows and
   * containers marked {@code deleted} are read as absent.
   */
  static final SizeEstimate FULL = new SizeEstimate(true);

  /** Measures a notification as it is, {@code deleted} stubs included. */
  static final SizeEstimate NOTIFICATION = new SizeEstimate(false);

  /** {@code state='partial'}; {@code full} and {@code deleted} are within three characters. */
  private static final int STATE = 16;

  /** {@code xmlns='urn:ietf:params:xml:ns:conference-info'}. */
  private static final int NAMESPACE = 10 + ConferenceInfo.NAMESPACE.length();

  /** What an element of another package, which this class cannot measure, is assumed to take. */
  private static final int UNKNOWN_ELEMENT = 64;

  private final boolean skipDeleted;

  private SizeEstimate(boolean skipDeleted) {
    this.skipDeleted = skipDeleted;
  }

  private boolean skip(@Nullable State state) {
    return skipDeleted && state == State.DELETED;
  }

  int document(ConferenceInfo c) {
    return NAMESPACE + conference(c, "conference-info");
  }

  int conference(ConferenceInfo c, String name) {
    int n = tag(name) + STATE + attr("entity", c.entity()) + attr("sid", c.sid());
    if (c.version() != null) {
      n += 10 + digits(c.version());
    }
    n += description(c.description()) + hostInfo(c.hostInfo()) + state(c.conferenceState());
    n += users(c.users());
    if (c.sidebarsByRef() != null && !skip(c.sidebarsByRef().state())) {
      n += uris("sidebars-by-ref", c.sidebarsByRef()) + STATE;
    }
    SidebarsByVal byVal = c.sidebarsByVal();
    if (byVal != null && !skip(byVal.state())) {
      n += tag("sidebars-by-val") + STATE + ext(byVal.ext());
      for (ConferenceInfo entry : byVal.entries()) {
        n += skip(entry.state()) ? 0 : conference(entry, "entry");
      }
    }
    return n + ext(c.ext());
  }

  int users(@Nullable Users users) {
    if (users == null || skip(users.state())) {
      return 0;
    }
    int n = tag("users") + STATE + ext(users.ext());
    List<User> list = users.list();
    for (int i = 0; i < list.size(); i++) {
      User u = list.get(i);
      n += skip(u.state()) ? 0 : user(u);
    }
    return n;
  }

  int user(User u) {
    int n = tag("user") + STATE + attr("entity", u.entity());
    n += leaf("display-text", u.displayText()) + uris("associated-aors", u.associatedAors());
    Roles roles = u.roles();
    if (roles != null) {
      n += tag("roles") + ext(roles.ext());
      for (String role : roles.entries()) {
        n += leaf("entry", role);
      }
    }
    n += tokens("languages", u.languages()) + leaf("cascaded-focus", u.cascadedFocus());
    List<Endpoint> endpoints = u.endpoints();
    for (int i = 0; i < endpoints.size(); i++) {
      Endpoint e = endpoints.get(i);
      n += skip(e.state()) ? 0 : endpoint(e);
    }
    return n + ext(u.ext());
  }

  int endpoint(Endpoint e) {
    int n = tag("endpoint") + STATE + attr("entity", e.entity());
    n += leaf("display-text", e.displayText()) + execution("referred", e.referred());
    n += leaf("status", e.status() == null ? null : e.status().xml());
    n += leaf("joining-method", e.joiningMethod() == null ? null : e.joiningMethod().xml());
    n += execution("joining-info", e.joiningInfo());
    n +=
        leaf(
            "disconnection-method",
            e.disconnectionMethod() == null ? null : e.disconnectionMethod().xml());
    n += execution("disconnection-info", e.disconnectionInfo());
    List<Media> media = e.media();
    for (int i = 0; i < media.size(); i++) {
      n += media(media.get(i));
    }
    return n + callInfo(e.callInfo()) + ext(e.ext());
  }

  int media(Media m) {
    return tag("media")
        + attr("id", m.id())
        + leaf("display-text", m.displayText())
        + leaf("type", m.type())
        + leaf("label", m.label())
        + leaf("src-id", m.srcId())
        + leaf("status", m.status() == null ? null : m.status().xml())
        + ext(m.ext());
  }

  private int description(@Nullable ConferenceDescription d) {
    if (d == null) {
      return 0;
    }
    int n = tag("conference-description") + leaf("display-text", d.displayText());
    n += leaf("subject", d.subject()) + leaf("free-text", d.freeText());
    n += tokens("keywords", d.keywords());
    n += uris("conf-uris", d.confUris()) + uris("service-uris", d.serviceUris());
    if (d.maximumUserCount() != null) {
      n += tag("maximum-user-count") + digits(d.maximumUserCount());
    }
    AvailableMedia available = d.availableMedia();
    if (available != null) {
      n += tag("available-media") + ext(available.ext());
      for (ConferenceMedium m : available.entries()) {
        n += tag("entry") + attr("label", m.label()) + leaf("display-text", m.displayText());
        n += leaf("type", m.type()) + leaf("status", m.status() == null ? null : m.status().xml());
        n += ext(m.ext());
      }
    }
    return n + ext(d.ext());
  }

  private int hostInfo(@Nullable HostInfo h) {
    if (h == null) {
      return 0;
    }
    return tag("host-info")
        + leaf("display-text", h.displayText())
        + leaf("web-page", h.webPage())
        + uris("uris", h.uris())
        + ext(h.ext());
  }

  private int state(@Nullable ConferenceState s) {
    if (s == null) {
      return 0;
    }
    int n = tag("conference-state") + ext(s.ext());
    if (s.userCount() != null) {
      n += tag("user-count") + digits(s.userCount());
    }
    if (s.active() != null) {
      n += tag("active") + 5;
    }
    if (s.locked() != null) {
      n += tag("locked") + 5;
    }
    return n;
  }

  private int uris(String name, @Nullable Uris uris) {
    if (uris == null || skip(uris.state())) {
      return 0;
    }
    int n = tag(name) + ext(uris.ext());
    for (UriEntry e : uris.entries()) {
      n += tag("entry") + leaf("uri", e.uri()) + leaf("display-text", e.displayText());
      n += leaf("purpose", e.purpose()) + execution("modified", e.modified()) + ext(e.ext());
    }
    return n;
  }

  private int execution(String name, @Nullable Execution e) {
    if (e == null) {
      return 0;
    }
    return tag(name)
        + leaf("when", e.when())
        + leaf("reason", e.reason())
        + leaf("by", e.by())
        + ext(e.ext());
  }

  private int callInfo(@Nullable CallInfo c) {
    if (c == null) {
      return 0;
    }
    int n = tag("call-info") + ext(c.ext());
    SipDialogId sip = c.sip();
    if (sip != null) {
      n += tag("sip") + leaf("display-text", sip.displayText()) + leaf("call-id", sip.callId());
      n += leaf("from-tag", sip.fromTag()) + leaf("to-tag", sip.toTag()) + ext(sip.ext());
    }
    return n;
  }

  private int ext(Extensions ext) {
    if (ext.isEmpty()) {
      return 0;
    }
    int n = attributes(ext.attributes());
    for (XmlElement e : ext.elements()) {
      n += element(e);
    }
    return n;
  }

  private int element(XmlElement e) {
    if (e instanceof ForeignElement f) {
      int n = tag(f.name().getLocalPart()) + 10 + f.name().getNamespaceURI().length();
      n += attributes(f.attributes());
      for (XmlNode child : f.children()) {
        n += child instanceof XmlText t ? t.text().length() : element((ForeignElement) child);
      }
      return n;
    }
    if (e instanceof User u) {
      return user(u);
    }
    if (e instanceof Endpoint ep) {
      return endpoint(ep);
    }
    if (e instanceof Media m) {
      return media(m);
    }
    return UNKNOWN_ELEMENT;
  }

  private int attributes(List<Attribute> attributes) {
    int n = 0;
    for (int i = 0; i < attributes.size(); i++) {
      Attribute a = attributes.get(i);
      n += a.name().getPrefix().length() + attr(a.name().getLocalPart(), a.value());
    }
    return n;
  }

  /** {@code <name></name>}. */
  private static int tag(String name) {
    return 2 * name.length() + 5;
  }

  /** {@code name='value'}, or nothing. */
  private static int attr(String name, @Nullable String value) {
    return value == null ? 0 : name.length() + value.length() + 4;
  }

  /** {@code <name>value</name>}, or nothing. */
  private static int leaf(String name, @Nullable String value) {
    return value == null ? 0 : tag(name) + value.length();
  }

  private static int tokens(String name, List<String> tokens) {
    if (tokens.isEmpty()) {
      return 0;
    }
    int n = tag(name) + tokens.size() - 1;
    for (String t : tokens) {
      n += t.length();
    }
    return n;
  }

  private static int digits(long v) {
    int d = 1;
    while (v >= 10) {
      v /= 10;
      d++;
    }
    return d;
  }
}
