/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.protocol.dataform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.protocol.ParleyCodecs;
import dev.parley.protocol.commands.Command;
import dev.parley.protocol.disco.DiscoInfo;
import dev.parley.protocol.stanza.Iq;
import dev.parley.protocol.testing.Fixtures;
import dev.parley.protocol.testing.RoundTrip;
import dev.parley.protocol.xml.Attribute;
import dev.parley.protocol.xml.Extensions;
import dev.parley.protocol.xml.ProtocolException;
import dev.parley.protocol.xml.Xml;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.jxmpp.jid.impl.JidCreate;

/** XEP-0004 v2.13.2 examples, and the typed helpers. */
class Xep0004Test {
  private static DataForm form(String path) {
    Iq iq = Fixtures.roundTrip(path, Iq.class);
    return ((Command) iq.payload()).form();
  }

  @Test
  void botCreationForm() {
    Iq request = Fixtures.roundTrip("xep-0004/example-01.xml", Iq.class);
    assertThat(request.lang()).isEqualTo("en");
    assertThat(request.payload()).isEqualTo(Command.execute("create"));

    DataForm f = form("xep-0004/example-02.xml");
    assertThat(f.type()).isEqualTo(FormType.FORM);
    assertThat(f.title()).isEqualTo("Bot Configuration");
    assertThat(f.instructions()).containsExactly("Fill out this form to configure your new bot!");
    assertThat(f.formType()).isEqualTo("jabber:bot");
    assertThat(f.fields()).hasSize(12);
    assertThat(f.fields().get(1).var()).isNull();
    assertThat(f.fields().get(1).type()).isEqualTo(FieldType.FIXED);
    assertThat(f.fields().get(1).value()).isEqualTo("Section 1: Bot Info");

    Field isPublic = f.field("public");
    assertThat(isPublic.type()).isEqualTo(FieldType.BOOLEAN);
    assertThat(isPublic.label()).isEqualTo("Public bot?");
    assertThat(isPublic.required()).isTrue();
    assertThat(isPublic.booleanValue()).isEmpty();

    Field features = f.field("features");
    assertThat(features.type()).isEqualTo(FieldType.LIST_MULTI);
    assertThat(features.values()).containsExactly("news", "search");
    assertThat(features.options()).hasSize(5);
    assertThat(features.options().get(0)).isEqualTo(Option.of("Contests", "contests"));

    Field maxsubs = f.field("maxsubs");
    assertThat(maxsubs.value()).isEqualTo("20");
    assertThat(maxsubs.options())
        .extracting(Option::value)
        .containsExactly("10", "20", "30", "50", "100", "none");

    Field invite = f.field("invitelist");
    assertThat(invite.type()).isEqualTo(FieldType.JID_MULTI);
    assertThat(invite.desc()).isEqualTo("Tell all your friends about your new bot!");
    assertThat(invite.values()).isEmpty();
    assertThat(invite.jidValues()).isEmpty();
    assertThat(f.field("password").type()).isEqualTo(FieldType.TEXT_PRIVATE);
    assertThat(f.field("description").type()).isEqualTo(FieldType.TEXT_MULTI);
    assertThat(f.field("botname").label()).isEqualTo("The name of your bot");
  }

  @Test
  void botCreationSubmissionAndResult() {
    DataForm submit = form("xep-0004/example-03.xml");
    assertThat(submit.type()).isEqualTo(FormType.SUBMIT);
    assertThat(submit.formType()).isEqualTo("jabber:bot");
    assertThat(submit.value("botname")).isEqualTo("The Jabber Google Bot");
    assertThat(submit.field("description").values())
        .hasSize(4)
        .contains("in your Jabber client. It' really cool!");
    assertThat(submit.field("public").booleanValue()).contains(false);
    assertThat(submit.field("invitelist").jidValues())
        .extracting(Object::toString)
        .containsExactly("juliet@capulet.com", "benvolio@montague.net");

    DataForm result = form("xep-0004/example-04.xml");
    assertThat(result.type()).isEqualTo(FormType.RESULT);
    assertThat(result.fields())
        .extracting(Field::var)
        .containsExactly(
            "FORM_TYPE", "botname", "public", "password", "features", "maxsubs", "invitelist");
    assertThat(result.value("maxsubs")).isEqualTo("50");
  }

  @Test
  void search() {
    Iq request = Fixtures.roundTrip("xep-0004/example-05.xml", Iq.class);
    assertThat(((Command) request.payload()).form()).isNull();

    DataForm searchForm = form("xep-0004/example-06.xml");
    assertThat(searchForm.title()).isEqualTo("Joogle Search");
    assertThat(searchForm.formType()).isNull();
    assertThat(searchForm.field("search_request").required()).isTrue();

    DataForm query = form("xep-0004/example-07.xml");
    assertThat(query.type()).isEqualTo(FormType.SUBMIT);
    assertThat(query.value("search_request")).isEqualTo("verona");

    DataForm results = form("xep-0004/example-08.xml");
    assertThat(results.title()).isEqualTo("Joogle Search: verona");
    assertThat(results.fields()).isEmpty();
    assertThat(results.reported().fields()).extracting(Field::var).containsExactly("name", "url");
    assertThat(results.items()).hasSize(5);
    assertThat(results.items().get(0).value("url")).isEqualTo("http://www.comune.verona.it/");
    assertThat(results.items().get(4).value("name")).isEqualTo("Veronafiere - fiera di Verona");
  }

