/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.server.meetings.provider.template;

import static dev.parley.server.meetings.provider.ProviderFixture.request;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.server.config.InvalidConfigException;
import dev.parley.server.meetings.MeetingLinks;
import dev.parley.server.meetings.MeetingProvider;
import dev.parley.server.meetings.provider.Outcomes;
import dev.parley.server.meetings.provider.ProviderFixture;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class TemplateProviderTest {
  private final ProviderFixture fixture = new ProviderFixture();

  @AfterEach
  void close() {
    fixture.close();
  }

  private List<MeetingProvider> templates(String list) throws InvalidConfigException {
    return fixture.providers("parley.meetings.providers.templates = [ " + list + " ]", null);
  }

  @Test
  void eachTemplateIsItsOwnTypeAndFillsInTheId() throws Exception {
    List<MeetingProvider> providers =
        templates(
            "{ type = whereby, url = \"https://whereby.com/{id}\" },"
                + " { type = \"talk\", url = \"https://cloud.example.org/call?room={id}&x={id}\" }");
    assertThat(providers).extracting(MeetingProvider::type).containsExactly("whereby", "talk");
    MeetingProvider whereby = providers.get(0);
    String id = whereby.newId();
    assertThat(id).matches("[a-z2-7]{36}");
    MeetingLinks links = Outcomes.value(whereby.create(request("whereby", id, null)));
    assertThat(links.initiate()).isEqualTo(URI.create("https://whereby.com/" + id));
    assertThat(links.invite()).isEqualTo(links.initiate());
    MeetingLinks talk = Outcomes.value(providers.get(1).create(request("talk", "Team~1", null)));
    assertThat(talk.invite())
        .isEqualTo(URI.create("https://cloud.example.org/call?room=Team~1&x=Team~1"));
  }

  @Test
  void aWebHandlerSchemeIsUsedWhenTheTemplateIsWrittenWithIt() throws Exception {
    MeetingProvider jitsiApp = templates("{ type = jitsi-app, url = \"web+jitsi:{id}\" }").get(0);
    MeetingLinks links = Outcomes.value(jitsiApp.create(request("jitsi-app", "room-1", null)));
    assertThat(links.initiate()).isEqualTo(URI.create("web+jitsi:room-1"));
  }

  @Test
  void nonAsciiInTheTemplateIsPercentEncoded() throws Exception {
    MeetingProvider provider =
        templates("{ type = x, url = \"https://meet.example.org/réunion/{id}\" }").get(0);
    MeetingLinks links = Outcomes.value(provider.create(request("x", "a", null)));
    assertThat(links.initiate().toString()).isEqualTo("https://meet.example.org/r%C3%A9union/a");
  }

  @Test
  void requestedIdsFollowTheCommonRule() throws Exception {
    MeetingProvider provider = templates("{ type = x, url = \"https://x.example/{id}\" }").get(0);
    assertThat(provider.checkId("Team-1")).isEqualTo("Team-1");
    assertThatThrownBy(() -> provider.checkId("a?b"))
        .hasMessageStartingWith("'?' is not allowed in 'x' meeting ids");
  }

  @Test
  void configurationErrorsNameTheEntryAndKey() {
    String key = "parley.meetings.providers.templates[1].";
    String first = "{ type = ok, url = \"https://ok.example/{id}\" }, ";
    assertError(first + "{ url = \"https://x.example/{id}\" }", key + "type: is required");
    assertError(
        first + "{ type = \"Bad Type\", url = \"https://x.example/{id}\" }",
        key + "type: 'Bad Type' is not a meeting type");
    assertError(first + "{ type = x }", key + "url: is required");
    assertError(
        first + "{ type = x, url = \"https://x.example/room\" }",
        key + "url: 'https://x.example/room' has no {id} placeholder");
    assertError(
        first + "{ type = x, url = \"http://x.example/{id}\" }",
        key + "url: 'http://x.example/%7Bid%7D' must be an https:// URL");
    assertError(
        first + "{ type = x, url = \"https://x.example/a b/{id}\" }",
        key + "url: 'https://x.example/a b/%7Bid%7D' is not a valid URL");
    assertError(
        first + "{ type = ok, url = \"https://y.example/{id}\" }",
        key + "type: 'ok' is already provided by another provider");
    assertError(
        "\"https://x.example/{id}\"",
        "parley.meetings.providers.templates: must be a list of objects");
  }

  @Test
  void aTemplateCannotTakeTheTypeOfAConfiguredProvider() {
    assertThatThrownBy(
            () ->
                fixture.providers(
                    "parley.meetings.providers { jitsi.base-url = \"https://meet.example.org\","
                        + " templates = [ { type = jitsi, url = \"https://x.example/{id}\" } ] }",
                    null))
        .hasMessage(
            "parley.meetings.providers.templates[0].type: 'jitsi' is already provided by another"
                + " provider");
  }

  private void assertError(String list, String message) {
    assertThatThrownBy(() -> templates(list))
        .isInstanceOf(InvalidConfigException.class)
        .hasMessageStartingWith(message);
  }
}
