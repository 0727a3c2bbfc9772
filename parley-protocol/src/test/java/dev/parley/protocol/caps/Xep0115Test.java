/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.protocol.caps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.protocol.caps.Caps.Verification;
import dev.parley.protocol.dataform.DataForm;
import dev.parley.protocol.dataform.Field;
import dev.parley.protocol.dataform.FieldType;
import dev.parley.protocol.dataform.FormType;
import dev.parley.protocol.disco.DiscoInfo;
import dev.parley.protocol.disco.Feature;
import dev.parley.protocol.disco.Identity;
import dev.parley.protocol.stanza.Iq;
import dev.parley.protocol.stanza.Presence;
import dev.parley.protocol.stream.StreamFeatures;
import dev.parley.protocol.testing.Fixtures;
import dev.parley.protocol.testing.RoundTrip;
import dev.parley.protocol.xml.Extensions;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** XEP-0115 v1.6.0: the {@code <c/>} examples, the § 5 test vectors and the § 5.4 checks. */
class Xep0115Test {
  private static final String SIMPLE_S =
      "client/pc//Exodus 0.9.1<http://jabber.org/protocol/caps<http://jabber.org/protocol/disco#info<"
          + "http://jabber.org/protocol/disco#items<http://jabber.org/protocol/muc<";
  private static final String COMPLEX_S =
      "client/pc/el/Ψ 0.11<client/pc/en/Psi 0.11<http://jabber.org/protocol/caps<"
          + "http://jabber.org/protocol/disco#info<http://jabber.org/protocol/disco#items<"
          + "http://jabber.org/protocol/muc<urn:xmpp:dataforms:softwareinfo<"
          + "ip_version<ipv4<ipv6<os<Mac<os_version<10.5.1<software<Psi<software_version<0.11<";

  private static DiscoInfo info(String path) {
    return (DiscoInfo) Fixtures.roundTrip(path, Iq.class).payload();
  }

  private static Caps caps(String path) {
    return (Caps) Fixtures.roundTrip(path, Presence.class).payloads().get(0);
  }

  @Test
  void presenceWithCaps() {
    Caps c = caps("xep-0115/example-01.xml");
    assertThat(c.hash()).isEqualTo("sha-1");
    assertThat(c.node()).isEqualTo("http://code.google.com/p/exodus");
    assertThat(c.ver()).isEqualTo("QgayPKawpkPSDYmwT/WM94uAlu0=");
    assertThat(c.legacyExt()).isNull();
    assertThat(c.isLegacy()).isFalse();
    assertThat(c.discoNode())
        .isEqualTo("http://code.google.com/p/exodus#QgayPKawpkPSDYmwT/WM94uAlu0=");

    assertThat(caps("xep-0115/example-02.xml").ver()).isEqualTo("66/0NaeaBKkwk85efJTGmU47vXI=");

    StreamFeatures features =
        Fixtures.roundTrip("xep-0115/example-05-corrected.xml", StreamFeatures.class);
    assertThat(features.features())
        .containsExactly(
            new Caps(
                "sha-1",
                "http://jabberd.org",
                "ItBTI0XLDFvVxZ72NQElAzKS9sU=",
                null,
                Extensions.NONE));
  }

  @Test
  void simpleTestVector() {
    DiscoInfo exodus = info("xep-0115/section-1.2-disco-result.xml");
    assertThat(Caps.verificationString(exodus)).isEqualTo(SIMPLE_S);
    assertThat(Caps.ver(exodus)).isEqualTo("QgayPKawpkPSDYmwT/WM94uAlu0=");
    Caps advertised = caps("xep-0115/example-01.xml");
    assertThat(exodus.node()).isEqualTo(advertised.discoNode());
    assertThat(advertised.verify(exodus)).isEqualTo(Verification.VALID);
    assertThat(Caps.of(advertised.node(), exodus)).isEqualTo(advertised);
  }

  @Test
  void complexTestVector() {
    DiscoInfo psi = info("xep-0115/section-5.3-complex.xml");
    assertThat(Caps.verificationString(psi)).isEqualTo(COMPLEX_S);
    assertThat(Caps.ver(psi)).isEqualTo("q07IKJEyjvHSyhy//CH0CxmKi8w=");
    assertThat(Caps.verify(psi, "q07IKJEyjvHSyhy//CH0CxmKi8w=")).isEqualTo(Verification.VALID);
    assertThat(psi.form("urn:xmpp:dataforms:softwareinfo").value("os")).isEqualTo("Mac");
  }

