/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * Real peers for Parley's integration tests. {@link dev.parley.testkit.Prosody} runs a real Prosody
 * with a generated configuration; {@link dev.parley.testkit.ProsodyExtension} manages it per test
 * class; {@link dev.parley.testkit.WebRtcPeer} is an independent WebRTC client (slixmpp + aiortc);
 * {@link dev.parley.testkit.Coturn} is a real TURN server (coturn).
 */
package dev.parley.testkit;
