/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.protocol.version;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.protocol.disco.DiscoInfo;
import dev.parley.protocol.stanza.Iq;
import dev.parley.protocol.testing.Fixtures;
import dev.parley.protocol.testing.RoundTrip;
import dev.parley.protocol.testing.XmlArbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** XEP-0092 v1.1 examples. */
class Xep0092Test {
  @Test
  void queryAndReply() {
    Iq get = Fixtures.roundTrip("xep-0092/example-01.xml", Iq.class);
    assertThat(get.type()).isEqualTo(Iq.Type.GET);
    assertThat(get.payload()).isSameAs(SoftwareVersion.REQUEST);
    assertThat(SoftwareVersion.REQUEST.isRequest()).isTrue();

    Iq result = Fixtures.roundTrip("xep-0092/example-02.xml", Iq.class);
    SoftwareVersion v = (SoftwareVersion) result.payload();
    assertThat(v).isEqualTo(SoftwareVersion.of("Exodus", "0.7.0.4", "Windows-XP 5.01.2600"));
    assertThat(v.isRequest()).isFalse();
  }

  @Test
  void discovery() {
    assertThat(Fixtures.roundTrip("xep-0092/example-03-corrected.xml", Iq.class).payload())
        .isEqualTo(DiscoInfo.request());
    DiscoInfo info =
        (DiscoInfo) Fixtures.roundTrip("xep-0092/example-04-corrected.xml", Iq.class).payload();
    assertThat(info.hasFeature(SoftwareVersion.NAMESPACE)).isTrue();
  }

  @Test
  void withoutOperatingSystemAndWithExtras() {
    SoftwareVersion v =
        (SoftwareVersion)
            Fixtures.roundTripSnippet(
                "<query xmlns='jabber:iq:version'><name>Parley</name><version>1.0</version>"
                    + "<version>again</version></query>",
                "no os, repeated version");
    assertThat(v.os()).isNull();
    assertThat(v.version()).isEqualTo("1.0");
    assertThat(v.ext().elements()).hasSize(1);
  }

  @Property(tries = 200)
  void roundTrips(@ForAll("versions") SoftwareVersion v) {
    RoundTrip.assertIdentity(v);
  }

  @Provide
  Arbitrary<SoftwareVersion> versions() {
    return Combinators.combine(
            XmlArbitraries.text().injectNull(0.2),
            XmlArbitraries.text().injectNull(0.2),
            XmlArbitraries.text().injectNull(0.5),
            XmlArbitraries.extensions())
        .as(SoftwareVersion::new);
  }
}