  @Test
  void discoExamples() {
    Iq request = Fixtures.roundTrip("xep-0115/example-03.xml", Iq.class);
    assertThat(request.payload())
        .isEqualTo(DiscoInfo.request(caps("xep-0115/example-01.xml").discoNode()));

    // Example 4 answers for QgayPK… but shows neither the name nor the caps feature that the ver
    // was computed over: a verifier must reject it.
    DiscoInfo response = info("xep-0115/example-04.xml");
    assertThat(response.identities()).containsExactly(Identity.of("client", "pc"));
    assertThat(Caps.verify(response, "QgayPKawpkPSDYmwT/WM94uAlu0="))
        .isEqualTo(Verification.MISMATCH);

    assertThat(Fixtures.roundTrip("xep-0115/example-06.xml", Iq.class).payload())
        .isEqualTo(DiscoInfo.request());
    assertThat(info("xep-0115/example-07-corrected.xml").hasFeature(Caps.NAMESPACE)).isTrue();
    assertThat(Fixtures.roundTrip("xep-0115/example-08.xml", Iq.class).to().toString())
        .isEqualTo("capulet.lit");
    assertThat(info("xep-0115/example-09-corrected.xml").hasFeature(Caps.OPTIMIZE_FEATURE))
        .isTrue();
  }

  @Test
  void legacyAndOtherHashes() {
    Caps legacy =
        (Caps)
            Fixtures.roundTripSnippet(
                "<c xmlns='http://jabber.org/protocol/caps' node='http://psi-im.org/caps'"
                    + " ver='0.9.1' ext='cs ep-notify'/>",
                "legacy caps");
    assertThat(legacy.isLegacy()).isTrue();
    assertThat(legacy.legacyExt()).isEqualTo("cs ep-notify");
    DiscoInfo exodus = info("xep-0115/section-1.2-disco-result.xml");
    assertThat(legacy.verify(exodus)).isEqualTo(Verification.LEGACY);

    assertThat(Caps.verify(exodus, "md5", "anything")).isEqualTo(Verification.UNSUPPORTED_HASH);
    assertThat(Caps.supportsHash("SHA-256")).isTrue();
    String sha256 = Caps.ver(exodus, "sha-256");
    assertThat(sha256).hasSize(44).endsWith("=");
    assertThat(Caps.verify(exodus, "sha-256", sha256)).isEqualTo(Verification.VALID);
    assertThatThrownBy(() -> Caps.ver(exodus, "md5")).isInstanceOf(IllegalArgumentException.class);
  }

  private static DiscoInfo psiWith(
      List<Identity> identities, List<String> features, List<DataForm> forms) {
    List<Feature> fs = new ArrayList<>();
    for (String f : features) {
      fs.add(Feature.of(f));
    }
    return new DiscoInfo(null, identities, fs, forms, Extensions.NONE);
  }

  @Test
  void illFormedResponses() {
    Identity pc = Identity.of("client", "pc", "Psi");
    List<String> features = List.of(DiscoInfo.NAMESPACE);
    DataForm info = DataForm.result("urn:xmpp:dataforms:softwareinfo", List.of());

    DiscoInfo twoIdentities = psiWith(List.of(pc, pc), features, List.of());
    assertThat(Caps.verify(twoIdentities, "x")).isEqualTo(Verification.DUPLICATE_IDENTITY);
    assertThat(Verification.DUPLICATE_IDENTITY.isIllFormed()).isTrue();
    assertThatThrownBy(() -> Caps.ver(twoIdentities))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("DUPLICATE_IDENTITY");
    // An absent name and an empty one write the same S.
    DiscoInfo emptyName =
        psiWith(
            List.of(Identity.of("client", "pc"), Identity.of("client", "pc", "")),
            features,
            List.of());
    assertThat(Caps.verify(emptyName, "x")).isEqualTo(Verification.DUPLICATE_IDENTITY);
    // Same category, type and language but another name: not a duplicate for XEP-0115.
    DiscoInfo renamed =
        psiWith(List.of(pc, Identity.of("client", "pc", "Psi+")), features, List.of());
    assertThat(Caps.verify(renamed, Caps.ver(renamed))).isEqualTo(Verification.VALID);

    DiscoInfo twoFeatures =
        psiWith(List.of(pc), List.of(DiscoInfo.NAMESPACE, DiscoInfo.NAMESPACE), List.of());
    assertThat(Caps.verify(twoFeatures, "x")).isEqualTo(Verification.DUPLICATE_FEATURE);

    DiscoInfo twoForms = psiWith(List.of(pc), features, List.of(info, info));
    assertThat(Caps.verify(twoForms, "x")).isEqualTo(Verification.DUPLICATE_FORM_TYPE);

    DataForm ambiguous =
        DataForm.of(
            FormType.RESULT,
            List.of(Field.of(DataForm.FORM_TYPE, FieldType.HIDDEN, "urn:a", "urn:b")));
    assertThat(Caps.verify(psiWith(List.of(pc), features, List.of(ambiguous)), "x"))
        .isEqualTo(Verification.AMBIGUOUS_FORM_TYPE);
    DataForm repeated =
        DataForm.of(
            FormType.RESULT,
            List.of(Field.of(DataForm.FORM_TYPE, FieldType.HIDDEN, "urn:a", "urn:a")));
    DiscoInfo withRepeated = psiWith(List.of(pc), features, List.of(repeated));
    assertThat(Caps.verificationString(withRepeated)).endsWith(DiscoInfo.NAMESPACE + "<urn:a<");
  }

