/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.protocol.commands;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.protocol.ParleyCodecs;
import dev.parley.protocol.commands.Command.Action;
import dev.parley.protocol.commands.Command.Status;
import dev.parley.protocol.dataform.DataForm;
import dev.parley.protocol.dataform.FieldType;
import dev.parley.protocol.dataform.FormType;
import dev.parley.protocol.disco.DiscoInfo;
import dev.parley.protocol.disco.DiscoItems;
import dev.parley.protocol.disco.Identity;
import dev.parley.protocol.disco.Item;
import dev.parley.protocol.oob.OobData;
import dev.parley.protocol.stanza.Iq;
import dev.parley.protocol.stanza.Message;
import dev.parley.protocol.stanza.StanzaError;
import dev.parley.protocol.testing.Fixtures;
import dev.parley.protocol.testing.RoundTrip;
import dev.parley.protocol.xml.Extensions;
import dev.parley.protocol.xml.ProtocolException;
import dev.parley.protocol.xml.Xml;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** XEP-0050 v1.3.0 examples. */
class Xep0050Test {
  private static Command command(String path) {
    return (Command) Fixtures.roundTrip(path, Iq.class).payload();
  }

  @Test
  void discovery() {
    assertThat(Fixtures.roundTrip("xep-0050/example-01.xml", Iq.class).payload())
        .isEqualTo(DiscoInfo.request());
    DiscoInfo info =
        (DiscoInfo) Fixtures.roundTrip("xep-0050/example-02-corrected.xml", Iq.class).payload();
    assertThat(info.hasFeature(Command.NAMESPACE)).isTrue();

    DiscoItems request =
        (DiscoItems) Fixtures.roundTrip("xep-0050/example-03.xml", Iq.class).payload();
    assertThat(request).isEqualTo(DiscoItems.request(Command.NODE));
    DiscoItems list =
        (DiscoItems) Fixtures.roundTrip("xep-0050/example-04.xml", Iq.class).payload();
    assertThat(list.node()).isEqualTo(Command.NODE);
    assertThat(list.items())
        .extracting(Item::node)
        .containsExactly("list", "config", "reset", "start", "stop", "restart");
    assertThat(list.items().get(1).name()).isEqualTo("Configure Service");

    assertThat(Fixtures.roundTrip("xep-0050/example-05.xml", Iq.class).payload())
        .isEqualTo(DiscoInfo.request("config"));
    DiscoInfo config =
        (DiscoInfo) Fixtures.roundTrip("xep-0050/example-06.xml", Iq.class).payload();
    assertThat(config.identities())
        .containsExactly(
            Identity.of(
                Command.IDENTITY_CATEGORY, Command.IDENTITY_COMMAND_NODE, "Configure Service"));
    assertThat(config.featureVars()).containsExactly(Command.NAMESPACE, DataForm.NAMESPACE);

    Message announce = Fixtures.roundTrip("xep-0050/example-07.xml", Message.class);
    assertThat(announce.subject()).isEqualTo("Service Controls");
    assertThat(((DiscoItems) announce.payloads().get(0)).items()).hasSize(6);
  }

  @Test
  void simpleExecution() {
    Command request = command("xep-0050/example-08.xml");
    assertThat(request).isEqualTo(Command.execute("list"));

    Command result = command("xep-0050/example-09.xml");
    assertThat(result.sessionId()).isEqualTo("list:20020923T213616Z-700");
    assertThat(result.status()).isEqualTo(Status.COMPLETED);
    assertThat(result.isFinished()).isTrue();
    assertThat(result.actions()).isNull();
    DataForm table = result.form();
    assertThat(table.type()).isEqualTo(FormType.RESULT);
    assertThat(table.reported().fields()).hasSize(5);
    assertThat(table.items())
        .extracting(i -> i.value("service"))
        .containsExactly("httpd", "postgresql", "jabberd");
  }

  @Test
  void multipleStages() {
    assertThat(command("xep-0050/example-10.xml")).isEqualTo(Command.execute("config"));

    Command stage1 = command("xep-0050/example-11.xml");
    assertThat(stage1.status()).isEqualTo(Status.EXECUTING);
    assertThat(stage1.actions()).isEqualTo(Actions.of(Action.NEXT, Action.NEXT));
    assertThat(stage1.actions().allows(Action.EXECUTE)).isTrue();
    assertThat(stage1.actions().allows(Action.PREV)).isFalse();
    assertThat(stage1.actions().allows(Action.CANCEL)).isTrue();
    assertThat(stage1.form().instructions().get(0).strip())
        .isEqualTo("Please select the service to configure.");
    assertThat(stage1.form().field("service").type()).isEqualTo(FieldType.LIST_SINGLE);

    Command submit1 = command("xep-0050/example-12.xml");
    assertThat(submit1.action()).isNull();
    assertThat(submit1.effectiveAction()).isEqualTo(Action.EXECUTE);
    assertThat(submit1.form().type()).isEqualTo(FormType.SUBMIT);
    assertThat(submit1.form().value("service")).isEqualTo("httpd");

    Command stage2 = command("xep-0050/example-13.xml");
    assertThat(stage2.actions().execute()).isEqualTo(Action.COMPLETE);
    assertThat(stage2.actions().prev()).isTrue();
    assertThat(stage2.actions().next()).isFalse();
    assertThat(stage2.actions().complete()).isTrue();
    assertThat(stage2.actions().isConsistent()).isTrue();
    assertThat(stage2.form().field("runlevel").values()).containsExactly("3", "5");
    assertThat(stage2.form().field("state").options().get(1).label()).isEqualTo("Inactive");

    Command submit2 = command("xep-0050/example-14.xml");
    assertThat(submit2.form().value("state")).isEqualTo("on");

    Command done = command("xep-0050/example-15.xml");
    assertThat(done.status()).isEqualTo(Status.COMPLETED);
    assertThat(done.notes()).containsExactly(Note.info("Service 'httpd' has been configured."));
    assertThat(done.hasErrorNote()).isFalse();
    assertThat(done.payloads()).isEmpty();

    Command back = command("xep-0050/example-16.xml");
    assertThat(back.action()).isEqualTo(Action.PREV);
    Command stage1Again = command("xep-0050/example-17.xml");
    assertThat(stage1Again.form().value("service")).isEqualTo("httpd");
  }

