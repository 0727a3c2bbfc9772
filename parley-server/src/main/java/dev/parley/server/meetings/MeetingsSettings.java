/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.server.meetings;

import dev.parley.server.config.ConfigReader;
import dev.parley.server.config.InvalidConfigException;
import dev.parley.server.config.ParleyConfig;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The meeting service's own settings ({@code parley.meetings.*}; providers read their sections
 * themselves).
 *
 * @param linkTtl how long the initiate link works (XEP-0483 suggests about 300 s)
 * @param meetingTtl how long a meeting keeps its id reserved and its invite link working
 * @param providerTimeout how long a provider may take to create a meeting
 * @param quotaRequests requests allowed per requester per {@code quotaWindow}
 * @param quotaWindow the sliding window of the quota
 * @param access who may request meetings
 */
public record MeetingsSettings(
    Duration linkTtl,
    Duration meetingTtl,
    Duration providerTimeout,
    int quotaRequests,
    Duration quotaWindow,
    AccessPolicy access) {

  /**
   * Reads {@code parley.meetings}; the access default is the XMPP domain(s) the component domains
   * belong to.
   */
  public static MeetingsSettings from(ParleyConfig config) throws InvalidConfigException {
    ConfigReader r = config.section("parley.meetings");
    List<String> allow = r.strings("access.allow");
    List<String> defaults = new ArrayList<>();
    for (ParleyConfig.Component c : config.xmpp().components()) {
      defaults.add(AccessPolicy.parentDomain(c.domain().toString()));
    }
    return new MeetingsSettings(
        r.positiveDuration("link-ttl"),
        r.positiveDuration("meeting-ttl"),
        r.positiveDuration("provider-timeout"),
        r.intAtLeast("quota.requests", 1),
        r.positiveDuration("quota.window"),
        AccessPolicy.parse(allow.isEmpty() ? defaults : allow, r, "access.allow"));
  }
}
