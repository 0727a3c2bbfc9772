/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.client.meeting;

import dev.parley.protocol.meeting.OnlineMeetings;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import org.jivesoftware.smack.XMPPConnection;
import org.jivesoftware.smack.packet.IQ;
import org.jivesoftware.smackx.caps.EntityCapsManager;
import org.jivesoftware.smackx.disco.packet.DiscoverInfo;
import org.jivesoftware.smackx.disco.packet.DiscoverItems;
import org.jspecify.annotations.Nullable;
import org.jxmpp.jid.Jid;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds the meeting services of the user's server (XEP-0483 § 3.1): the server itself, and each
 * item of its disco#items, whose information comes from the entity-capabilities cache when the
 * entity's presence announced it (XEP-0115), else from a disco#info query. All queries are in
 * flight at once; an item that does not answer, or answers with an error, is left out.
 */
final class ServiceFinder {
  private static final Logger LOG = LoggerFactory.getLogger(ServiceFinder.class);

  private final XMPPConnection connection;
  private final Executor executor;

  ServiceFinder(XMPPConnection connection, Executor executor) {
    this.connection = connection;
    this.executor = executor;
  }

  CompletableFuture<List<MeetingService>> find() {
    Jid server = connection.getXMPPServiceDomain();
    CompletableFuture<@Nullable MeetingService> own = service(server);
    CompletableFuture<List<@Nullable MeetingService>> items =
        items(server)
            .thenCompose(
                jids -> {
                  List<CompletableFuture<@Nullable MeetingService>> each = new ArrayList<>();
                  for (Jid jid : jids) {
                    each.add(service(jid));
                  }
                  return CompletableFuture.allOf(each.toArray(CompletableFuture[]::new))
                      .thenApply(done -> each.stream().map(CompletableFuture::join).toList());
                });
    return own.thenCombine(
        items,
        (self, others) -> {
          List<MeetingService> found = new ArrayList<>();
          if (self != null) {
            found.add(self);
          }
          others.stream().filter(Objects::nonNull).forEach(found::add);
          return List.copyOf(found);
        });
  }

  /** The service at {@code jid}, or {@code null} when it is none or cannot be asked. */
  private CompletableFuture<@Nullable MeetingService> service(Jid jid) {
    return info(jid)
        .handle(
            (info, failure) -> {
              if (failure != null) {
                LOG.debug("no disco#info from {}: {}", jid, failure.toString());
                return null;
              }
              return service(jid, info);
            });
  }

  /** The service an entity's disco#info describes, or {@code null}. */
  static @Nullable MeetingService service(Jid jid, DiscoverInfo info) {
    if (!info.containsFeature(OnlineMeetings.INITIATE_FEATURE)) {
      return null;
    }
    List<String> types = new ArrayList<>();
    for (DiscoverInfo.Feature f : info.getFeatures()) {
      String type = OnlineMeetings.typeOf(f.getVar());
      if (type != null && !types.contains(type)) {
        types.add(type);
      }
    }
    String name = info.getIdentities().isEmpty() ? null : info.getIdentities().get(0).getName();
    return new MeetingService(jid, name, types);
  }

  private CompletableFuture<DiscoverInfo> info(Jid jid) {
    DiscoverInfo cached = EntityCapsManager.getDiscoverInfoByUser(jid);
    if (cached != null) {
      return CompletableFuture.completedFuture(cached);
    }
    DiscoverInfo request = DiscoverInfo.builder(connection).to(jid).ofType(IQ.Type.get).build();
    return SmackAsync.iq(connection, request, executor).thenApply(DiscoverInfo.class::cast);
  }

  /** The entities among the server's items (items naming a node are not services). */
  private CompletableFuture<List<Jid>> items(Jid server) {
    DiscoverItems request = new DiscoverItems();
    request.setTo(server);
    request.setType(IQ.Type.get);
    return SmackAsync.iq(connection, request, executor)
        .handle(
            (iq, failure) -> {
              if (failure != null) {
                LOG.debug("no disco#items from {}: {}", server, failure.toString());
                return List.of();
              }
              return ((DiscoverItems) iq)
                  .getItems().stream()
                      .filter(i -> i.getNode() == null)
                      .map(DiscoverItems.Item::getEntityID)
                      .distinct()
                      .map(Jid.class::cast)
                      .toList();
            });
  }
}
