/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.server.meetings.provider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.server.config.InvalidConfigException;
import java.net.URI;
import org.junit.jupiter.api.Test;

class UriEncodingTest {
  @Test
  void unreservedCharactersStayAsTheyAre() {
    String unreserved = "ABCXYZabcxyz0189-._~";
    assertThat(UriEncoding.component(unreserved)).isEqualTo(unreserved);
  }

  @Test
  void everyReservedCharacterAndThePercentSignAreEncoded() {
    assertThat(UriEncoding.component(":/?#[]@!$&'()*+,;=%"))
        .isEqualTo("%3A%2F%3F%23%5B%5D%40%21%24%26%27%28%29%2A%2B%2C%3B%3D%25");
    assertThat(UriEncoding.component("a b\"<>")).isEqualTo("a%20b%22%3C%3E");
  }

  @Test
  void nonAsciiIsEncodedAsUtf8WithUpperCaseHex() {
    assertThat(UriEncoding.component("é")).isEqualTo("%C3%A9");
    assertThat(UriEncoding.component("日本")).isEqualTo("%E6%97%A5%E6%9C%AC");
    assertThat(UriEncoding.component("😀")).isEqualTo("%F0%9F%98%80");
  }

  @Test
  void anEncodedComponentIsOneValidUriSegmentThatDecodesBack() {
    String original = "Jour fixe / équipe #3 ?";
    URI uri = URI.create("https://example.org/" + UriEncoding.component(original) + "?x=1");
    assertThat(uri.getPath()).isEqualTo("/" + original);
    assertThat(uri.getRawPath()).matches("/[\\x21-\\x7e]+");
  }

  @Test
  void baseUrlsLoseTrailingSlashesAndGetTheirNonAsciiPathEncoded() throws Exception {
    assertThat(base("https://meet.example.org/")).isEqualTo("https://meet.example.org");
    assertThat(base("https://meet.example.org:8443/tenant//"))
        .isEqualTo("https://meet.example.org:8443/tenant");
    assertThat(base("https://meet.example.org/équipe"))
        .isEqualTo("https://meet.example.org/%C3%A9quipe");
  }

  @Test
  void baseUrlsMustBeHttpsWithoutCredentialsQueryOrFragment() {
    assertThatThrownBy(() -> base("http://meet.example.org"))
        .isInstanceOf(InvalidConfigException.class)
        .hasMessageContaining("parley.meetings.providers.jitsi.base-url")
        .hasMessageContaining("https");
    assertThatThrownBy(() -> base("https://user:pw@meet.example.org"))
        .hasMessageContaining("user information");
    assertThatThrownBy(() -> base("https://meet.example.org/?a=b"))
        .hasMessageContaining("query or fragment");
    assertThatThrownBy(() -> base("https://meet.example.org/#x"))
        .hasMessageContaining("query or fragment");
  }

  private static String base(String url) throws InvalidConfigException {
    return UriEncoding.baseUrl(
        ProviderFixture.meetings("parley.meetings.providers.jitsi.base-url = \"" + url + "\"")
            .section("providers")
            .section("jitsi"),
        "base-url");
  }
}