  @Test
  void discoFeature() {
    Iq get = Fixtures.roundTrip("xep-0004/example-09.xml", Iq.class);
    assertThat(get.payload()).isEqualTo(DiscoInfo.request());
    Iq result = Fixtures.roundTrip("xep-0004/example-10-corrected.xml", Iq.class);
    assertThat(((DiscoInfo) result.payload()).hasFeature(DataForm.NAMESPACE)).isTrue();
  }

  @Test
  void booleanValuesFollowXsBoolean() {
    assertThat(Field.of("b", FieldType.BOOLEAN, "1").booleanValue()).contains(true);
    assertThat(Field.of("b", FieldType.BOOLEAN, " true ").booleanValue()).contains(true);
    assertThat(Field.of("b", FieldType.BOOLEAN, "0").booleanValue()).contains(false);
    assertThat(Field.of("b", FieldType.BOOLEAN, "false").booleanValue()).contains(false);
    assertThat(Field.bool("b", true).values()).containsExactly("true");
    assertThatThrownBy(() -> Field.of("b", FieldType.BOOLEAN, "yes").booleanValue())
        .isInstanceOf(ProtocolException.class)
        .hasMessageContaining("'b'");
  }

  @Test
  void jidValuesAreNormalisedAndDeduplicated() throws Exception {
    Field f =
        Field.of(
            "invitelist",
            FieldType.JID_MULTI,
            "Juliet@Capulet.com",
            "juliet@capulet.com",
            "",
            "romeo@montague.net/orchard");
    assertThat(f.jidValues())
        .extracting(Object::toString)
        .containsExactly("juliet@capulet.com", "romeo@montague.net/orchard");
    assertThat((Object) Field.jid("j", JidCreate.from("a@b.example")).jidValue())
        .isEqualTo(JidCreate.from("a@b.example"));
    assertThat((Object) Field.of("j", FieldType.JID_SINGLE).jidValue()).isNull();
    assertThatThrownBy(() -> Field.of("j", FieldType.JID_SINGLE, "@@").jidValue())
        .isInstanceOf(ProtocolException.class);
  }

  @Test
  void formTypeRulesOfXep0068() {
    Field untyped = Field.of(DataForm.FORM_TYPE, null, "urn:example:form");
    Field text = Field.of(DataForm.FORM_TYPE, FieldType.TEXT_SINGLE, "urn:example:form");
    // Submissions may leave the type out; forms and results must declare it hidden.
    assertThat(DataForm.of(FormType.SUBMIT, List.of(untyped)).formType())
        .isEqualTo("urn:example:form");
    assertThat(DataForm.of(FormType.RESULT, List.of(untyped)).formType()).isNull();
    assertThat(DataForm.of(FormType.FORM, List.of(text)).formType()).isNull();
    assertThat(DataForm.result("urn:example:form", List.of()).formType())
        .isEqualTo("urn:example:form");
  }

  @Test
  void unknownFieldTypeReadsAsTextSingleAndIsWrittenBack() {
    String xml =
        "<x xmlns='jabber:x:data' type='form'><field var='c' type='color'><value>red</value>"
            + "</field></x>";
    DataForm f = (DataForm) Fixtures.roundTripSnippet(xml, "unknown field type");
    Field c = f.field("c");
    assertThat(c.type()).isNull();
    assertThat(c.effectiveType()).isEqualTo(FieldType.TEXT_SINGLE);
    assertThat(c.ext().attributes()).containsExactly(Attribute.of("type", "color"));
    assertThatThrownBy(
            () ->
                new Field(
                    "c",
                    FieldType.TEXT_SINGLE,
                    null,
                    null,
                    false,
                    List.of(),
                    List.of(),
                    Extensions.of(List.of(Attribute.of("type", "color")), List.of())))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void lenientStructure() {
    // Older implementations put <item> before <reported>; a second <title> is kept, not lost.
    String xml =
        "<x xmlns='jabber:x:data' type='result'><item><field var='a'><value>1</value></field>"
            + "</item><reported><field var='a'/></reported><title>T</title><title>U</title>"
            + "<field var='o' type='list-single'><option label='no value'/></field></x>";
    DataForm f = (DataForm) Fixtures.roundTripSnippet(xml, "lenient form");
    assertThat(f.reported().field("a")).isNotNull();
    assertThat(f.items()).hasSize(1);
    assertThat(f.title()).isEqualTo("T");
    assertThat(f.ext().elements()).hasSize(1);
    assertThat(f.field("o").options().get(0).value()).isNull();
  }

  @Test
  void formTypeAttributeIsRequired() {
    assertThatThrownBy(() -> Xml.parse("<x xmlns='jabber:x:data'/>", ParleyCodecs.registry()))
        .isInstanceOf(ProtocolException.class);
    assertThatThrownBy(
            () -> Xml.parse("<x xmlns='jabber:x:data' type='error'/>", ParleyCodecs.registry()))
        .isInstanceOf(ProtocolException.class);
  }

  @Property(tries = 200)
  void dataFormsRoundTrip(@ForAll("forms") DataForm form) {
    RoundTrip.assertIdentity(form);
  }

  @Property(tries = 200)
  void fieldsRoundTrip(@ForAll("fields") Field field) {
    RoundTrip.assertIdentity(field);
  }

  @Provide
  Arbitrary<DataForm> forms() {
    return DataFormArbitraries.dataForm();
  }

  @Provide
  Arbitrary<Field> fields() {
    return DataFormArbitraries.field();
  }
}
