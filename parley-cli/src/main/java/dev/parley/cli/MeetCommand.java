/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.cli;

import dev.parley.client.meeting.MeetingLink;
import dev.parley.client.meeting.MeetingRequestException;
import dev.parley.client.meeting.MeetingService;
import dev.parley.client.meeting.Meetings;
import dev.parley.client.meeting.OutgoingInvite;
import dev.parley.protocol.xml.ProtocolException;
import java.io.PrintStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import org.jivesoftware.smack.SmackException;
import org.jivesoftware.smack.XMPPException;
import org.jivesoftware.smack.tcp.XMPPTCPConnection;
import org.jivesoftware.smackx.disco.ServiceDiscoveryManager;
import org.jivesoftware.smackx.muc.MultiUserChatManager;
import org.jxmpp.jid.EntityBareJid;
import org.jxmpp.jid.Jid;
import org.jxmpp.jid.impl.JidCreate;
import org.jxmpp.jid.parts.Resourcepart;
import org.jxmpp.stringprep.XmppStringprepException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code parley meet}: asks the account's server for a meeting (XEP-0483), prints its links, and
 * invites contacts and rooms to it (XEP-0482). Exits once the invites are sent.
 */
@Command(
    name = "meet",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Create a meeting with your server's XEP-0483 meeting service, print its links, and invite"
          + " contacts and rooms (XEP-0482).",
      "",
      "The service is found in your server's service discovery (or named with --service). A room"
          + " given to --invite (a JID whose disco identity is conference/text) is joined with your"
          + " account's name as nickname; it must add XEP-0359 stanza ids (Prosody: mod_muc_mam).",
      "",
      "Exit codes: 0 done; 2 invalid options; 5 server unreachable; 10 login refused or no TLS;"
          + " 11 no meeting service (for the type); 12 type not offered (service-unavailable);"
          + " 13 meeting id refused (not-acceptable); 14 quota (resource-constraint, the retry time"
          + " is printed); 15 forbidden; 16 other failure of the request; 17 an invite failed.",
    })
final class MeetCommand implements java.util.concurrent.Callable<Integer> {
  @Mixin ClientOptions client;

  @Option(
      names = "--type",
      required = true,
      paramLabel = "TYPE",
      description = "the meeting type: jitsi, galene, bigbluebutton… (what the service offers)")
  String type;

  @Option(
      names = "--id",
      paramLabel = "ID",
      description =
          "a meeting id to ask for (the service may refuse it); default: the service picks")
  String id;

  @Option(
      names = "--desc",
      paramLabel = "TEXT",
      description = "a description of the meeting, shown to the invitees")
  String desc;

  @Option(
      names = "--invite",
      paramLabel = "JID",
      arity = "1..*",
      description = "contacts (bare JIDs) and rooms to invite; repeatable")
  List<String> invite = new ArrayList<>();

  @Option(
      names = "--service",
      paramLabel = "JID",
      description = "the meeting service to ask (default: the first one offering --type)")
  String service;

  /** For tests: where the links go. */
  PrintStream out = System.out;

  PrintStream err = System.err;

  @Override
  public Integer call() throws InterruptedException {
    XMPPTCPConnection connection = null;
    try {
      List<EntityBareJid> targets = targets();
      connection = client.login("parley-meet");
      try (Meetings meetings = Meetings.builder(connection).build()) {
        Jid chosen =
            service != null
                ? jid(service, "--service")
                : findService(meetings, connection.getXMPPServiceDomain());
        MeetingLink link = request(meetings, chosen);
        printLink(link);
        return inviteAll(connection, meetings, link, targets);
      }
    } catch (ClientFailure f) {
      err.println("parley meet: " + f.getMessage());
      return f.exitCode();
    } finally {
      if (connection != null) {
        connection.disconnect();
      }
    }
  }

  private List<EntityBareJid> targets() throws ClientFailure {
    List<EntityBareJid> targets = new ArrayList<>();
    for (String t : invite) {
      try {
        targets.add(JidCreate.entityBareFrom(t));
      } catch (XmppStringprepException e) {
        throw new ClientFailure(ExitCodes.USAGE, "--invite " + t + " is not a bare JID");
      }
    }
    return targets;
  }

  private Jid findService(Meetings meetings, Jid server)
      throws ClientFailure, InterruptedException {
    List<MeetingService> services = await(meetings.findServices(), ExitCodes.NO_MEETING_SERVICE);
    if (services.isEmpty()) {
      throw new ClientFailure(
          ExitCodes.NO_MEETING_SERVICE,
          server + " has no meeting service (nothing in its service discovery offers XEP-0483)");
    }
    for (MeetingService s : services) {
      if (s.offers(type)) {
        return s.jid();
      }
    }
    throw new ClientFailure(
        ExitCodes.NO_MEETING_SERVICE,
        "no meeting service of "
            + server
            + " offers '"
            + type
            + "'; offered: "
            + services.stream()
                .map(s -> s.jid() + " " + (s.types().isEmpty() ? "(no types listed)" : s.types()))
                .collect(Collectors.joining(", ")));
  }

