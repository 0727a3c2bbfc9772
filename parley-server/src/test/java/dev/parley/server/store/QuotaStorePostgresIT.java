/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.server.store;

import org.junit.jupiter.api.extension.ExtendWith;

/** {@link QuotaStoreContract} on a real PostgreSQL. */
@ExtendWith(PostgresServer.Extension.class)
class QuotaStorePostgresIT extends QuotaStoreContract {
  QuotaStorePostgresIT(PostgresServer postgres) {
    super(postgres);
  }
}
