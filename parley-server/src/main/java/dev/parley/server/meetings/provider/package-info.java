/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * XEP-0483 meeting providers and what they share: {@link
 * dev.parley.server.meetings.provider.MeetingProviders#fromConfig} builds the configured providers
 * (one subpackage each: Jitsi Meet, Galène, BigBlueButton, URL templates); {@link
 * dev.parley.server.meetings.provider.ProviderHttp} builds the HTTP client they call their APIs
 * with and {@link dev.parley.server.meetings.provider.ApiCalls} turns transport failures into
 * {@link dev.parley.server.meetings.MeetingProviderException}s; ids, URL encoding and reachability
 * probes are common helpers.
 */
@NullMarked
package dev.parley.server.meetings.provider;

import org.jspecify.annotations.NullMarked;
