/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.server.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.server.store.LandingLinkStore.LandingLink;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** {@link LandingLinkStore}'s contract, run on each database by the subclasses. */
abstract class LandingLinkStoreContract extends StoreContract {
  static final Instant EXPIRES = T0.plusSeconds(3600);

  LandingLinkStoreContract(TestDatabases databases) {
    super(databases);
  }

  LandingLinkStore links() {
    return db.landingLinks();
  }

  @Test
  void aTokenIsUrlSafeAndCarries128RandomBits() {
    String token = links().create("bigbluebutton", "room-1", "moderator", EXPIRES);

    assertThat(token).matches("[A-Za-z0-9_-]{22,}");
    assertThat(Base64.getUrlDecoder().decode(token)).hasSizeGreaterThanOrEqualTo(16);
  }

  @Test
  void aLinkIsFoundByItsTokenUntilItExpires() {
    String token = links().create("bigbluebutton", "room-1", "moderator", EXPIRES);

    LandingLink expected = new LandingLink(token, "bigbluebutton", "room-1", "moderator", EXPIRES);
    assertThat(links().find(token, T0)).contains(expected);
    assertThat(other.landingLinks().find(token, EXPIRES.minusNanos(1_000))).contains(expected);
    assertThat(links().find(token, EXPIRES)).isEmpty();
  }

  @Test
  void unknownOrAlteredTokensFindNothing() {
    String token = links().create("bigbluebutton", "room-1", "viewer", EXPIRES);
    char last = token.charAt(token.length() - 1);
    String altered = token.substring(0, token.length() - 1) + (last == 'A' ? 'B' : 'A');

    assertThat(links().find(altered, T0)).isEmpty();
    assertThat(links().find("", T0)).isEmpty();
    assertThat(links().find("not a token ü", T0)).isEmpty();
  }

  @Test
  void tokensAreDistinctAndNotStoredInTheClear() throws SQLException {
    Set<String> tokens = new HashSet<>();
    for (int i = 0; i < 200; i++) {
      tokens.add(links().create("bigbluebutton", "room-" + i, "viewer", EXPIRES));
    }
    assertThat(tokens).hasSize(200);

    List<String> stored = new ArrayList<>();
    try (Connection c =
            DriverManager.getConnection(settings.url(), settings.user(), settings.password());
        Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("select * from landing_link")) {
      int columns = rs.getMetaData().getColumnCount();
      while (rs.next()) {
        for (int i = 1; i <= columns; i++) {
          stored.add(rs.getString(i));
        }
      }
    }
    assertThat(stored).hasSizeGreaterThan(200).doesNotContainAnyElementsOf(tokens);
    assertThat(stored).contains(JdbcLandingLinkStore.digest(tokens.iterator().next()));
  }

  @Test
  void pruningDeletesExpiredLinksOnly() {
    String early = links().create("bigbluebutton", "room-1", "viewer", T0.plusSeconds(10));
    String late = links().create("bigbluebutton", "room-1", "moderator", T0.plusSeconds(30));

    assertThat(links().pruneExpired(T0.plusSeconds(10))).isEqualTo(1);
    assertThat(other.landingLinks().pruneExpired(T0.plusSeconds(10))).isZero();
    assertThat(links().find(early, T0)).isEmpty();
    assertThat(links().find(late, T0)).isPresent();
  }
}
