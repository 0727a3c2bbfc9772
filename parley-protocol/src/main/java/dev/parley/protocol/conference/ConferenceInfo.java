/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.protocol.conference;

import static java.util.Objects.requireNonNull;

import dev.parley.protocol.xml.Extensions;
import dev.parley.protocol.xml.XmlElement;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A conference information document (RFC 4575 § 5.2, {@code conference-type}): the root {@code
 * <conference-info>} that a XEP-0298 mixer sends each participant in an IQ-set, and also each
 * {@code <entry>} of {@link SidebarsByVal}, which has the same type.
 *
 * <pre>
 * &lt;conference-info xmlns='urn:ietf:params:xml:ns:conference-info'
 *                  entity='xmpp:mixer@example.com'     required: the conference URI
 *                  state='full'                         full | partial | deleted ({@link State})
 *                  version='7'                          u32, MUST per § 4.3
 *                  sid='a73sjjvkla37jfea'&gt;              non-RFC: the Jingle session (Jitsi, SylkServer)
 *   &lt;conference-description&gt;…&lt;/conference-description&gt;   {@link ConferenceDescription}
 *   &lt;host-info&gt;…&lt;/host-info&gt;                             {@link HostInfo}
 *   &lt;conference-state&gt;…&lt;/conference-state&gt;               {@link ConferenceState}
 *   &lt;users&gt;…&lt;/users&gt;                                     {@link Users}
 *   &lt;sidebars-by-ref&gt;…&lt;/sidebars-by-ref&gt;                 {@link Uris}, keyed by uri
 *   &lt;sidebars-by-val&gt;…&lt;/sidebars-by-val&gt;                 {@link SidebarsByVal}
 * &lt;/conference-info&gt;
 * </pre>
 *
 * <p><b>{@code version}</b> is required by § 4.3 but optional in the schema; it is modelled as
 * optional so that a document lacking it still parses (the receiver algorithm then ignores it).
 * Parley always emits it. <b>{@code sid}</b> is not part of RFC 4575: Jitsi's {@code CoinIQ} puts
 * the Jingle session id on the root ("TODO: remove when we define another way") and SylkServer
 * copies it, because XEP-0298's own shape (a sibling {@code <jingle sid/>}) is not a valid IQ.
 * Parley emits it so those peers can correlate the document with the call; it is a modelled
 * component rather than an unknown attribute so code can read and set it. A full document MUST
 * contain {@code conference-description} and {@code users} (§ 5.2); that is not enforced on input
 * (Jitsi's parser requires them, so Parley always emits them).
 *
 * @param entity the conference URI
 * @param state the {@code state} attribute, or {@code null} (full)
 * @param version the document version in [0, 2<sup>32</sup>-1], or {@code null}
 * @param sid the Jingle session id (non-RFC, see above), or {@code null}
 * @param description the conference description, or {@code null}
 * @param hostInfo the host, or {@code null}
 * @param conferenceState the overall state, or {@code null}
 * @param users the participants, or {@code null}
 * @param sidebarsByRef sidebars by reference, or {@code null}
 * @param sidebarsByVal sidebars by value, or {@code null}
 * @param ext unknown attributes and child elements ({@code ##other})
 * @see <a href="https://www.rfc-editor.org/rfc/rfc4575#section-5.2">RFC 4575 § 5.2</a>
 * @see <a href="https://xmpp.org/extensions/xep-0298.html#coin-delivery">XEP-0298 § 6</a>
 */
public record ConferenceInfo(
    String entity,
    @Nullable State state,
    @Nullable Long version,
    @Nullable String sid,
    @Nullable ConferenceDescription description,
    @Nullable HostInfo hostInfo,
    @Nullable ConferenceState conferenceState,
    @Nullable Users users,
    @Nullable Uris sidebarsByRef,
    @Nullable SidebarsByVal sidebarsByVal,
    Extensions ext)
    implements XmlElement {

  /** {@code urn:ietf:params:xml:ns:conference-info} (RFC 4575 § 4.2). */
  public static final String NAMESPACE = "urn:ietf:params:xml:ns:conference-info";

  /** The largest version: the attribute is an {@code xs:unsignedInt}. */
  public static final long MAX_VERSION = Texts.MAX_UNSIGNED_INT;

  public ConferenceInfo {
    requireNonNull(entity, "entity");
    if (version != null && (version < 0 || version > MAX_VERSION)) {
      throw new IllegalArgumentException("version " + version + " is not in [0, 4294967295]");
    }
    requireNonNull(ext, "ext");
  }

  public static Builder builder(String entity) {
    return new Builder(entity);
  }

  public Builder toBuilder() {
    return new Builder(entity)
        .state(state)
        .version(version)
        .sid(sid)
        .description(description)
        .hostInfo(hostInfo)
        .conferenceState(conferenceState)
        .users(users)
        .sidebarsByRef(sidebarsByRef)
        .sidebarsByVal(sidebarsByVal)
        .ext(ext);
  }

  /** The state, {@link State#FULL} when absent. */
  public State effectiveState() {
    return State.effective(state);
  }

  /** The users listed, in document order; empty when there is no {@code <users>}. */
  public List<User> userList() {
    return users == null ? List.of() : users.list();
  }

  public ConferenceInfo withVersion(@Nullable Long newVersion) {
    return toBuilder().version(newVersion).build();
  }

  public ConferenceInfo withSid(@Nullable String newSid) {
    return toBuilder().sid(newSid).build();
  }

  public ConferenceInfo withState(@Nullable State newState) {
    return newState == state ? this : toBuilder().state(newState).build();
  }

  /** Builds a {@link ConferenceInfo}. */
  public static final class Builder {
    private String entity;
    private @Nullable State state;
    private @Nullable Long version;
    private @Nullable String sid;
    private @Nullable ConferenceDescription description;
    private @Nullable HostInfo hostInfo;
    private @Nullable ConferenceState conferenceState;
    private @Nullable Users users;
    private @Nullable Uris sidebarsByRef;
    private @Nullable SidebarsByVal sidebarsByVal;
    private Extensions ext = Extensions.NONE;

    private Builder(String entity) {
      this.entity = entity;
    }

    public Builder entity(String v) {
      entity = v;
      return this;
    }

    public Builder state(@Nullable State v) {
      state = v;
      return this;
    }

    public Builder version(@Nullable Long v) {
      version = v;
      return this;
    }

    public Builder version(long v) {
      version = v;
      return this;
    }

    public Builder sid(@Nullable String v) {
      sid = v;
      return this;
    }

    public Builder description(@Nullable ConferenceDescription v) {
      description = v;
      return this;
    }

    public Builder hostInfo(@Nullable HostInfo v) {
      hostInfo = v;
      return this;
    }

    public Builder conferenceState(@Nullable ConferenceState v) {
      conferenceState = v;
      return this;
    }

    public Builder users(@Nullable Users v) {
      users = v;
      return this;
    }

    public Builder sidebarsByRef(@Nullable Uris v) {
      sidebarsByRef = v;
      return this;
    }

    public Builder sidebarsByVal(@Nullable SidebarsByVal v) {
      sidebarsByVal = v;
      return this;
    }

    public Builder ext(Extensions v) {
      ext = v;
      return this;
    }

    public ConferenceInfo build() {
      return new ConferenceInfo(
          entity,
          state,
          version,
          sid,
          description,
          hostInfo,
          conferenceState,
          users,
          sidebarsByRef,
          sidebarsByVal,
          ext);
    }
  }
}
