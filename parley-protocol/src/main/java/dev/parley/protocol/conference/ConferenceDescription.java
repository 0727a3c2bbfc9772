/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.protocol.conference;

import static java.util.Objects.requireNonNull;

import dev.parley.protocol.xml.Extensions;
import dev.parley.protocol.xml.XmlElement;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the conference is about and how to reach it (RFC 4575 § 5.3, {@code
 * conference-description-type}). Atomic (§ 4.4): a notification carrying it replaces it whole.
 *
 * <pre>
 * &lt;conference-description&gt;
 *   &lt;display-text&gt;Weekly Sales Meeting&lt;/display-text&gt;
 *   &lt;subject&gt;Agenda: This month's goals&lt;/subject&gt;
 *   &lt;free-text&gt;We will start strict on time&lt;/free-text&gt;
 *   &lt;keywords&gt;sales meeting weekly&lt;/keywords&gt;     space-separated tokens
 *   &lt;conf-uris&gt;…&lt;/conf-uris&gt;                      {@link Uris}: how to join
 *   &lt;service-uris&gt;…&lt;/service-uris&gt;                {@link Uris}: web page, recording…
 *   &lt;maximum-user-count&gt;100&lt;/maximum-user-count&gt;
 *   &lt;available-media&gt;…&lt;/available-media&gt;          {@link AvailableMedia}
 * &lt;/conference-description&gt;
 * </pre>
 *
 * <p>An empty {@code <keywords/>} carries no token and is read as absent (an empty list).
 *
 * @param displayText a description for directories, or {@code null}
 * @param subject the subject, or {@code null}
 * @param freeText a longer description, or {@code null}
 * @param keywords search keywords (no whitespace inside a keyword); empty when absent
 * @param confUris URIs to join the conference, or {@code null}
 * @param serviceUris auxiliary services, or {@code null}
 * @param maximumUserCount how many users may join, or {@code null}
 * @param availableMedia the streams offered, or {@code null}
 * @param ext unknown attributes and child elements ({@code ##other})
 * @see <a href="https://www.rfc-editor.org/rfc/rfc4575#section-5.3">RFC 4575 § 5.3</a>
 */
public record ConferenceDescription(
    @Nullable String displayText,
    @Nullable String subject,
    @Nullable String freeText,
    List<String> keywords,
    @Nullable Uris confUris,
    @Nullable Uris serviceUris,
    @Nullable Long maximumUserCount,
    @Nullable AvailableMedia availableMedia,
    Extensions ext)
    implements XmlElement {

  /** A description with nothing in it ({@code <conference-description/>}). */
  public static final ConferenceDescription EMPTY =
      new ConferenceDescription(
          null, null, null, List.of(), null, null, null, null, Extensions.NONE);

  public ConferenceDescription {
    keywords = Texts.checkTokens(keywords, "keywords");
    Texts.checkUnsignedInt(maximumUserCount, "maximum-user-count");
    requireNonNull(ext, "ext");
  }

  /** A description with only a subject. */
  public static ConferenceDescription subject(String subject) {
    return builder().subject(subject).build();
  }

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return new Builder()
        .displayText(displayText)
        .subject(subject)
        .freeText(freeText)
        .keywords(keywords)
        .confUris(confUris)
        .serviceUris(serviceUris)
        .maximumUserCount(maximumUserCount)
        .availableMedia(availableMedia)
        .ext(ext);
  }

  /** Builds a {@link ConferenceDescription}; every part is optional. */
  public static final class Builder {
    private @Nullable String displayText;
    private @Nullable String subject;
    private @Nullable String freeText;
    private List<String> keywords = List.of();
    private @Nullable Uris confUris;
    private @Nullable Uris serviceUris;
    private @Nullable Long maximumUserCount;
    private @Nullable AvailableMedia availableMedia;
    private Extensions ext = Extensions.NONE;

    private Builder() {}

    public Builder displayText(@Nullable String v) {
      displayText = v;
      return this;
    }

    public Builder subject(@Nullable String v) {
      subject = v;
      return this;
    }

    public Builder freeText(@Nullable String v) {
      freeText = v;
      return this;
    }

    public Builder keywords(List<String> v) {
      keywords = v;
      return this;
    }

    public Builder confUris(@Nullable Uris v) {
      confUris = v;
      return this;
    }

    public Builder serviceUris(@Nullable Uris v) {
      serviceUris = v;
      return this;
    }

    public Builder maximumUserCount(@Nullable Long v) {
      maximumUserCount = v;
      return this;
    }

    public Builder availableMedia(@Nullable AvailableMedia v) {
      availableMedia = v;
      return this;
    }

    public Builder ext(Extensions v) {
      ext = v;
      return this;
    }

    public ConferenceDescription build() {
      return new ConferenceDescription(
          displayText,
          subject,
          freeText,
          keywords,
          confUris,
          serviceUris,
          maximumUserCount,
          availableMedia,
          ext);
    }
  }
}
