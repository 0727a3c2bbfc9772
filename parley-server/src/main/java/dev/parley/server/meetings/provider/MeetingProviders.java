/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.server.meetings.provider;

import com.typesafe.config.ConfigObject;
import dev.parley.server.config.ConfigReader;
import dev.parley.server.config.InvalidConfigException;
import dev.parley.server.internal.random.SecureRandoms;
import dev.parley.server.meetings.MeetingProvider;
import dev.parley.server.meetings.ProviderContext;
import dev.parley.server.meetings.provider.bigbluebutton.BigBlueButtonProvider;
import dev.parley.server.meetings.provider.galene.Galene;
import dev.parley.server.meetings.provider.jitsi.JitsiProvider;
import dev.parley.server.meetings.provider.template.TemplateProvider;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds the meeting providers configured under {@code parley.meetings.providers}:
 *
 * <ul>
 *   <li>{@code jitsi}, {@code galene}, {@code bigbluebutton}: each is on when its {@code base-url}
 *       is set;
 *   <li>{@code templates}: a list of {@code { type, url }} entries, one provider each.
 * </ul>
 *
 * Types must be unique (a template cannot take {@code jitsi} when Jitsi is configured). {@code
 * parley.meetings.provider-timeout} bounds each provider HTTP request. Any invalid value stops
 * start-up with an {@link InvalidConfigException} naming its key; providers built before the
 * failure are closed (their probes stopped).
 */
public final class MeetingProviders {
  private MeetingProviders() {}

  /**
   * The configured providers, in the order above (templates in list order).
   *
   * @param meetings the {@code parley.meetings} section
   */
  public static List<MeetingProvider> fromConfig(ConfigReader meetings, ProviderContext context)
      throws InvalidConfigException {
    Duration timeout = ProviderHttp.timeout(meetings);
    ConfigReader providers = meetings.section("providers");
    SecureRandom random = SecureRandoms.forIdsAndTokens();
    List<MeetingProvider> built = new ArrayList<>();
    try {
      ConfigReader jitsi = providers.section("jitsi");
      if (jitsi.optionalString("base-url") != null) {
        built.add(JitsiProvider.fromConfig(jitsi, random));
      }
      ConfigReader galene = providers.section("galene");
      if (galene.optionalString("base-url") != null) {
        built.add(Galene.fromConfig(galene, context, timeout, random));
      }
      ConfigReader bbb = providers.section("bigbluebutton");
      if (bbb.optionalString("base-url") != null) {
        built.add(BigBlueButtonProvider.fromConfig(bbb, context, timeout, random));
      }
      List<? extends ConfigObject> templates = providers.objects("templates");
      for (int i = 0; i < templates.size(); i++) {
        String prefix = providers.keyName("templates[" + i + "].");
        ConfigReader entry = new ConfigReader(templates.get(i).toConfig(), prefix);
        TemplateProvider template = TemplateProvider.fromConfig(entry, random);
        if (built.stream().anyMatch(p -> p.type().equals(template.type()))) {
          throw entry.invalid(
              "type", "'" + template.type() + "' is already provided by another provider");
        }
        built.add(template);
      }
      return List.copyOf(built);
    } catch (InvalidConfigException | RuntimeException e) {
      built.forEach(MeetingProvider::close);
      throw e;
    }
  }
}
