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
 * One device or signalling session of a user (RFC 4575 § 5.7, {@code endpoint-type}), keyed by
 * {@code entity} within its user. May be sent partially (§ 4.4).
 *
 * <pre>
 * &lt;endpoint entity='sip:bob@pc33.example.com' state='full'&gt;   key, unique within the user
 *   &lt;display-text&gt;Bob's Laptop&lt;/display-text&gt;
 *   &lt;referred&gt;…&lt;/referred&gt;                                {@link Execution}
 *   &lt;status&gt;connected&lt;/status&gt;                            {@link EndpointStatus}
 *   &lt;joining-method&gt;dialed-out&lt;/joining-method&gt;           {@link JoiningMethod}
 *   &lt;joining-info&gt;…&lt;/joining-info&gt;                        {@link Execution}
 *   &lt;disconnection-method&gt;booted&lt;/disconnection-method&gt;   {@link DisconnectionMethod}
 *   &lt;disconnection-info&gt;…&lt;/disconnection-info&gt;            {@link Execution}
 *   &lt;media id='1'&gt;…&lt;/media&gt;                                {@link Media}, keyed by id
 *   &lt;call-info&gt;…&lt;/call-info&gt;                              {@link CallInfo}
 * &lt;/endpoint&gt;
 * </pre>
 *
 * <p>The schema makes {@code entity} optional although § 4.5 uses it as the key; an endpoint
 * without one is accepted but cannot be addressed by a partial notification. Dino records a user
 * only if it has at least one endpoint, so Parley always emits one.
 *
 * @param entity the key (a contact URI, a full JID…), or {@code null}
 * @param state the {@code state} attribute, or {@code null} (full)
 * @param displayText text for humans, or {@code null}
 * @param referred who referred the endpoint into the conference, or {@code null}
 * @param status the endpoint's status, or {@code null}
 * @param joiningMethod how it joined, or {@code null}
 * @param joiningInfo when, why and by whom it joined, or {@code null}
 * @param disconnectionMethod how it left, or {@code null}
 * @param disconnectionInfo when, why and by whom it left, or {@code null}
 * @param media its media streams in document order
 * @param callInfo its signalling session, or {@code null}
 * @param ext unknown attributes and child elements ({@code ##other})
 * @see <a href="https://www.rfc-editor.org/rfc/rfc4575#section-5.7">RFC 4575 § 5.7</a>
 */
public record Endpoint(
    @Nullable String entity,
    @Nullable State state,
    @Nullable String displayText,
    @Nullable Execution referred,
    @Nullable EndpointStatus status,
    @Nullable JoiningMethod joiningMethod,
    @Nullable Execution joiningInfo,
    @Nullable DisconnectionMethod disconnectionMethod,
    @Nullable Execution disconnectionInfo,
    List<Media> media,
    @Nullable CallInfo callInfo,
    Extensions ext)
    implements XmlElement {

  public Endpoint {
    media = List.copyOf(media);
    requireNonNull(ext, "ext");
  }

  /** {@code <endpoint entity='…' state='deleted'/>}: removes the endpoint in a partial user. */
  public static Endpoint deleted(String entity) {
    return builder(entity).state(State.DELETED).build();
  }

  public static Builder builder(@Nullable String entity) {
    return new Builder().entity(entity);
  }

  public Builder toBuilder() {
    return new Builder()
        .entity(entity)
        .state(state)
        .displayText(displayText)
        .referred(referred)
        .status(status)
        .joiningMethod(joiningMethod)
        .joiningInfo(joiningInfo)
        .disconnectionMethod(disconnectionMethod)
        .disconnectionInfo(disconnectionInfo)
        .media(media)
        .callInfo(callInfo)
        .ext(ext);
  }

  /** The state, {@link State#FULL} when absent. */
  public State effectiveState() {
    return State.effective(state);
  }

  /** The first stream with this id, or {@code null}. */
  public @Nullable Media media(String id) {
    for (Media m : media) {
      if (m.id().equals(id)) {
        return m;
      }
    }
    return null;
  }

  /** This endpoint with another {@code state} attribute. */
  public Endpoint withState(@Nullable State newState) {
    return newState == state ? this : toBuilder().state(newState).build();
  }

  /** Builds an {@link Endpoint}. */
  public static final class Builder {
    private @Nullable String entity;
    private @Nullable State state;
    private @Nullable String displayText;
    private @Nullable Execution referred;
    private @Nullable EndpointStatus status;
    private @Nullable JoiningMethod joiningMethod;
    private @Nullable Execution joiningInfo;
    private @Nullable DisconnectionMethod disconnectionMethod;
    private @Nullable Execution disconnectionInfo;
    private List<Media> media = List.of();
    private @Nullable CallInfo callInfo;
    private Extensions ext = Extensions.NONE;

    private Builder() {}

    public Builder entity(@Nullable String v) {
      entity = v;
      return this;
    }

    public Builder state(@Nullable State v) {
      state = v;
      return this;
    }

    public Builder displayText(@Nullable String v) {
      displayText = v;
      return this;
    }

    public Builder referred(@Nullable Execution v) {
      referred = v;
      return this;
    }

    public Builder status(@Nullable EndpointStatus v) {
      status = v;
      return this;
    }

    public Builder joiningMethod(@Nullable JoiningMethod v) {
      joiningMethod = v;
      return this;
    }

    public Builder joiningInfo(@Nullable Execution v) {
      joiningInfo = v;
      return this;
    }

    public Builder disconnectionMethod(@Nullable DisconnectionMethod v) {
      disconnectionMethod = v;
      return this;
    }

    public Builder disconnectionInfo(@Nullable Execution v) {
      disconnectionInfo = v;
      return this;
    }

    public Builder media(List<Media> v) {
      media = v;
      return this;
    }

    public Builder media(Media... v) {
      media = List.of(v);
      return this;
    }

    public Builder callInfo(@Nullable CallInfo v) {
      callInfo = v;
      return this;
    }

    public Builder ext(Extensions v) {
      ext = v;
      return this;
    }

    public Endpoint build() {
      return new Endpoint(
          entity,
          state,
          displayText,
          referred,
          status,
          joiningMethod,
          joiningInfo,
          disconnectionMethod,
          disconnectionInfo,
          media,
          callInfo,
          ext);
    }
  }
}
