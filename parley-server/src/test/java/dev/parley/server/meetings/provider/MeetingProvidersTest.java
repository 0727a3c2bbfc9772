/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.server.meetings.provider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.server.config.ConfigReader;
import dev.parley.server.config.InvalidConfigException;
import dev.parley.server.meetings.MeetingProvider;
import dev.parley.server.meetings.ProviderContext;
import java.util.List;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class MeetingProvidersTest {
  private final ProviderFixture fixture = new ProviderFixture();

  @AfterEach
  void close() {
    fixture.close();
  }

  @Test
  void theShippedDefaultsConfigureNoProvider() throws Exception {
    assertThat(fixture.providers("", null)).isEmpty();
  }

  @Test
  void everyConfiguredProviderIsBuiltInOrder() throws Exception {
    List<MeetingProvider> providers =
        fixture.providers(
            """
            parley.meetings.providers {
              jitsi.base-url = "https://meet.example.org"
              galene { base-url = "https://galene.example.org", api.token = t }
              bigbluebutton { base-url = "https://bbb.example.org/bigbluebutton", secret = s }
              templates = [ { type = whereby, url = "https://whereby.com/{id}" } ]
            }
            """,
            "https://parley.example.org");
    assertThat(providers)
        .extracting(MeetingProvider::type)
        .containsExactly("jitsi", "galene", "bigbluebutton", "whereby");
    assertThat(fixture.routes).hasSize(1);
  }

  @Test
  void providersBuiltBeforeAnErrorAreClosed() throws Exception {
    ScheduledThreadPoolExecutor timer = new ScheduledThreadPoolExecutor(1);
    timer.setRemoveOnCancelPolicy(true);
    try {
      ConfigReader meetings =
          ProviderFixture.meetings(
              """
              parley.meetings.providers {
                galene { base-url = "https://127.0.0.1:9", api { token = t, probe-interval = 1h } }
                templates = [ { type = galene, url = "https://x.example/{id}" } ]
              }
              """);
      ProviderContext context = fixture.context(meetings, null);
      ProviderContext withTimer =
          new ProviderContext(
              context.http(),
              context.clock(),
              timer,
              null,
              context.routes(),
              context.landingLinks());
      assertThatThrownBy(() -> MeetingProviders.fromConfig(meetings, withTimer))
          .isInstanceOf(InvalidConfigException.class)
          .hasMessageStartingWith("parley.meetings.providers.templates[0].type: 'galene'");
      // The Galène probe was scheduled, then cancelled when the template failed.
      assertThat(timer.getQueue()).isEmpty();
    } finally {
      timer.shutdownNow();
    }
  }

  @Test
  void theProviderTimeoutIsRead() {
    assertThatThrownBy(() -> fixture.providers("parley.meetings.provider-timeout = soon", null))
        .isInstanceOf(InvalidConfigException.class)
        .hasMessageStartingWith("parley.meetings.provider-timeout: must be a duration");
  }
}
