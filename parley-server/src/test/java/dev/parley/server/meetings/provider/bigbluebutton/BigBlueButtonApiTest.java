/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.server.meetings.provider.bigbluebutton;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.server.meetings.provider.ApiCalls;
import dev.parley.server.meetings.provider.bigbluebutton.BigBlueButtonApi.Checksum;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BigBlueButtonApiTest {
  /** The worked example of BigBlueButton's API documentation ("API Security Model"). */
  private static final String DOC_QUERY =
      "name=Test+Meeting&meetingID=abc123&attendeePW=111222&moderatorPW=333444";

  private static final String DOC_SECRET = "639259d4-9dd8-4b25-bf01-95f9567eaf4b";

  @Test
  void sha1ChecksumsMatchTheDocumentedExample() {
    assertThat(BigBlueButtonApi.checksum("create", DOC_QUERY, DOC_SECRET, Checksum.SHA1))
        .isEqualTo("1fcbb0c4fc1f039f73aa6d697d2db9ba7f803f17");
  }

  @Test
  void sha256ChecksumsMatchAnIndependentlyComputedValue() {
    // printf '%s' 'create<query><secret>' | sha256sum (GNU coreutils)
    assertThat(BigBlueButtonApi.checksum("create", DOC_QUERY, DOC_SECRET, Checksum.SHA256))
        .isEqualTo("da9185f7f333cfdfcd6eeac32dca3777510c4c436020d8b887ba5515bd1d189e");
  }

  @Test
  void signedUrlsEncodeValuesAsRfc3986AndSignTheExactQuery() {
    BigBlueButtonApi api = api("S3cr3t", Checksum.SHA256);
    Map<String, String> params = new LinkedHashMap<>();
    params.put("fullName", "Renée O'Brien");
    params.put("meetingID", "team-sync");
    params.put("role", "VIEWER");
    params.put("createTime", "1715261728124");
    params.put("redirect", "true");
    URI url = api.url("join", params);
    String query =
        "fullName=Ren%C3%A9e%20O%27Brien&meetingID=team-sync&role=VIEWER&createTime=1715261728124"
            + "&redirect=true";
    // printf '%s' 'join<query>S3cr3t' | sha256sum
    assertThat(url.toString())
        .isEqualTo(
            "https://bbb.example.org/bigbluebutton/api/join?"
                + query
                + "&checksum=4e9c56aa55a147a722f971fce04d95ab118fef387da8a68199440d9fbb75f086");
    assertThat(url.toString()).doesNotContain("S3cr3t");
    assertThat(url.getQuery()).contains("fullName=Renée O'Brien");
  }

  @Test
  void responsesAreReadFromBigBlueButtonsXml() {
    BigBlueButtonApi.Response created =
        BigBlueButtonApi.parse(
            """
            <?xml version="1.0"?>
            <response>
              <returncode>SUCCESS</returncode>
              <meetingID>Test</meetingID>
              <internalMeetingID>640ab2bae07bedc4c163f679a746f7ab7fb5d1fa-1531155809613</internalMeetingID>
              <parentMeetingID>bbb-none</parentMeetingID>
              <attendeePW>ap</attendeePW>
              <moderatorPW>mp</moderatorPW>
              <createTime>1531155809613</createTime>
              <voiceBridge>70757</voiceBridge>
              <createDate>Mon Jul 09 17:03:29 UTC 2018</createDate>
              <hasUserJoined>false</hasUserJoined>
              <messageKey>duplicateWarning</messageKey>
              <message>This conference was already in existence and may currently be in progress.</message>
            </response>
            """);
    assertThat(created).isNotNull();
    assertThat(created.success()).isTrue();
    assertThat(created.messageKey()).isEqualTo("duplicateWarning");
    assertThat(created.fields())
        .containsEntry("meetingID", "Test")
        .containsEntry("createTime", "1531155809613")
        .doesNotContainKeys("returncode", "messageKey", "message");

    BigBlueButtonApi.Response failed =
        BigBlueButtonApi.parse(
            "<response><returncode>FAILED</returncode><messageKey>checksumError</messageKey>"
                + "<message>You did not pass the checksum security check</message></response>");
    assertThat(failed.success()).isFalse();
    assertThat(failed.problem())
        .isEqualTo("checksumError: You did not pass the checksum security check");
  }

  @Test
  void anythingButItsXmlResponseIsNoResponse() {
    assertThat(BigBlueButtonApi.parse("<html><body>502 Bad Gateway</body></html>")).isNull();
    assertThat(BigBlueButtonApi.parse("Service Unavailable")).isNull();
    assertThat(BigBlueButtonApi.parse("<response><running>true</running></response>")).isNull();
    assertThat(
            BigBlueButtonApi.parse(
                "<!DOCTYPE response [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                    + "<response><returncode>SUCCESS</returncode><m>&x;</m></response>"))
        .isNull();
  }

  @Test
  void passwordsAreStablePerMeetingAndRoleAndSecret() {
    BigBlueButtonApi api = api("S3cr3t", Checksum.SHA256);
    String moderator = api.password("moderator", "m1");
    assertThat(moderator).matches("[0-9a-f]{32}").isEqualTo(api.password("moderator", "m1"));
    assertThat(api.password("attendee", "m1")).isNotEqualTo(moderator);
    assertThat(api.password("moderator", "m2")).isNotEqualTo(moderator);
    assertThat(api("other", Checksum.SHA256).password("moderator", "m1")).isNotEqualTo(moderator);
  }

  private static BigBlueButtonApi api(String secret, Checksum checksum) {
    return new BigBlueButtonApi(
        "https://bbb.example.org/bigbluebutton/api",
        secret,
        checksum,
        new ApiCalls(HttpClient.newHttpClient(), Duration.ofSeconds(1), "BigBlueButton"));
  }
}
