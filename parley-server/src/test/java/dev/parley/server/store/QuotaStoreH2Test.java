/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.server.store;

/** {@link QuotaStoreContract} on an H2 file database. */
class QuotaStoreH2Test extends QuotaStoreContract {
  QuotaStoreH2Test() {
    super(new H2Databases());
  }
}