  @Test
  void formsWithoutHiddenFormTypeAreIgnored() {
    DiscoInfo psi = info("xep-0115/section-5.3-complex.xml");
    DataForm notHidden =
        DataForm.of(
            FormType.RESULT,
            List.of(
                Field.of(DataForm.FORM_TYPE, null, "urn:example:visible"), Field.text("a", "b")));
    DataForm noFormType = DataForm.of(FormType.RESULT, List.of(Field.text("c", "d")));
    List<DataForm> forms = new ArrayList<>(psi.forms());
    forms.add(notHidden);
    forms.add(noFormType);
    DiscoInfo extended = psi.withForms(forms);
    assertThat(Caps.verificationString(extended)).isEqualTo(COMPLEX_S);
    assertThat(Caps.verify(extended, "q07IKJEyjvHSyhy//CH0CxmKi8w=")).isEqualTo(Verification.VALID);
  }

  @Test
  void sortingIsByCodePointsAndByTuple() {
    // U+FF01 sorts before U+1F600 in UTF-8 (i;octet), after it in UTF-16 (String.compareTo).
    DiscoInfo astral =
        psiWith(List.of(Identity.of("client", "pc")), List.of("\uD83D\uDE00", "\uFF01"), List.of());
    assertThat(Caps.verificationString(astral)).isEqualTo("client/pc//<\uFF01<\uD83D\uDE00<");
    assertThat("\uD83D\uDE00".compareTo("\uFF01")).isNegative();

    // Identities sort by (category, type, lang): "a" before "a-b", although "a-b/" < "a/".
    DiscoInfo prefixed =
        psiWith(List.of(Identity.of("a-b", "x"), Identity.of("a", "x")), List.of(), List.of());
    assertThat(Caps.verificationString(prefixed)).isEqualTo("a/x//<a-b/x//<");

    // '<' inside values is not escaped.
    DataForm form =
        DataForm.result("urn:example:f", List.of(Field.of("v", FieldType.TEXT_MULTI, "x<y")));
    assertThat(Caps.verificationString(psiWith(List.of(), List.of(), List.of(form))))
        .isEqualTo("urn:example:f<v<x<y<");
  }

  @Test
  void octetComparison() {
    assertThat(VerificationString.compareOctets("a", "b")).isNegative();
    assertThat(VerificationString.compareOctets("ab", "a")).isPositive();
    assertThat(VerificationString.compareOctets("\uE000", "\uD800\uDC00")).isNegative();
    assertThat(VerificationString.compareOctets("\uD7FF", "\uD800\uDC00")).isNegative();
    assertThat(VerificationString.compareOctets("\uFFFD", "\uDBFF\uDFFF")).isNegative();
    assertThat(VerificationString.compareOctets("é", "é")).isZero();
  }

  @Property(tries = 200)
  void verIgnoresDocumentOrder(@ForAll("wellFormed") DiscoInfo info, @ForAll long seed) {
    Random random = new Random(seed);
    List<Identity> identities = new ArrayList<>(info.identities());
    Collections.shuffle(identities, random);
    List<Feature> features = new ArrayList<>(info.features());
    Collections.shuffle(features, random);
    List<DataForm> forms = new ArrayList<>();
    for (DataForm f : info.forms()) {
      List<Field> fields = new ArrayList<>();
      for (Field field : f.fields()) {
        List<String> values = new ArrayList<>(field.values());
        Collections.shuffle(values, random);
        fields.add(field.withValues(values));
      }
      Collections.shuffle(fields, random);
      forms.add(f.withFields(fields));
    }
    Collections.shuffle(forms, random);
    DiscoInfo shuffled = new DiscoInfo(info.node(), identities, features, forms, info.ext());

    assertThat(Caps.verificationString(shuffled)).isEqualTo(Caps.verificationString(info));
    assertThat(Caps.ver(shuffled)).isEqualTo(Caps.ver(info));
  }

  @Property(tries = 200)
  void generatedVerVerifies(@ForAll("wellFormed") DiscoInfo info) {
    String ver = Caps.ver(info);
    assertThat(Caps.verify(info, ver)).isEqualTo(Verification.VALID);
    DiscoInfo more = psiWith(info.identities(), List.of("urn:example:one-more"), info.forms());
    if (!info.hasFeature("urn:example:one-more") || info.features().size() != 1) {
      assertThat(Caps.verify(more, ver)).isEqualTo(Verification.MISMATCH);
    }
    RoundTrip.assertIdentity(info);
  }

  @Property(tries = 200)
  void capsRoundTrip(@ForAll("capsElements") Caps caps) {
    RoundTrip.assertIdentity(caps);
  }

  @Provide
  Arbitrary<DiscoInfo> wellFormed() {
    return CapsArbitraries.wellFormedInfo();
  }

  @Provide
  Arbitrary<Caps> capsElements() {
    return CapsArbitraries.caps();
  }
}
