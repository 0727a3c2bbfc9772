/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.server.meetings.provider.template;

import com.typesafe.config.ConfigValueFactory;
import dev.parley.server.config.ConfigReader;
import dev.parley.server.config.InvalidConfigException;
import dev.parley.server.meetings.InvalidMeetingIdException;
import dev.parley.server.meetings.MeetingLinks;
import dev.parley.server.meetings.MeetingProvider;
import dev.parley.server.meetings.MeetingRequest;
import dev.parley.server.meetings.provider.MeetingIds;
import dev.parley.server.meetings.provider.UriEncoding;
import java.net.URI;
import java.security.SecureRandom;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Pattern;

/**
 * Links to any other meeting service by URL template ({@code parley.meetings.providers.templates},
 * one entry per type): {@code { type = "whereby", url = "https://whereby.com/{id}" }}. Every {@code
 * {id}} in the template becomes the meeting id, percent-encoded ({@link UriEncoding#component}),
 * and both links are the same URL: such services have no API Parley knows, so no collision check
 * and no credentials.
 *
 * <p>The template must be an https URL, or use a {@code web+…:} scheme (a registered web handler,
 * XEP-0483 § 4): templates are the only place such a scheme is accepted, and a link gets one only
 * when its template is written with it ({@code url = "web+jitsi:{id}"}).
 */
public final class TemplateProvider implements MeetingProvider {
  /** The placeholder for the meeting id. */
  public static final String PLACEHOLDER = "{id}";

  /** Meeting types: lower-case letters, digits and {@code - . _}, starting with a letter. */
  private static final Pattern TYPE = Pattern.compile("[a-z][a-z0-9._-]{0,31}");

  /** Longest requested meeting id. */
  static final int MAX_ID_LENGTH = 64;

  private final String type;
  private final String template;
  private final MeetingIds ids;

  TemplateProvider(String type, String template, MeetingIds ids) {
    this.type = type;
    this.template = template;
    this.ids = ids;
  }

  /** Reads one template entry; {@code entry} names its keys {@code …templates[i].type}. */
  public static TemplateProvider fromConfig(ConfigReader entry, SecureRandom random)
      throws InvalidConfigException {
    String type = entry.string("type", true);
    if (!TYPE.matcher(type).matches()) {
      throw entry.invalid(
          "type",
          "'"
              + type
              + "' is not a meeting type (1 to 32 lower-case letters, digits, '-', '.', '_',"
              + " starting with a letter)");
    }
    String template = entry.string("url", true);
    if (!template.contains(PLACEHOLDER)) {
      throw entry.invalid("url", "'" + template + "' has no " + PLACEHOLDER + " placeholder");
    }
    // Checked with the placeholder as it would be written in a URI: '{' and '}' are not allowed.
    String sample = template.replace(PLACEHOLDER, "%7Bid%7D");
    ConfigReader check =
        new ConfigReader(ConfigValueFactory.fromAnyRef(sample).atKey("url"), entry.keyName(""));
    check.httpsUrl("url", true);
    return new TemplateProvider(type, template, new MeetingIds(random));
  }

  /** Links are computed from the request alone: nothing is created at the provider. */
  @Override
  public boolean createsAtProvider() {
    return false;
  }

  @Override
  public String type() {
    return type;
  }

  @Override
  public String newId() {
    return ids.random();
  }

  /** {@link MeetingIds#checkUnreserved}, 1 to 64 characters, case kept. */
  @Override
  public String checkId(String requested) throws InvalidMeetingIdException {
    return MeetingIds.checkUnreserved(requested, 1, MAX_ID_LENGTH, "'" + type + "'");
  }

  @Override
  public CompletableFuture<MeetingLinks> create(MeetingRequest request) {
    URI link = link(request.id());
    return CompletableFuture.completedFuture(new MeetingLinks(link, link));
  }

  URI link(String id) {
    return URI.create(
        URI.create(template.replace(PLACEHOLDER, UriEncoding.component(id))).toASCIIString());
  }
}
