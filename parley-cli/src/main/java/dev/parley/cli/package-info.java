/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
/** The {@code parley} command line: {@code serve}, {@code dev}, and the client subcommands. */
package dev.parley.cli;
