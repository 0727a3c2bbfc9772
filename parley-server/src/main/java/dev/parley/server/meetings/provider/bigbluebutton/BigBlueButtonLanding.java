/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.server.meetings.provider.bigbluebutton;

import dev.parley.server.meetings.MeetingProviderException;
import dev.parley.server.meetings.provider.ApiCalls;
import dev.parley.server.store.LandingLinkStore;
import dev.parley.server.store.LandingLinkStore.LandingLink;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.net.URI;
import java.time.Clock;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The landing pages behind BigBlueButton links, on Parley's HTTP server:
 *
 * <ul>
 *   <li>{@code GET /meet/bbb/{token}}: a form asking for a display name (200), or 410 when the
 *       token is unknown or expired (the store does not tell the two apart, and both mean the same
 *       to the visitor).
 *   <li>{@code POST /meet/bbb/{token}} with {@code name}: 303 to a freshly signed {@code join} URL
 *       with the role the token was made for — only the stored token decides the role, nothing the
 *       visitor sends — or the form again (400) when the name is empty, too long or has control
 *       characters, 410 for an expired token, 502 when BigBlueButton fails.
 * </ul>
 *
 * Responses are not cached ({@code no-store}), send no referrer (the token is in the address), may
 * not be framed, and allow no script; the form may only post to Parley and redirect to
 * BigBlueButton ({@code form-action}).
 */
final class BigBlueButtonLanding {
  /** The path prefix of landing links. */
  static final String PREFIX = "/meet/bbb/";

  private static final Logger LOG = LoggerFactory.getLogger(BigBlueButtonLanding.class);
  private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}\\p{Zl}\\p{Zp}]");

  private final BigBlueButtonProvider provider;
  private final LandingLinkStore links;
  private final Clock clock;
  private final String securityPolicy;

  BigBlueButtonLanding(
      BigBlueButtonProvider provider, LandingLinkStore links, Clock clock, String bbbOrigin) {
    this.provider = provider;
    this.links = links;
    this.clock = clock;
    this.securityPolicy =
        "default-src 'none'; style-src 'unsafe-inline'; form-action 'self' "
            + bbbOrigin
            + "; frame-ancestors 'none'; base-uri 'none'";
  }

  void register(RoutesConfig routes) {
    routes.get(PREFIX + "{token}", this::get);
    routes.post(PREFIX + "{token}", this::post);
  }

  private void get(Context ctx) {
    secure(ctx);
    Optional<LandingLink> link = find(ctx);
    if (link.isEmpty()) {
      ctx.status(410).html(LandingPage.gone());
      return;
    }
    ctx.html(LandingPage.form(isModerator(link.get()), null, null));
  }

  private void post(Context ctx) {
    secure(ctx);
    Optional<LandingLink> found = find(ctx);
    if (found.isEmpty()) {
      ctx.status(410).html(LandingPage.gone());
      return;
    }
    LandingLink link = found.get();
    String submitted = ctx.formParam("name");
    String name = submitted == null ? "" : submitted.strip();
    String problem = problem(name);
    if (problem != null) {
      ctx.status(400).html(LandingPage.form(isModerator(link), name, problem));
      return;
    }
    ctx.future(
        () ->
            provider
                .join(link.meetingId(), name, link.role())
                .handle(
                    (URI join, Throwable failure) -> {
                      if (failure == null) {
                        ctx.status(303).header("Location", join.toString()).result("");
                      } else if (ApiCalls.unwrap(failure) instanceof MeetingProviderException e) {
                        LOG.warn("BigBlueButton landing page: {}", e.getMessage());
                        ctx.status(502).html(LandingPage.unavailable());
                      } else {
                        LOG.error("BigBlueButton landing page failed", failure);
                        ctx.status(500).html(LandingPage.unavailable());
                      }
                      return null;
                    }));
  }

  /** The link of the path's token if it is a BigBlueButton link with a role Parley makes. */
  private Optional<LandingLink> find(Context ctx) {
    return links
        .find(ctx.pathParam("token"), clock.instant())
        .filter(l -> BigBlueButtonProvider.TYPE.equals(l.type()))
        .filter(
            l ->
                BigBlueButtonProvider.MODERATOR.equals(l.role())
                    || BigBlueButtonProvider.VIEWER.equals(l.role()));
  }

  private static boolean isModerator(LandingLink link) {
    return BigBlueButtonProvider.MODERATOR.equals(link.role());
  }

  /** What is wrong with a submitted display name, or {@code null}. */
  static @Nullable String problem(String name) {
    if (name.isEmpty()) {
      return "Please enter your name.";
    }
    if (name.codePointCount(0, name.length()) > LandingPage.MAX_NAME) {
      return "Please use at most " + LandingPage.MAX_NAME + " characters.";
    }
    if (CONTROL.matcher(name).find()) {
      return "Please use only printable characters.";
    }
    return null;
  }

  private void secure(Context ctx) {
    ctx.header("Cache-Control", "no-store")
        .header("Referrer-Policy", "no-referrer")
        .header("X-Content-Type-Options", "nosniff")
        .header("X-Frame-Options", "DENY")
        .header("Content-Security-Policy", securityPolicy);
  }
}
