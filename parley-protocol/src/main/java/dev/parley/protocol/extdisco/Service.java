/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.protocol.extdisco;

import static java.util.Objects.requireNonNull;

import dev.parley.protocol.dataform.DataForm;
import dev.parley.protocol.xml.Extensions;
import dev.parley.protocol.xml.XmlElement;
import dev.parley.protocol.xml.XmlEnums;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * An external service (XEP-0215 § 2):
 *
 * <pre>
 * &lt;service host='turn.example.com' type='turn' [port='3478'] [transport='udp']
 *          [username='…'] [password='…'] [expires='2026-01-01T00:00:00Z'] [restricted='true']
 *          [name='…'] [action='add|delete|modify']&gt;
 *   &lt;x xmlns='jabber:x:data' type='result'&gt;…&lt;/x&gt;     optional extended information (§ 4)
 * &lt;/service&gt;
 * </pre>
 *
 * <p>In a credentials request only {@code host} and {@code type} (and possibly {@code port}) are
 * present; in a push each service SHOULD carry an {@code action}. {@code expires} is read as an
 * instant and written in UTC with its own precision (the same rule as XEP-0203 delays). {@code
 * restricted} is an {@code xs:boolean}: {@code 1}/{@code 0} are read and written back as {@code
 * true}/{@code false}.
 *
 * @param namespace the namespace received ({@link ExtdiscoNamespace#V2} for new records)
 * @param action the push action, or {@code null} (which means {@code add})
 * @param expires when the credentials expire, or {@code null}
 * @param host an FQDN or IP address; required
 * @param name a human-readable label, or {@code null}
 * @param password the (short-term) password, or {@code null}
 * @param port 0–65535, or {@code null}
 * @param restricted whether credentials are needed and must be requested if absent, or {@code null}
 * @param transport the transport ({@code udp}, {@code tcp}…), or {@code null}
 * @param type the registered service type ({@code stun}, {@code turn}, {@code stuns}, {@code
 *     turns}…); required
 * @param username the (short-term) username, or {@code null}
 * @param form extended information, or {@code null}
 * @param ext unknown attributes and children
 * @see <a href="https://xmpp.org/extensions/xep-0215.html#protocol">XEP-0215 § 2</a>
 */
public record Service(
    ExtdiscoNamespace namespace,
    @Nullable Action action,
    @Nullable Instant expires,
    String host,
    @Nullable String name,
    @Nullable String password,
    @Nullable Integer port,
    @Nullable Boolean restricted,
    @Nullable String transport,
    String type,
    @Nullable String username,
    @Nullable DataForm form,
    Extensions ext)
    implements XmlElement {

  public static final String STUN = "stun";
  public static final String TURN = "turn";
  public static final String STUNS = "stuns";
  public static final String TURNS = "turns";

  public Service {
    requireNonNull(namespace, "namespace");
    requireNonNull(host, "host");
    requireNonNull(type, "type");
    requireNonNull(ext, "ext");
    if (port != null && (port < 0 || port > 65535)) {
      throw new IllegalArgumentException("port " + port + " is not an unsignedShort");
    }
  }

  /** A service without credentials (a STUN server, say). */
  public static Service of(String type, String host, int port, @Nullable String transport) {
    return new Service(
        ExtdiscoNamespace.V2,
        null,
        null,
        host,
        null,
        null,
        port,
        null,
        transport,
        type,
        null,
        null,
        Extensions.NONE);
  }

  /** A service with short-term credentials (a TURN server, say). */
  public static Service withCredentials(
      String type,
      String host,
      int port,
      @Nullable String transport,
      String username,
      String password,
      @Nullable Instant expires) {
    return new Service(
        ExtdiscoNamespace.V2,
        null,
        expires,
        host,
        null,
        password,
        port,
        null,
        transport,
        type,
        username,
        null,
        Extensions.NONE);
  }

  /** The service identification of a credentials request (§ 3.3): host and type. */
  public static Service identifying(String type, String host, @Nullable Integer port) {
    return new Service(
        ExtdiscoNamespace.V2,
        null,
        null,
        host,
        null,
        null,
        port,
        null,
        null,
        type,
        null,
        null,
        Extensions.NONE);
  }

  /** The action, with an absent one read as {@code add} (§ 2). */
  public Action effectiveAction() {
    return action == null ? Action.ADD : action;
  }

  /**
   * Whether the credentials carried have expired at {@code now} (never when there is no expiry).
   */
  public boolean isExpired(Instant now) {
    return expires != null && !now.isBefore(expires);
  }

  public Service withAction(@Nullable Action newAction) {
    return new Service(
        namespace,
        newAction,
        expires,
        host,
        name,
        password,
        port,
        restricted,
        transport,
        type,
        username,
        form,
        ext);
  }

  /**
   * The push action (§ 2). The prose lists {@code add}, {@code remove} and {@code modify}, while
   * the schema and the push example use {@code delete}: both are accepted, {@code remove} is kept
   * as received, and Parley emits {@code delete}.
   */
  public enum Action {
    ADD("add"),
    DELETE("delete"),
    MODIFY("modify"),
    /** The prose's name for {@link #DELETE}; accepted and echoed, never emitted by Parley. */
    REMOVE("remove");

    private static final Map<String, Action> BY_XML = XmlEnums.index(values(), Action::xml);
    private final String xml;

    Action(String xml) {
      this.xml = xml;
    }

    public String xml() {
      return xml;
    }

    /** Whether the service is being withdrawn ({@code delete} or its synonym {@code remove}). */
    public boolean isDeletion() {
      return this == DELETE || this == REMOVE;
    }

    public static Optional<Action> fromXml(String value) {
      return Optional.ofNullable(BY_XML.get(value));
    }
  }
}
