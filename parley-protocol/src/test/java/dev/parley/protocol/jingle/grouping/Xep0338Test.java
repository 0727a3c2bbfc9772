/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.protocol.jingle.grouping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.protocol.jingle.testing.Snippets;
import dev.parley.protocol.stanza.Iq;
import dev.parley.protocol.testing.Fixtures;
import dev.parley.protocol.testing.RoundTrip;
import dev.parley.protocol.xml.Attribute;
import dev.parley.protocol.xml.Extensions;
import dev.parley.protocol.xml.ProtocolException;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * XEP-0338 v1.0.0: its only examples are disco exchanges, so the fixtures are its code blocks;
 * deployed shapes; properties.
 */
class Xep0338Test {
  private static Group group(String path) {
    return Snippets.one(path, Group.NAMESPACE, "group", Group.class);
  }

  @Test
  void lipSync() {
    String path = "xep-0338/code-group-ls.xml";
    Group g = Fixtures.roundTrip(path, Group.class);
    assertThat(g).isEqualTo(new Group(Group.LS, List.of("voice", "webcam"), Extensions.NONE));
  }

  @Test
  void bundleInSessionInitiate() {
    String path = "xep-0338/code-session-initiate-corrected.xml";
    Fixtures.roundTrip(path, Iq.class);
    Group g = group(path);
    assertThat(g).isEqualTo(Group.bundle(List.of("voice", "webcam")));
    assertThat(g.contains("webcam")).isTrue();
    assertThat(g.contains("screen")).isFalse();
  }

  @Test
  void deployedClientsBundleByMid() {
    assertThat(group("interop/conversations-session-initiate.xml"))
        .isEqualTo(Group.bundle(List.of("0")));
    assertThat(group("interop/jitsi-jicofo-session-initiate.xml"))
        .isEqualTo(Group.bundle(List.of("audio", "video")));
  }

  @Test
  void aDuplicateTypeAttributeIsKept() {
    String xml =
        "<group xmlns='urn:xmpp:jingle:apps:grouping:0' type='BUNDLE' semantics='BUNDLE'>"
            + "<content name='audio'/></group>";
    Group g = (Group) Fixtures.roundTripSnippet(xml, "group with type");
    assertThat(g.semantics()).isEqualTo(Group.BUNDLE);
    assertThat(g.ext().attributes()).containsExactly(Attribute.of("type", "BUNDLE"));
  }

  @Test
  void semanticsAndNamesAreRequired() {
    for (String broken :
        List.of(
            "<group xmlns='urn:xmpp:jingle:apps:grouping:0'><content name='a'/></group>",
            "<group xmlns='urn:xmpp:jingle:apps:grouping:0' semantics='BUNDLE'><content/></group>")) {
      assertThatThrownBy(() -> Snippets.parse(broken))
          .as(broken)
          .isInstanceOf(ProtocolException.class);
    }
  }

  @Property(tries = 200)
  void groupsRoundTrip(@ForAll("groups") Group g) {
    RoundTrip.assertIdentity(g);
  }

  @Provide
  Arbitrary<Group> groups() {
    return GroupingArbitraries.groups();
  }
}
