/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.client.testing;

import dev.parley.protocol.meeting.Initiate;
import dev.parley.protocol.meeting.Meeting;
import dev.parley.protocol.meeting.MeetingQuery;
import dev.parley.protocol.meeting.OnlineMeetings;
import dev.parley.protocol.stanza.Iq;
import dev.parley.protocol.stanza.StanzaError;
import dev.parley.protocol.xml.XmlElement;
import dev.parley.server.Feature;
import dev.parley.server.FeatureRegistration;
import dev.parley.server.routing.IqHandler;
import dev.parley.server.routing.StanzaException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import javax.xml.namespace.QName;

/**
 * A <b>test double</b> of Parley's XEP-0483 meeting service, which is written separately: it
 * answers each configured meeting type with fixed links or a configured error, so that the SDK and
 * the CLI can be tested against Parley's real component runtime and a real Prosody before the real
 * service exists. It is not a meeting service: no providers, ids, quotas or tokens.
 *
 * <ul>
 *   <li>A type configured with {@link Builder#links} answers {@code <initiate>} with {@code
 *       initiateBase/<id>?role=moderator} and an invite with {@code inviteBase/<id>}, echoing the
 *       description in both; the id is the requested one, else {@code meeting-<n>}.
 *   <li>A type configured with {@link Builder#refuse} answers that error.
 *   <li>An id listed with {@link Builder#takenId} is refused with {@code not-acceptable}.
 *   <li>Any other type is refused with {@code service-unavailable} (XEP-0483 § 5).
 * </ul>
 *
 * <p>It advertises {@code urn:xmpp:http:online-meetings:initiate:0} and a {@code #<type>} feature
 * for each configured type, and answers IQ {@code get} and {@code set} in the three request
 * namespaces. {@link #requests()} lists what it was asked.
 */
public final class TestMeetingService implements Feature {
  private final Map<String, Object> outcomes;
  private final List<String> takenIds;
  private final List<MeetingQuery> requests = new CopyOnWriteArrayList<>();
  private final AtomicInteger counter = new AtomicInteger();

  private record Links(String initiateBase, String inviteBase) {}

  private TestMeetingService(Builder b) {
    this.outcomes = Map.copyOf(b.outcomes);
    this.takenIds = List.copyOf(b.takenIds);
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The requests received, in order. */
  public List<MeetingQuery> requests() {
    return List.copyOf(requests);
  }

  @Override
  public String name() {
    return "test-meetings";
  }

  @Override
  public void register(FeatureRegistration r) {
    List<String> features = new ArrayList<>();
    features.add(OnlineMeetings.INITIATE_FEATURE);
    outcomes.keySet().stream().sorted().map(OnlineMeetings::typeFeature).forEach(features::add);
    r.disco().domainFeatures(features.toArray(String[]::new));
    IqHandler handler = this::answer;
    for (String ns :
        List.of(
            OnlineMeetings.NAMESPACE,
            OnlineMeetings.INITIATE_FEATURE,
            OnlineMeetings.INVITE_FEATURE)) {
      r.routes().get(name(), new QName(ns, "query"), handler);
      r.routes().set(name(), new QName(ns, "query"), handler);
    }
  }

  private XmlElement answer(Iq iq) throws StanzaException {
    if (!(iq.payload() instanceof MeetingQuery q)) {
      throw new StanzaException(StanzaError.Condition.BAD_REQUEST, "not a meeting request");
    }
    requests.add(q);
    Object outcome = outcomes.get(q.type());
    if (outcome == null) {
      throw new StanzaException(
          StanzaError.Condition.SERVICE_UNAVAILABLE, "no meetings of type " + q.type() + " here");
    }
    if (outcome instanceof StanzaError refusal) {
      throw new StanzaException(refusal);
    }
    if (q.id() != null && takenIds.contains(q.id())) {
      throw new StanzaException(
          StanzaError.Condition.NOT_ACCEPTABLE, "the meeting id " + q.id() + " is taken");
    }
    Links links = (Links) outcome;
    String id = q.id() != null ? q.id() : "meeting-" + counter.incrementAndGet();
    return q.result(
        Initiate.of(q.type(), links.initiateBase() + "/" + id + "?role=moderator", q.desc()),
        OnlineMeetings.invite(links.inviteBase() + "/" + id, Meeting.of(q.type(), q.desc())));
  }

  /** Configures the double. */
  public static final class Builder {
    private final Map<String, Object> outcomes = new LinkedHashMap<>();
    private final List<String> takenIds = new ArrayList<>();

    private Builder() {}

    /** Answers {@code type} with links under these bases. */
    public Builder links(String type, String initiateBase, String inviteBase) {
      outcomes.put(type, new Links(initiateBase, inviteBase));
      return this;
    }

    /** Refuses {@code type} with this error. */
    public Builder refuse(String type, StanzaError error) {
      outcomes.put(type, error);
      return this;
    }

    /** Refuses {@code type} as over quota until {@code retryAt} (XEP-0483 § 5). */
    public Builder quota(String type, Instant retryAt) {
      return refuse(
          type, OnlineMeetings.quotaExceeded(retryAt, "You have created too many meetings"));
    }

    /** Refuses requests for this meeting id with {@code not-acceptable}. */
    public Builder takenId(String id) {
      takenIds.add(id);
      return this;
    }

    public TestMeetingService build() {
      return new TestMeetingService(this);
    }
  }
}