  private MeetingLink request(Meetings meetings, Jid chosen)
      throws ClientFailure, InterruptedException {
    try {
      return meetings
          .request(chosen, type, id, desc)
          .get(client.timeoutMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      throw new ClientFailure(ExitCodes.MEETING_FAILED, chosen + " did not answer in time");
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof MeetingRequestException refused) {
        throw refusal(refused);
      }
      if (cause instanceof SmackException.NoResponseException) {
        throw new ClientFailure(ExitCodes.MEETING_FAILED, chosen + " did not answer in time");
      }
      if (cause instanceof ProtocolException invalid) {
        throw new ClientFailure(ExitCodes.MEETING_FAILED, invalid.getMessage());
      }
      throw new ClientFailure(
          ExitCodes.MEETING_FAILED,
          "the request to " + chosen + " failed: " + ClientOptions.rootMessage(cause));
    }
  }

  private ClientFailure refusal(MeetingRequestException e) {
    String text = e.text() == null ? "" : ": " + e.text();
    return switch (e.condition()) {
      case SERVICE_UNAVAILABLE ->
          new ClientFailure(
              ExitCodes.MEETING_TYPE_UNSUPPORTED,
              e.service() + " does not offer '" + type + "' meetings (service-unavailable)" + text);
      case NOT_ACCEPTABLE ->
          new ClientFailure(
              ExitCodes.MEETING_ID_REFUSED,
              e.service()
                  + " refused the meeting id"
                  + (id == null ? "" : " '" + id + "'")
                  + " (not-acceptable)"
                  + text);
      case RESOURCE_CONSTRAINT ->
          new ClientFailure(
              ExitCodes.MEETING_QUOTA,
              e.service()
                  + " refused: quota reached (resource-constraint)"
                  + text
                  + retry(e.retryAt()));
      case FORBIDDEN, NOT_AUTHORIZED ->
          new ClientFailure(
              ExitCodes.MEETING_FORBIDDEN,
              e.service()
                  + " does not let "
                  + client.jid
                  + " create meetings ("
                  + e.condition().xml()
                  + ")"
                  + text);
      default ->
          new ClientFailure(
              ExitCodes.MEETING_FAILED,
              e.service()
                  + " refused the meeting: "
                  + e.condition().xml()
                  + " ("
                  + e.type().xml()
                  + ")"
                  + text);
    };
  }

  private static String retry(Instant at) {
    return at == null ? "; no retry time given" : "; try again after " + at;
  }

  private void printLink(MeetingLink link) {
    StringBuilder b = new StringBuilder();
    b.append("Meeting (").append(link.type()).append(") from ").append(link.service());
    if (link.desc() != null) {
      b.append(": ").append(link.desc());
    }
    b.append('\n');
    if (link.initiateUrl() != null) {
      b.append("  open first:   ").append(link.initiateUrl()).append('\n');
    }
    if (link.inviteUri() != null) {
      b.append("  invite link:  ").append(link.inviteUri()).append('\n');
    }
    out.print(b);
    out.flush();
  }

  private int inviteAll(
      XMPPTCPConnection connection,
      Meetings meetings,
      MeetingLink link,
      List<EntityBareJid> targets)
      throws InterruptedException {
    int code = ExitCodes.OK;
    for (EntityBareJid target : targets) {
      try {
        boolean room = isRoom(connection, target);
        CompletableFuture<OutgoingInvite> sent;
        if (room) {
          MultiUserChatManager.getInstanceFor(connection)
              .getMultiUserChat(target)
              .join(Resourcepart.from(connection.getUser().getLocalpart().toString()));
          sent = meetings.inviteRoom(link, target);
        } else {
          sent = meetings.invite(link, target);
        }
        OutgoingInvite invite = sent.get(client.timeoutMillis(), TimeUnit.MILLISECONDS);
        out.println(
            "  invited " + (room ? "room " : "") + target + " (invite id " + invite.id() + ")");
      } catch (ExecutionException e) {
        err.println(
            "parley meet: cannot invite "
                + target
                + ": "
                + ClientOptions.rootMessage(e.getCause()));
        code = ExitCodes.INVITE_FAILED;
      } catch (TimeoutException e) {
        err.println("parley meet: cannot invite " + target + ": no confirmation in time");
        code = ExitCodes.INVITE_FAILED;
      } catch (SmackException | XMPPException | XmppStringprepException e) {
        err.println(
            "parley meet: cannot join the room " + target + ": " + ClientOptions.rootMessage(e));
        code = ExitCodes.INVITE_FAILED;
      }
    }
    return code;
  }

  /** Whether the JID is a room (XEP-0045 § 6.4: identity conference/text). */
  private static boolean isRoom(XMPPTCPConnection connection, EntityBareJid target)
      throws InterruptedException {
    try {
      return ServiceDiscoveryManager.getInstanceFor(connection)
          .discoverInfo(target)
          .hasIdentity("conference", "text");
    } catch (XMPPException.XMPPErrorException | SmackException e) {
      return false; // contacts answer disco only to their contacts, or not at all
    }
  }

  private <T> T await(CompletableFuture<T> future, int exitCode)
      throws ClientFailure, InterruptedException {
    try {
      return future.get(client.timeoutMillis(), TimeUnit.MILLISECONDS);
    } catch (ExecutionException e) {
      throw new ClientFailure(exitCode, ClientOptions.rootMessage(e.getCause()));
    } catch (TimeoutException e) {
      throw new ClientFailure(exitCode, "no answer in time");
    }
  }

  private static Jid jid(String value, String option) throws ClientFailure {
    try {
      return JidCreate.from(value);
    } catch (XmppStringprepException e) {
      throw new ClientFailure(ExitCodes.USAGE, option + " " + value + " is not a JID");
    }
  }
}