  @Test
  void canceling() {
    Command cancel = command("xep-0050/example-18.xml");
    assertThat(cancel.action()).isEqualTo(Action.CANCEL);
    Command canceled = command("xep-0050/example-19.xml");
    assertThat(canceled.status()).isEqualTo(Status.CANCELED);
    assertThat(canceled.isFinished()).isTrue();
  }

  @Test
  void localisation() {
    Iq request = Fixtures.roundTrip("xep-0050/example-20.xml", Iq.class);
    assertThat(request.lang()).isEqualTo("en-us");
    assertThat(request.payload()).isEqualTo(Command.execute("list"));
    Iq result = Fixtures.roundTrip("xep-0050/example-21.xml", Iq.class);
    assertThat(((Command) result.payload()).form().reported().field("runlevel-3").label())
        .isEqualTo("Full Mult-User mode");
    assertThat(Fixtures.roundTrip("xep-0050/example-22.xml", Iq.class).lang()).isEqualTo("fr-ca");

    Iq failed = Fixtures.roundTrip("xep-0050/example-23.xml", Iq.class);
    Command echoed = (Command) failed.payload();
    assertThat(echoed.lang()).isEqualTo("fr-ca");
    assertThat(echoed.action()).isEqualTo(Action.EXECUTE);
    StanzaError error = failed.error();
    assertThat(error.condition()).isEqualTo(StanzaError.Condition.BAD_REQUEST);
    assertThat(error.type()).isEqualTo(StanzaError.Type.MODIFY);
    assertThat(error.applicationCondition())
        .isEqualTo(CommandError.of(CommandError.Condition.BAD_LOCALE));

    Iq uri = Fixtures.roundTrip("xep-0050/example-25.xml", Iq.class);
    assertThat(uri.payload())
        .isEqualTo(
            new Command(
                "stats", null, null, null, null, null, List.of(), List.of(), Extensions.NONE));
  }

  @Test
  void errorConditions() {
    StanzaError expired = CommandError.of(CommandError.Condition.SESSION_EXPIRED).toStanzaError();
    assertThat(expired.condition()).isEqualTo(StanzaError.Condition.NOT_ALLOWED);
    assertThat(expired.type()).isEqualTo(StanzaError.Type.CANCEL);
    assertThat(expired.find(CommandError.class))
        .contains(CommandError.of(CommandError.Condition.SESSION_EXPIRED));
    for (CommandError.Condition c : CommandError.Condition.values()) {
      RoundTrip.assertIdentity(CommandError.of(c));
      assertThat(Xml.toXml(CommandError.of(c), ParleyCodecs.registry())).contains("<" + c.xml());
    }
    StanzaError badAction = CommandError.of(CommandError.Condition.BAD_ACTION).toStanzaError();
    assertThat(badAction.condition()).isEqualTo(StanzaError.Condition.BAD_REQUEST);
    assertThat(badAction.type()).isEqualTo(StanzaError.Type.MODIFY);
  }

  @Test
  void payloadOrderIsKept() {
    String xml =
        "<command xmlns='http://jabber.org/protocol/commands' node='n' status='completed'>"
            + "<x xmlns='jabber:x:oob'><url>https://example.com/a</url></x>"
            + "<x xmlns='jabber:x:data' type='result'/></command>";
    Command c = (Command) Fixtures.roundTripSnippet(xml, "oob before form");
    assertThat(c.payloads().get(0)).isInstanceOf(OobData.class);
    assertThat(c.form()).isSameAs(c.payloads().get(1));
  }

  @Test
  void invalidCommands() {
    for (String xml :
        List.of(
            "<command xmlns='http://jabber.org/protocol/commands'/>",
            "<command xmlns='http://jabber.org/protocol/commands' node='n' action='run'/>",
            "<command xmlns='http://jabber.org/protocol/commands' node='n' sessionid=''/>",
            "<command xmlns='http://jabber.org/protocol/commands' node='n'>"
                + "<actions execute='cancel'/></command>")) {
      assertThatThrownBy(() -> Xml.parse(xml, ParleyCodecs.registry()))
          .as(xml)
          .isInstanceOf(ProtocolException.class);
    }
    Actions inconsistent = Actions.of(null, Action.COMPLETE);
    assertThat(inconsistent.effectiveExecute()).isEqualTo(Action.NEXT);
    assertThat(inconsistent.isConsistent()).isFalse();
    assertThat(inconsistent.allows(Action.EXECUTE)).isFalse();
  }

  @Property(tries = 200)
  void commandsRoundTrip(@ForAll("commands") Command command) {
    RoundTrip.assertIdentity(command);
  }

  @Property(tries = 100)
  void errorsRoundTrip(@ForAll("errors") CommandError error) {
    RoundTrip.assertIdentity(error);
  }

  @Provide
  Arbitrary<Command> commands() {
    return CommandArbitraries.command();
  }

  @Provide
  Arbitrary<CommandError> errors() {
    return CommandArbitraries.error();
  }
}
