/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * The bridge between Parley's wire model and Smack 4.4: any Parley record travels in Smack stanzas
 * ({@link dev.parley.client.smack.ParleyExtension}, {@link dev.parley.client.smack.ParleyIq}),
 * Smack reads the names {@link dev.parley.client.smack.ParleyProviders} registered with Parley's
 * codecs, and {@link dev.parley.client.smack.SmackStanzas} reads any Smack stanza as a Parley
 * record.
 *
 * <p>The bridge is thin on purpose: Parley's codecs stay the only definition of each element, and
 * the SDK can move to Smack 4.5 by changing these few classes.
 */
@NullMarked
package dev.parley.client.smack;

import org.jspecify.annotations.NullMarked;
