/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.server.meetings;

import dev.parley.protocol.invite.Invite;
import dev.parley.protocol.meeting.Initiate;
import dev.parley.protocol.meeting.Meeting;
import dev.parley.protocol.meeting.MeetingQuery;
import dev.parley.protocol.meeting.MeetingQueryCodec;
import dev.parley.protocol.meeting.MeetingResult;
import dev.parley.protocol.meeting.OnlineMeetingQuery;
import dev.parley.protocol.meeting.OnlineMeetings;
import dev.parley.protocol.stanza.Iq;
import dev.parley.protocol.stanza.StanzaError;
import dev.parley.server.Feature;
import dev.parley.server.FeatureRegistration;
import dev.parley.server.FeatureRuntime;
import dev.parley.server.internal.metrics.TaggedCounters;
import dev.parley.server.routing.IqExchange;
import dev.parley.server.routing.StanzaException;
import dev.parley.server.store.MeetingAdmissions;
import dev.parley.server.store.MeetingStore;
import io.javalin.config.RoutesConfig;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.jxmpp.jid.BareJid;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * XEP-0483 HTTP Online Meetings: one dispatcher over the configured {@link MeetingProvider}s.
 *
 * <p>A request ({@code <query type [id]><desc/></query>}, IQ get or set, in any of the three
 * accepted namespaces) is checked in this order, each failure with its own error:
 *
 * <ol>
 *   <li>a sender, and a request rather than a result — else {@code bad-request};
 *   <li>the access policy — else {@code forbidden} (auth);
 *   <li>a configured meeting type — else {@code service-unavailable} (cancel); a provider that
 *       cannot be reached now — {@code service-unavailable} (wait);
 *   <li>the requested id valid for the provider — else {@code not-acceptable} (modify);
 *   <li>the requester's quota — else {@code resource-constraint} (wait) with {@code <retry stamp>}
 *       in UTC;
 *   <li>the id free in the store (exactly one of concurrent requests wins) — else {@code
 *       not-acceptable};
 *   <li>the provider creates the meeting within {@code provider-timeout} — else {@code
 *       not-acceptable} (the id exists at the provider), {@code remote-server-timeout}, {@code
 *       remote-server-not-found} or {@code service-unavailable}, each with the provider's reason as
 *       text; the reservation is released.
 * </ol>
 *
 * <p>The answer, in the namespace of the request, carries {@code <initiate>} (the requester's link,
 * with the echoed {@code <desc>}) and an XEP-0482 {@code <invite audio='true' video='true'>} with
 * {@code <external uri>} and {@code <meeting type desc>}. After the answer the service plays no
 * further part: invites and their answers go from client to client.
 *
 * <p>Disco on the component domain advertises {@code urn:xmpp:http:online-meetings:initiate:0} and
 * one {@code urn:xmpp:http:online-meetings#<type>} per provider that is configured and currently
 * reachable.
 */
public final class MeetingsFeature implements Feature {
  private static final Logger LOG = LoggerFactory.getLogger(MeetingsFeature.class);
  private static final int GENERATED_ID_ATTEMPTS = 3;

  private final MeetingsSettings settings;
  private final Map<String, MeetingProvider> providers = new LinkedHashMap<>();
  private final MeetingStore meetings;
  private final MeetingAdmissions admissions;
  private Clock clock = Clock.systemUTC();
  private MeterRegistry meters;
  // parley.meetings.requests{type, outcome}, by type; the types are the providers' and "-".
  private final Map<String, TaggedCounters> requests = new ConcurrentHashMap<>();
  private final Executor storeExecutor;
  private final List<Consumer<RoutesConfig>> httpRoutes;
  private Timer providerLatency;

  /**
   * @param storeExecutor runs the store's blocking calls (quota, reservation, completion), so that
   *     they never hold a router worker and delay other conferences
   * @param httpRoutes HTTP routes the providers need (BigBlueButton landing pages)
   */
  public MeetingsFeature(
      MeetingsSettings settings,
      List<MeetingProvider> providers,
      MeetingStore meetings,
      MeetingAdmissions admissions,
      Executor storeExecutor,
      List<Consumer<RoutesConfig>> httpRoutes) {
    this.settings = settings;
    for (MeetingProvider p : providers) {
      if (this.providers.put(p.type(), p) != null) {
        throw new IllegalArgumentException("two providers of meeting type " + p.type());
      }
    }
    this.meetings = meetings;
    this.admissions = admissions;
    this.storeExecutor = storeExecutor;
    this.httpRoutes = List.copyOf(httpRoutes);
  }

  /** The meeting types offered, in configuration order. */
  public List<String> types() {
    return List.copyOf(providers.keySet());
  }

  @Override
  public String name() {
    return "meetings";
  }

  @Override
  public void register(FeatureRegistration r) {
    r.routes().deferredGet(name(), MeetingQueryCodec.INSTANCE.name(), this::onRequest);
    r.routes().deferredSet(name(), MeetingQueryCodec.INSTANCE.name(), this::onRequest);
    r.disco().domainFeatures(OnlineMeetings.INITIATE_FEATURE);
    r.disco().domainFeatures(this::typeFeatures);
    httpRoutes.forEach(r::http);
  }

  @Override
  public void start(FeatureRuntime runtime) {
    this.clock = runtime.clock();
    this.meters = runtime.meters();
    this.providerLatency =
        Timer.builder("parley.meetings.provider")
            .description("time providers take to create a meeting")
            .publishPercentileHistogram()
            .register(meters);
    LOG.info("meeting types {} for {}", providers.keySet(), settings.access());
  }

  @Override
  public void close() {
    for (MeetingProvider p : providers.values()) {
      p.close();
    }
  }

  /** The {@code #type} features of the providers that are reachable now. */
  private List<String> typeFeatures() {
    List<String> features = new ArrayList<>(providers.size());
    for (MeetingProvider p : providers.values()) {
      if (p.reachable()) {
        features.add(OnlineMeetings.typeFeature(p.type()));
      }
    }
    return features;
  }

  private void onRequest(IqExchange exchange) throws StanzaException {
    Iq iq = exchange.request();
    OnlineMeetingQuery payload = iq.payload(OnlineMeetingQuery.class).orElseThrow();
    if (!(payload instanceof MeetingQuery query)) {
      throw refuse(
          "bad-request",
          StanzaError.Condition.BAD_REQUEST,
          "a meeting request carries a type and no <initiate>");
    }
    if (iq.from() == null) {
      throw refuse("bad-request", StanzaError.Condition.BAD_REQUEST, "the request has no sender");
    }
    BareJid requester = iq.from().asBareJid();
    if (!settings.access().allows(requester)) {
      throw refuse(
          "forbidden",
          StanzaError.Condition.FORBIDDEN,
          requester.asDomainBareJid() + " may not request meetings here");
    }
    MeetingProvider provider = providers.get(query.type());
    if (provider == null) {
      throw refuse(
          "unknown-type",
          StanzaError.Condition.SERVICE_UNAVAILABLE,
          "no meeting type '"
              + query.type()
              + "' here; offered: "
              + String.join(", ", providers.keySet()));
    }
    if (!provider.reachable()) {
      throw new StanzaException(
          StanzaError.of(
                  StanzaError.Condition.SERVICE_UNAVAILABLE,
                  provider.type() + " cannot be reached right now")
              .withType(StanzaError.Type.WAIT));
    }
    if (query.desc() != null && query.desc().length() > MeetingStore.MAX_DESCRIPTION_LENGTH) {
      throw refuse(
          "invalid-desc",
          StanzaError.Condition.NOT_ACCEPTABLE,
          "the description is longer than " + MeetingStore.MAX_DESCRIPTION_LENGTH + " characters");
    }
    if (query.id() != null && query.id().length() > MeetingStore.MAX_ID_LENGTH) {
      throw refuse(
          "invalid-id",
          StanzaError.Condition.NOT_ACCEPTABLE,
          "the id is longer than " + MeetingStore.MAX_ID_LENGTH + " characters");
    }
    String requestedId = null;
    if (query.id() != null) {
      try {
        requestedId = provider.checkId(query.id());
      } catch (InvalidMeetingIdException e) {
        throw refuse(
            "invalid-id",
            StanzaError.Condition.NOT_ACCEPTABLE,
            "the id '" + query.id() + "' cannot be used: " + e.getMessage());
      }
    }
    String checkedId = requestedId;
    exchange.defer();
    storeExecutor.execute(() -> admit(exchange, query, provider, checkedId, requester));
  }

  /**
   * Quota, reservation and creation, on the store executor since the store blocks. A provider that
   * creates nothing (Jitsi, templates) gets its links computed first, and the request costs one
   * transaction; otherwise the id is reserved, the provider creates the meeting, and the links are
   * stored (or the reservation released).
   */
  private void admit(
      IqExchange exchange,
      MeetingQuery query,
      MeetingProvider provider,
      @Nullable String requestedId,
      BareJid requester) {
    boolean linksFirst = !provider.createsAtProvider();
    MeetingRequest request = null;
    MeetingLinks known = null;
    try {
      Instant now = clock.instant();
      for (int attempt = 1; request == null; attempt++) {
        String id = requestedId != null ? requestedId : provider.newId();
        MeetingRequest candidate = request(provider, query, id, requester, now);
        known = linksFirst ? provider.create(candidate).join() : null;
        MeetingAdmissions.Admission admission =
            admissions.admit(
                requester,
                settings.quotaRequests(),
                settings.quotaWindow(),
                provider.type(),
                id,
                query.desc(),
                now,
                candidate.meetingExpires(),
                known == null ? null : known.initiate(),
                known == null ? null : known.invite());
        if (admission instanceof MeetingAdmissions.Admission.QuotaExceeded q) {
          count(provider.type(), "quota");
          exchange.error(
              OnlineMeetings.quotaExceeded(
                  q.retryAt(),
                  "at most "
                      + settings.quotaRequests()
                      + " meetings per "
                      + human(settings.quotaWindow())));
          return;
        }
        if (admission instanceof MeetingAdmissions.Admission.IdInUse) {
          if (requestedId != null) {
            count(provider.type(), "id-in-use");
            exchange.error(
                StanzaError.of(
                    StanzaError.Condition.NOT_ACCEPTABLE,
                    "the meeting id '" + requestedId + "' is already in use"));
            return;
          }
          if (attempt == GENERATED_ID_ATTEMPTS) {
            throw new IllegalStateException(
                provider.type() + " generated " + GENERATED_ID_ATTEMPTS + " ids already in use");
          }
          continue;
        }
        request = candidate;
      }
    } catch (RuntimeException e) {
      LOG.error("admitting a meeting request failed", e);
      exchange.error(
          StanzaError.of(StanzaError.Condition.INTERNAL_SERVER_ERROR, "the meeting store failed"));
      return;
    }
    if (known != null) {
      count(provider.type(), "created");
      exchange.result(result(query, request, known));
      return;
    }
    MeetingRequest admitted = request;
    long started = System.nanoTime();
    provider
        .create(admitted)
        .orTimeout(settings.providerTimeout().toMillis(), TimeUnit.MILLISECONDS)
        .whenCompleteAsync(
            (links, failure) -> {
              providerLatency.record(System.nanoTime() - started, TimeUnit.NANOSECONDS);
              if (failure == null) {
                answer(exchange, query, admitted, links);
              } else {
                release(provider.type(), admitted.id());
                exchange.error(providerError(provider, failure));
              }
            },
            storeExecutor);
  }

  private MeetingRequest request(
      MeetingProvider provider, MeetingQuery query, String id, BareJid requester, Instant now) {
    String name =
        requester.getLocalpartOrNull() == null
            ? requester.toString()
            : requester.getLocalpartOrNull().toString();
    return new MeetingRequest(
        provider.type(),
        id,
        query.desc(),
        requester,
        name,
        now,
        now.plus(settings.linkTtl()),
        now.plus(settings.meetingTtl()));
  }

  private void release(String type, String id) {
    try {
      meetings.release(type, id);
    } catch (RuntimeException e) {
      LOG.warn("could not release meeting id {} {}: {}", type, id, e.getMessage());
    }
  }

  /** Stores the links of a meeting the provider created, and answers. */
  private void answer(
      IqExchange exchange, MeetingQuery query, MeetingRequest request, MeetingLinks links) {
    try {
      meetings.complete(request.type(), request.id(), links.initiate(), links.invite());
    } catch (RuntimeException e) {
      LOG.error("could not record meeting {} {}", request.type(), request.id(), e);
      exchange.error(StanzaError.of(StanzaError.Condition.INTERNAL_SERVER_ERROR));
      return;
    }
    count(request.type(), "created");
    exchange.result(result(query, request, links));
  }

  private static MeetingResult result(
      MeetingQuery query, MeetingRequest request, MeetingLinks links) {
    Initiate initiate =
        Initiate.of(request.type(), links.initiate().toASCIIString(), request.description());
    Invite invite =
        OnlineMeetings.invite(
            links.invite().toASCIIString(), Meeting.of(request.type(), request.description()));
    return query.result(initiate, invite);
  }

  private StanzaError providerError(MeetingProvider provider, Throwable failure) {
    Throwable cause =
        failure instanceof CompletionException && failure.getCause() != null
            ? failure.getCause()
            : failure;
    if (cause instanceof TimeoutException) {
      count(provider.type(), "timeout");
      return StanzaError.of(
          StanzaError.Condition.REMOTE_SERVER_TIMEOUT,
          provider.type() + " did not answer within " + human(settings.providerTimeout()));
    }
    if (cause instanceof MeetingProviderException e) {
      count(provider.type(), e.reason().name().toLowerCase(java.util.Locale.ROOT));
      LOG.warn("{} could not create a meeting: {}", provider.type(), e.getMessage());
      return switch (e.reason()) {
        case ID_IN_USE ->
            StanzaError.of(
                StanzaError.Condition.NOT_ACCEPTABLE,
                "the meeting id is already in use at " + provider.type());
        case TIMEOUT ->
            StanzaError.of(
                StanzaError.Condition.REMOTE_SERVER_TIMEOUT,
                provider.type() + ": " + e.getMessage());
        case UNREACHABLE ->
            StanzaError.of(
                StanzaError.Condition.REMOTE_SERVER_NOT_FOUND,
                provider.type() + " cannot be reached: " + e.getMessage());
        case REFUSED ->
            StanzaError.of(
                    StanzaError.Condition.SERVICE_UNAVAILABLE,
                    provider.type() + " refused to create the meeting: " + e.getMessage())
                .withType(StanzaError.Type.WAIT);
      };
    }
    count(provider.type(), "error");
    LOG.error("{} failed unexpectedly", provider.type(), cause);
    return StanzaError.of(StanzaError.Condition.INTERNAL_SERVER_ERROR, provider.type() + " failed");
  }

  private StanzaException refuse(String outcome, StanzaError.Condition condition, String text) {
    count("-", outcome);
    return new StanzaException(condition, text);
  }

  private void count(String type, String outcome) {
    MeterRegistry registry = meters;
    if (registry != null) {
      requests
          .computeIfAbsent(
              type,
              t ->
                  new TaggedCounters(
                      registry, "parley.meetings.requests", Tags.of("type", t), "outcome"))
          .increment(outcome);
    }
  }

  private static String human(Duration d) {
    if (d.toSeconds() % 3600 == 0) {
      return d.toHours() + " h";
    }
    if (d.toSeconds() % 60 == 0) {
      return d.toMinutes() + " min";
    }
    return d.toSeconds() + " s";
  }
}
