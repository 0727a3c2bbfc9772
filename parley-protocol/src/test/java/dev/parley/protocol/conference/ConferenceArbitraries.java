/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.protocol.conference;

import dev.parley.protocol.testing.XmlArbitraries;
import dev.parley.protocol.xml.Extensions;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * jqwik generators for RFC 4575 records.
 *
 * <p>The {@code any…} generators produce every valid record, with arbitrary text, unknown
 * vocabulary values, any {@code state} and extensions, for round-trip properties. {@link
 * #fullDocument()} produces full documents whose keys come from small pools (so that two documents
 * share users, endpoints and media), as a conference bridge would describe a call; {@link
 * #successor} derives a later document from one.
 *
 * <p>Records with more than eight parts are combined from tuples rather than with {@code flatMap},
 * and every generator is built once: generation stays fast and values still shrink.
 */
public final class ConferenceArbitraries {
  /** The user entities full documents draw from. */
  public static final List<String> USER_KEYS =
      List.of(
          "xmpp:juliet@capulet.lit",
          "xmpp:romeo@montague.lit",
          "sip:alice@example.com",
          "juliet@capulet.lit",
          "xmpp:nurse@capulet.lit",
          "tel:+15555550100",
          "xmpp:tybalt@capulet.lit",
          "sip:anonymous1@anonymous.invalid");

  /** The endpoint entities full documents draw from (per user). */
  public static final List<String> ENDPOINT_KEYS =
      List.of("xmpp:juliet@capulet.lit/balcony", "phone", "sip:4kfk4j392jsu@example.com;grid=4");

  /** The media ids full documents draw from (per endpoint). */
  public static final List<String> MEDIA_IDS = List.of("1", "2", "audio", "video");

  // --- leaves -----------------------------------------------------------------------------------

  private static final Arbitrary<String> TEXT = XmlArbitraries.text();
  private static final Arbitrary<String> OPTIONAL_TEXT = TEXT.injectNull(0.5);
  private static final Arbitrary<Long> UNSIGNED_INT =
      Arbitraries.oneOf(
          Arbitraries.longs().between(0, 100),
          Arbitraries.longs().between(0, ConferenceInfo.MAX_VERSION));
  private static final Arbitrary<List<String>> TOKENS = XmlArbitraries.token().list().ofMaxSize(3);
  private static final Arbitrary<Extensions> EXT =
      Arbitraries.frequencyOf(
          Tuple.of(3, Arbitraries.just(Extensions.NONE)), Tuple.of(1, XmlArbitraries.extensions()));
  private static final Arbitrary<State> STATE = Arbitraries.of(State.class).injectNull(0.4);
  private static final Arbitrary<String> OTHER = XmlArbitraries.token().map(t -> "x-" + t);
  private static final Arbitrary<EndpointStatus> ENDPOINT_STATUS =
      Arbitraries.oneOf(
          Arbitraries.of(EndpointStatus.Known.class), OTHER.map(EndpointStatus.Other::new));
  private static final Arbitrary<JoiningMethod> JOINING_METHOD =
      Arbitraries.oneOf(
          Arbitraries.of(JoiningMethod.Known.class), OTHER.map(JoiningMethod.Other::new));
  private static final Arbitrary<DisconnectionMethod> DISCONNECTION_METHOD =
      Arbitraries.oneOf(
          Arbitraries.of(DisconnectionMethod.Known.class),
          OTHER.map(DisconnectionMethod.Other::new));
  private static final Arbitrary<MediaStatus> MEDIA_STATUS =
      Arbitraries.oneOf(Arbitraries.of(MediaStatus.Known.class), OTHER.map(MediaStatus.Other::new));

  // --- any valid record -------------------------------------------------------------------------

  private static final Arbitrary<Execution> EXECUTION =
      Combinators.combine(OPTIONAL_TEXT, OPTIONAL_TEXT, OPTIONAL_TEXT, EXT).as(Execution::new);

  private static final Arbitrary<UriEntry> URI_ENTRY =
      Combinators.combine(TEXT, OPTIONAL_TEXT, OPTIONAL_TEXT, EXECUTION.injectNull(0.7), EXT)
          .as(UriEntry::new);

  private static final Arbitrary<Uris> URIS =
      Combinators.combine(STATE, URI_ENTRY.list().ofMaxSize(3), EXT).as(Uris::new);

  private static final Arbitrary<ConferenceMedium> MEDIUM =
      Combinators.combine(TEXT, OPTIONAL_TEXT, OPTIONAL_TEXT, MEDIA_STATUS.injectNull(0.3), EXT)
          .as(ConferenceMedium::new);

  private static final Arbitrary<AvailableMedia> AVAILABLE_MEDIA =
      Combinators.combine(MEDIUM.list().ofMaxSize(3), EXT).as(AvailableMedia::new);

  private static final Arbitrary<ConferenceDescription> DESCRIPTION =
      Combinators.combine(
              Combinators.combine(OPTIONAL_TEXT, OPTIONAL_TEXT, OPTIONAL_TEXT, TOKENS)
                  .as(Tuple::of),
              URIS.injectNull(0.6),
              URIS.injectNull(0.6),
              UNSIGNED_INT.injectNull(0.5),
              AVAILABLE_MEDIA.injectNull(0.6),
              EXT)
          .as(
              (t, conf, service, max, media, e) ->
                  new ConferenceDescription(
                      t.get1(), t.get2(), t.get3(), t.get4(), conf, service, max, media, e));

  private static final Arbitrary<HostInfo> HOST_INFO =
      Combinators.combine(OPTIONAL_TEXT, OPTIONAL_TEXT, URIS.injectNull(0.5), EXT)
          .as(HostInfo::new);

  private static final Arbitrary<ConferenceState> CONFERENCE_STATE =
      Combinators.combine(
              UNSIGNED_INT.injectNull(0.4),
              Arbitraries.of(true, false).injectNull(0.4),
              Arbitraries.of(true, false).injectNull(0.4),
              EXT)
          .as(ConferenceState::new);

  private static final Arbitrary<CallInfo> CALL_INFO =
      Combinators.combine(
              Combinators.combine(OPTIONAL_TEXT, OPTIONAL_TEXT, OPTIONAL_TEXT, OPTIONAL_TEXT, EXT)
                  .as(SipDialogId::new)
                  .injectNull(0.3),
              EXT)
          .as(CallInfo::new);

  private static final Arbitrary<Media> MEDIA =
      Combinators.combine(
              TEXT,
              OPTIONAL_TEXT,
              OPTIONAL_TEXT,
              OPTIONAL_TEXT,
              OPTIONAL_TEXT,
              MEDIA_STATUS.injectNull(0.3),
              EXT)
          .as(Media::new);

  private static final Arbitrary<Roles> ROLES =
      Combinators.combine(TEXT.list().ofMaxSize(2), EXT).as(Roles::new);

  private static final Arbitrary<Endpoint> ENDPOINT =
      endpoints(OPTIONAL_TEXT, STATE, MEDIA.list().ofMaxSize(2));

  private static final Arbitrary<User> USER =
      Combinators.combine(
              Combinators.combine(OPTIONAL_TEXT, STATE, OPTIONAL_TEXT, URIS.injectNull(0.7))
                  .as(Tuple::of),
              ROLES.injectNull(0.7),
              TOKENS,
              OPTIONAL_TEXT,
              ENDPOINT.list().ofMaxSize(2),
              EXT)
          .as(
              (t, roles, languages, cascaded, endpoints, e) ->
                  new User(
                      t.get1(), t.get2(), t.get3(), t.get4(), roles, languages, cascaded, endpoints,
                      e));

  private static final Arbitrary<Users> USERS =
      Combinators.combine(STATE, USER.list().ofMaxSize(3), EXT).as(Users::new);

  private static final Arbitrary<ConferenceInfo> SIDEBAR_ENTRY =
      conferences(
          TEXT,
          STATE,
          Arbitraries.longs().between(0, ConferenceInfo.MAX_VERSION).injectNull(0.8),
          OPTIONAL_TEXT,
          DESCRIPTION.injectNull(0.7),
          HOST_INFO.injectNull(0.8),
          CONFERENCE_STATE.injectNull(0.6),
          USERS.injectNull(0.4),
          URIS.injectNull(0.8),
          Arbitraries.just(null));

  private static final Arbitrary<ConferenceInfo> CONFERENCE_INFO =
      conferences(
          TEXT,
          STATE,
          Arbitraries.longs().between(0, ConferenceInfo.MAX_VERSION).injectNull(0.2),
          OPTIONAL_TEXT,
          DESCRIPTION.injectNull(0.5),
          HOST_INFO.injectNull(0.7),
          CONFERENCE_STATE.injectNull(0.5),
          USERS.injectNull(0.3),
          URIS.injectNull(0.8),
          Combinators.combine(STATE, SIDEBAR_ENTRY.list().ofMaxSize(2), EXT)
              .as(SidebarsByVal::new)
              .injectNull(0.7));

  // --- full documents with shared keys ----------------------------------------------------------

  /** A {@code state} for an element of a full document: mostly absent or full, rarely deleted. */
  private static final Arbitrary<State> FULL_STATE =
      Arbitraries.frequency(Tuple.of(10, State.FULL), Tuple.of(1, State.DELETED)).injectNull(0.5);

  private static final Arbitrary<Media> KEYED_MEDIA =
      Combinators.combine(
              Arbitraries.of(MEDIA_IDS),
              Arbitraries.of("main audio", "camera").injectNull(0.7),
              Arbitraries.of("audio", "video").injectNull(0.1),
              Arbitraries.of("34567", "34569").injectNull(0.7),
              Arbitraries.longs().between(0, 0xFFFF_FFFFL).map(String::valueOf).injectNull(0.3),
              MEDIA_STATUS.injectNull(0.3),
              EXT)
          .as(Media::new);

  private static final Arbitrary<Endpoint> KEYED_ENDPOINT =
      endpoints(
          Arbitraries.of(ENDPOINT_KEYS),
          FULL_STATE,
          KEYED_MEDIA.list().ofMaxSize(3).map(l -> firstByKey(l, Media::id)));

  private static final Arbitrary<User> KEYED_USER =
      Combinators.combine(
              Combinators.combine(
                      Arbitraries.of(USER_KEYS),
                      FULL_STATE,
                      Arbitraries.of("Juliet", "Romeo", "Alice", "AnonymousX").injectNull(0.2),
                      Combinators.combine(
                              FULL_STATE,
                              URI_ENTRY
                                  .list()
                                  .ofMinSize(1)
                                  .ofMaxSize(2)
                                  .map(l -> firstByKey(l, UriEntry::uri)),
                              EXT)
                          .as(Uris::new)
                          .injectNull(0.8))
                  .as(Tuple::of),
              Arbitraries.of(Roles.of("participant"), Roles.of("moderator", "speaker"))
                  .injectNull(0.8),
              Arbitraries.of(List.of("en"), List.of("en", "fr"), List.<String>of()),
              Arbitraries.of("sip:conf2@example.com").injectNull(0.9),
              KEYED_ENDPOINT.list().ofMaxSize(3).map(l -> firstByKey(l, Endpoint::entity)),
              EXT)
          .as(
              (t, roles, languages, cascaded, endpoints, e) ->
                  new User(
                      t.get1(), t.get2(), t.get3(), t.get4(), roles, languages, cascaded, endpoints,
                      e));

  private static final Arbitrary<Users> KEYED_USERS =
      Combinators.combine(
              Arbitraries.of(State.FULL).injectNull(0.5),
              KEYED_USER.list().ofMaxSize(6).map(l -> firstByKey(l, User::entity)),
              EXT)
          .as(Users::new);

  private static final Arbitrary<Uris> KEYED_SIDEBARS_BY_REF =
      Combinators.combine(
              Arbitraries.of(State.FULL).injectNull(0.5),
              Combinators.combine(
                      Arbitraries.of(
                          "sips:conf233@example.com;grid=45",
                          "sips:conf233@example.com;grid=21",
                          "xmpp:side@conference.example"),
                      Arbitraries.of("sidebar with Carol", "private").injectNull(0.5))
                  .as((uri, text) -> new UriEntry(uri, text, null, null, Extensions.NONE))
                  .list()
                  .ofMinSize(1)
                  .ofMaxSize(3)
                  .map(l -> firstByKey(l, UriEntry::uri)),
              EXT)
          .as(Uris::new);

  private static final Arbitrary<SidebarsByVal> KEYED_SIDEBARS_BY_VAL =
      Combinators.combine(
              Arbitraries.of(State.FULL).injectNull(0.5),
              Combinators.combine(
                      Arbitraries.of(
                          "sips:conf233@example.com;grid=77", "xmpp:side2@conference.example"),
                      FULL_STATE,
                      CONFERENCE_STATE.injectNull(0.6),
                      KEYED_USERS.injectNull(0.3),
                      EXT)
                  .as(
                      (entity, state, confState, users, e) ->
                          new ConferenceInfo(
                              entity, state, null, null, null, null, confState, users, null, null,
                              e))
                  .list()
                  .ofMaxSize(2)
                  .map(l -> firstByKey(l, ConferenceInfo::entity)),
              EXT)
          .as(SidebarsByVal::new);

  private static final Arbitrary<ConferenceInfo> FULL_DOCUMENT =
      conferences(
          Arbitraries.of("xmpp:mixer.parley.example", "sips:conf233@example.com"),
          Arbitraries.of(State.FULL).injectNull(0.5),
          Arbitraries.longs().between(0, 1_000_000),
          Arbitraries.of("a73sjjvkla37jfea", "8j5ki7ctd8gmr").injectNull(0.3),
          DESCRIPTION.injectNull(0.2),
          HOST_INFO.injectNull(0.7),
          CONFERENCE_STATE.injectNull(0.3),
          KEYED_USERS.injectNull(0.1),
          KEYED_SIDEBARS_BY_REF.injectNull(0.8),
          KEYED_SIDEBARS_BY_VAL.injectNull(0.8));

  private ConferenceArbitraries() {}

  /**
   * The first element for each key, in order. Cheaper than {@code uniqueElements}, which retries a
   * lot when keys come from a pool of three or four.
   */
  private static <T> List<T> firstByKey(List<T> list, java.util.function.Function<T, String> key) {
    java.util.Set<String> seen = new java.util.HashSet<>();
    List<T> out = new java.util.ArrayList<>(list.size());
    for (T t : list) {
      if (seen.add(key.apply(t))) {
        out.add(t);
      }
    }
    return out;
  }

  public static Arbitrary<State> state() {
    return STATE;
  }

  public static Arbitrary<EndpointStatus> endpointStatus() {
    return ENDPOINT_STATUS;
  }

  public static Arbitrary<MediaStatus> mediaStatus() {
    return MEDIA_STATUS;
  }

  public static Arbitrary<Execution> anyExecution() {
    return EXECUTION;
  }

  public static Arbitrary<ConferenceDescription> anyDescription() {
    return DESCRIPTION;
  }

  public static Arbitrary<HostInfo> anyHostInfo() {
    return HOST_INFO;
  }

  public static Arbitrary<ConferenceState> anyConferenceState() {
    return CONFERENCE_STATE;
  }

  public static Arbitrary<CallInfo> anyCallInfo() {
    return CALL_INFO;
  }

  public static Arbitrary<Media> anyMedia() {
    return MEDIA;
  }

  public static Arbitrary<Endpoint> anyEndpoint() {
    return ENDPOINT;
  }

  public static Arbitrary<User> anyUser() {
    return USER;
  }

  public static Arbitrary<Users> anyUsers() {
    return USERS;
  }

  /** Any document; sidebar entries (same type) are generated one level deep. */
  public static Arbitrary<ConferenceInfo> anyConferenceInfo() {
    return CONFERENCE_INFO;
  }

  /**
   * Full documents (root {@code state} absent or {@code full}, a version) with keys from {@link
   * #USER_KEYS}, {@link #ENDPOINT_KEYS} and {@link #MEDIA_IDS}, unique where RFC 4575 wants them
   * unique. Nested {@code state} attributes are spelled both ways, and now and then a row says
   * {@code deleted}, which a full document cannot mean (it is read as absent).
   */
  public static Arbitrary<ConferenceInfo> fullDocument() {
    return FULL_DOCUMENT;
  }

  /**
   * A later document: {@code previous} changed here and there (users kept, re-spelled, modified,
   * removed, added, reordered; atomic parts replaced or removed; extensions changed), with a
   * version one or a few steps higher. The new content comes from another generated document.
   */
  public static Arbitrary<ConferenceInfo> successor(ConferenceInfo previous) {
    return Combinators.combine(Arbitraries.longs(), FULL_DOCUMENT)
        .as((seed, donor) -> DocumentMutator.mutate(previous, donor, seed));
  }

  private static Arbitrary<Endpoint> endpoints(
      Arbitrary<String> entity, Arbitrary<State> state, Arbitrary<List<Media>> media) {
    return Combinators.combine(
            Combinators.combine(
                    entity,
                    state,
                    OPTIONAL_TEXT,
                    EXECUTION.injectNull(0.8),
                    ENDPOINT_STATUS.injectNull(0.2),
                    JOINING_METHOD.injectNull(0.5),
                    EXECUTION.injectNull(0.8),
                    DISCONNECTION_METHOD.injectNull(0.7))
                .as(Tuple::of),
            EXECUTION.injectNull(0.8),
            media,
            CALL_INFO.injectNull(0.8),
            EXT)
        .as(
            (t, disconnectionInfo, m, callInfo, e) ->
                new Endpoint(
                    t.get1(),
                    t.get2(),
                    t.get3(),
                    t.get4(),
                    t.get5(),
                    t.get6(),
                    t.get7(),
                    t.get8(),
                    disconnectionInfo,
                    m,
                    callInfo,
                    e));
  }

  private static Arbitrary<ConferenceInfo> conferences(
      Arbitrary<String> entity,
      Arbitrary<State> state,
      Arbitrary<Long> version,
      Arbitrary<String> sid,
      Arbitrary<ConferenceDescription> description,
      Arbitrary<HostInfo> hostInfo,
      Arbitrary<ConferenceState> conferenceState,
      Arbitrary<Users> users,
      Arbitrary<Uris> byRef,
      Arbitrary<SidebarsByVal> byVal) {
    return Combinators.combine(
            Combinators.combine(entity, state, version, sid, description, hostInfo).as(Tuple::of),
            conferenceState,
            users,
            byRef,
            byVal,
            EXT)
        .as(
            (t, confState, u, ref, val, e) ->
                new ConferenceInfo(
                    t.get1(), t.get2(), t.get3(), t.get4(), t.get5(), t.get6(), confState, u, ref,
                    val, e));
  }
}
