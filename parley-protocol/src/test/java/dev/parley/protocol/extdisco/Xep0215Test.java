/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.protocol.extdisco;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.protocol.ParleyCodecs;
import dev.parley.protocol.dataform.DataFormArbitraries;
import dev.parley.protocol.disco.DiscoInfo;
import dev.parley.protocol.stanza.Iq;
import dev.parley.protocol.testing.Fixtures;
import dev.parley.protocol.testing.RoundTrip;
import dev.parley.protocol.testing.XmlArbitraries;
import dev.parley.protocol.xml.ProtocolException;
import dev.parley.protocol.xml.Xml;
import java.time.Instant;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** XEP-0215 v1.0.0 examples. */
class Xep0215Test {
  private static Services services(String path) {
    return (Services) Fixtures.roundTrip(path, Iq.class).payload();
  }

  @Test
  void allServices() {
    assertThat(services("xep-0215/example-01.xml")).isEqualTo(Services.request(null));

    Services all = services("xep-0215/example-02.xml");
    assertThat(all.namespace()).isEqualTo(ExtdiscoNamespace.V2);
    assertThat(all.services()).hasSize(5);
    assertThat(all.services().get(0))
        .isEqualTo(Service.of("stun", "stun.shakespeare.lit", 9998, "udp"));
    Service relay = all.services().get(1);
    assertThat(relay)
        .isEqualTo(
            Service.withCredentials(
                "turn",
                "relay.shakespeare.lit",
                9999,
                "udp",
                "nb78932lkjlskjfdb7g8",
                "jj929jkj5sadjfj93v3n",
                null));
    assertThat(relay.effectiveAction()).isEqualTo(Service.Action.ADD);
    assertThat(all.ofType(Service.STUN))
        .extracting(Service::host)
        .containsExactly("stun.shakespeare.lit", "192.0.2.1");
    Service ftp = all.services().get(4);
    assertThat(ftp.name()).isEqualTo("Shakespearean File Server");
    assertThat(ftp.transport()).isEqualTo("tcp");
    assertThat(ftp.port()).isEqualTo(20);
  }

  @Test
  void selectedServicesAndPush() {
    assertThat(services("xep-0215/example-03.xml")).isEqualTo(Services.request(Service.TURN));
    Services turn = services("xep-0215/example-04.xml");
    assertThat(turn.type()).isEqualTo("turn");
    assertThat(turn.services())
        .extracting(Service::username)
        .containsExactly("nb78932lkjlskjfdb7g8", "auu98sjl2wk3e9fjdsl7");

    Iq push = Fixtures.roundTrip("xep-0215/example-05-corrected.xml", Iq.class);
    assertThat(push.type()).isEqualTo(Iq.Type.SET);
    List<Service> changes = ((Services) push.payload()).services();
    assertThat(changes)
        .extracting(Service::action)
        .containsExactly(Service.Action.ADD, Service.Action.ADD, Service.Action.DELETE);
    assertThat(changes.get(2).action().isDeletion()).isTrue();
    assertThat(changes.get(2).transport()).isNull();
    assertThat(changes.get(2).port()).isEqualTo(8889);
  }

  @Test
  void credentials() {
    Credentials request =
        (Credentials) Fixtures.roundTrip("xep-0215/example-06.xml", Iq.class).payload();
    assertThat(request).isEqualTo(Credentials.request("turn", "turn.shakespeare.lit"));
    Credentials result =
        (Credentials) Fixtures.roundTrip("xep-0215/example-07.xml", Iq.class).payload();
    Service s = result.services().get(0);
    assertThat(s.username()).isEqualTo("nb78932lkjlskjfdb7g8");
    assertThat(s.password()).isEqualTo("jj929jkj5sadjfj93v3n");
    assertThat(s.port()).isNull();
  }

  @Test
  void discovery() {
    assertThat(Fixtures.roundTrip("xep-0215/example-08.xml", Iq.class).payload())
        .isEqualTo(DiscoInfo.request());
    DiscoInfo info = (DiscoInfo) Fixtures.roundTrip("xep-0215/example-09.xml", Iq.class).payload();
    assertThat(info.featureVars()).containsExactly(ExtdiscoNamespace.V2.xml());
  }

