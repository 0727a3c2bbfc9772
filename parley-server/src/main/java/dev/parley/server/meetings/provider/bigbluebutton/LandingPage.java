/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.server.meetings.provider.bigbluebutton;

import org.jspecify.annotations.Nullable;

/**
 * The HTML of the BigBlueButton landing pages: small, self-contained (no script, no external
 * resource), accessible (a language, a labelled field, errors announced with {@code role=alert} and
 * tied to the field), and with every variable part escaped ({@link #escape}).
 */
final class LandingPage {
  /** The longest display name accepted, in characters. */
  static final int MAX_NAME = 64;

  private static final String STYLE =
      "body{font-family:system-ui,sans-serif;max-width:32rem;margin:3rem auto;padding:0 1rem;"
          + "line-height:1.5;color:#1a1a1a;background:#fff}"
          + "label{display:block;font-weight:600;margin-bottom:.25rem}"
          + "input{font:inherit;width:100%;box-sizing:border-box;padding:.5rem;"
          + "border:2px solid #555;border-radius:4px}"
          + "input:focus,button:focus{outline:3px solid #1a5fb4;outline-offset:2px}"
          + "button{font:inherit;margin-top:1rem;padding:.5rem 1.25rem;border:0;border-radius:4px;"
          + "background:#1a5fb4;color:#fff;cursor:pointer}"
          + ".error{color:#a51d2d;font-weight:600}";

  private LandingPage() {}

  /**
   * The form asking for a display name; posts to its own address (so it works under any reverse
   * proxy prefix).
   *
   * @param moderator whether this link joins as moderator (said on the page)
   * @param name the name to show in the field again, or {@code null}
   * @param error what was wrong with the submitted name, or {@code null}
   */
  static String form(boolean moderator, @Nullable String name, @Nullable String error) {
    StringBuilder body = new StringBuilder();
    body.append("<h1>Join the meeting</h1>\n")
        .append("<p>")
        .append(
            moderator
                ? "You are invited to start this meeting as its moderator."
                : "You are invited to this meeting.")
        .append(" Enter the name the other participants will see.</p>\n")
        .append("<form method=\"post\" accept-charset=\"UTF-8\">\n")
        .append("<label for=\"name\">Your name</label>\n")
        .append("<input id=\"name\" name=\"name\" type=\"text\" autocomplete=\"name\" required")
        .append(" maxlength=\"")
        .append(MAX_NAME)
        .append('"');
    if (name != null) {
      body.append(" value=\"").append(escape(name)).append('"');
    }
    if (error != null) {
      body.append(" aria-invalid=\"true\" aria-describedby=\"name-error\"");
    }
    body.append(">\n");
    if (error != null) {
      body.append("<p id=\"name-error\" class=\"error\" role=\"alert\">")
          .append(escape(error))
          .append("</p>\n");
    }
    body.append("<button type=\"submit\">Join</button>\n</form>");
    return page("Join the meeting", body.toString());
  }

  /** The page of a link that expired or never existed. */
  static String gone() {
    return page(
        "Link expired",
        "<h1>This meeting link has expired</h1>\n"
            + "<p>The link is no longer valid, or it was never valid. Ask the person who invited you"
            + " for a new one.</p>");
  }

  /** The page shown when BigBlueButton could not be reached or refused. */
  static String unavailable() {
    return page(
        "Meeting unavailable",
        "<h1>The meeting service is not available</h1>\n"
            + "<p>The meeting could not be opened just now. Please try again in a moment.</p>");
  }

  /** Escapes text for HTML element content and double- or single-quoted attribute values. */
  static String escape(String s) {
    StringBuilder out = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  private static String page(String title, String body) {
    return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        + "<meta name=\"robots\" content=\"noindex\">\n<title>"
        + escape(title)
        + "</title>\n<style>"
        + STYLE
        + "</style>\n</head>\n<body>\n<main>\n"
        + body
        + "\n</main>\n</body>\n</html>\n";
  }
}
