/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.server.store;

import org.junit.jupiter.api.extension.ExtendWith;

/** {@link MeetingAdmissionsContract} on a real PostgreSQL. */
@ExtendWith(PostgresServer.Extension.class)
class MeetingAdmissionsPostgresIT extends MeetingAdmissionsContract {
  MeetingAdmissionsPostgresIT(PostgresServer postgres) {
    super(postgres);
  }
}
