/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.server.store;

/** {@link LandingLinkStoreContract} on an H2 file database. */
class LandingLinkStoreH2Test extends LandingLinkStoreContract {
  LandingLinkStoreH2Test() {
    super(new H2Databases());
  }
}