  @Test
  void variantsAreKept() {
    // The v0.4 namespace, the prose's 'remove' action, an expiry and extended information.
    String xml =
        "<services xmlns='urn:xmpp:extdisco:1'><service action='remove' host='turn.example.com'"
            + " type='turn' expires='2026-01-01T00:00:00Z' restricted='1'>"
            + "<x xmlns='jabber:x:data' type='result'><field var='realm'><value>example.com</value>"
            + "</field></x></service></services>";
    Services v1 = (Services) Xml.parse(xml, ParleyCodecs.registry());
    assertThat(v1.namespace()).isEqualTo(ExtdiscoNamespace.V1);
    Service s = v1.services().get(0);
    assertThat(s.namespace()).isEqualTo(ExtdiscoNamespace.V1);
    assertThat(s.action()).isEqualTo(Service.Action.REMOVE);
    assertThat(s.action().isDeletion()).isTrue();
    assertThat(s.restricted()).isTrue();
    assertThat(s.expires()).isEqualTo(Instant.parse("2026-01-01T00:00:00Z"));
    assertThat(s.isExpired(Instant.parse("2025-12-31T23:59:59Z"))).isFalse();
    assertThat(s.isExpired(Instant.parse("2026-01-01T00:00:00Z"))).isTrue();
    assertThat(s.form().value("realm")).isEqualTo("example.com");
    String written = Xml.toXml(v1, ParleyCodecs.registry());
    assertThat(written).startsWith("<services xmlns='urn:xmpp:extdisco:1'>");
    assertThat(written).contains("action='remove'").contains("restricted='true'");
    assertThat(RoundTrip.assertIdentity(v1)).isEqualTo(v1);
  }

  @Test
  void invalidServices() {
    for (String xml :
        List.of(
            "<service xmlns='urn:xmpp:extdisco:2' type='stun'/>",
            "<service xmlns='urn:xmpp:extdisco:2' host='h'/>",
            "<service xmlns='urn:xmpp:extdisco:2' host='h' type='stun' port='70000'/>",
            "<service xmlns='urn:xmpp:extdisco:2' host='h' type='stun' action='replace'/>",
            "<service xmlns='urn:xmpp:extdisco:2' host='h' type='stun' expires='soon'/>")) {
      assertThatThrownBy(() -> Xml.parse(xml, ParleyCodecs.registry()))
          .as(xml)
          .isInstanceOf(ProtocolException.class);
    }
  }

  @Property(tries = 200)
  void servicesRoundTrip(@ForAll("serviceLists") Services s) {
    RoundTrip.assertIdentity(s);
  }

  @Property(tries = 100)
  void credentialsRoundTrip(@ForAll("credentialLists") Credentials c) {
    RoundTrip.assertIdentity(c);
  }

  @Provide
  Arbitrary<Services> serviceLists() {
    return Combinators.combine(
            Arbitraries.of(ExtdiscoNamespace.class),
            XmlArbitraries.token().injectNull(0.5),
            service().list().ofMaxSize(3),
            XmlArbitraries.extensions())
        .as(Services::new);
  }

  @Provide
  Arbitrary<Credentials> credentialLists() {
    return Combinators.combine(service().list().ofMaxSize(2), XmlArbitraries.extensions())
        .as(Credentials::new);
  }

  static Arbitrary<Service> service() {
    Arbitrary<Service> attributes =
        Combinators.combine(
                Arbitraries.of(ExtdiscoNamespace.class),
                Arbitraries.of(Service.Action.class).injectNull(0.5),
                Arbitraries.longs()
                    .between(0, 4_102_444_800L)
                    .map(Instant::ofEpochSecond)
                    .injectNull(0.5),
                XmlArbitraries.text(),
                XmlArbitraries.text().injectNull(0.5),
                XmlArbitraries.text().injectNull(0.5),
                Arbitraries.integers().between(0, 65535).injectNull(0.3),
                Arbitraries.of(true, false).injectNull(0.6))
            .as(
                (ns, action, expires, host, name, password, port, restricted) ->
                    new Service(
                        ns,
                        action,
                        expires,
                        host,
                        name,
                        password,
                        port,
                        restricted,
                        null,
                        "stun",
                        null,
                        null,
                        dev.parley.protocol.xml.Extensions.NONE));
    return Combinators.combine(
            attributes,
            XmlArbitraries.token().injectNull(0.3),
            XmlArbitraries.token(),
            XmlArbitraries.text().injectNull(0.5),
            DataFormArbitraries.dataForm().injectNull(0.8),
            XmlArbitraries.extensions())
        .as(
            (s, transport, type, username, form, ext) ->
                new Service(
                    s.namespace(),
                    s.action(),
                    s.expires(),
                    s.host(),
                    s.name(),
                    s.password(),
                    s.port(),
                    s.restricted(),
                    transport,
                    type,
                    username,
                    form,
                    ext));
  }
}
