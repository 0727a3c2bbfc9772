/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.cli;

import dev.parley.client.meeting.IncomingInvite;
import dev.parley.client.meeting.InviteAnswer;
import dev.parley.client.meeting.Meetings;
import dev.parley.client.meeting.OutgoingInvite;
import dev.parley.protocol.meeting.Meeting;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.jivesoftware.smack.SmackException;
import org.jivesoftware.smack.XMPPException;
import org.jivesoftware.smack.tcp.XMPPTCPConnection;
import org.jivesoftware.smackx.muc.MultiUserChatManager;
import org.jxmpp.jid.EntityBareJid;
import org.jxmpp.jid.impl.JidCreate;
import org.jxmpp.jid.parts.Resourcepart;
import org.jxmpp.stringprep.XmppStringprepException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code parley invites}: shows the XEP-0482 invites the account receives, numbered, and the
 * answers to its own invites, as they arrive; reads commands from standard input to answer them.
 */
@Command(
    name = "invites",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Show incoming call invites (XEP-0482, with XEP-0483 meeting links) live, and the answers to"
          + " your own invites, and answer them.",
      "",
      "Commands on standard input, one per line:",
      "  a <n>   accept invite n (prints the link to open)",
      "  r <n>   reject invite n",
      "  l <n>   tell invite n's participants that you left",
      "  q       quit (so does the end of the input)",
      "",
      "The account advertises urn:xmpp:http:online-meetings:invite:0 and the --types while it runs.",
      "Exit codes: 0 done; 2 invalid options; 5 server unreachable; 10 login refused or no TLS.",
    })
final class InvitesCommand implements Callable<Integer> {
  @Mixin ClientOptions client;

  @Option(
      names = "--room",
      paramLabel = "JID",
      arity = "1..*",
      description = "rooms to join (with the account's name as nickname) to see their invites")
  List<String> rooms = new ArrayList<>();

  @Option(
      names = "--types",
      paramLabel = "TYPE",
      split = ",",
      defaultValue = "jitsi,galene,bigbluebutton",
      description = "the meeting types to advertise as supported (default: ${DEFAULT-VALUE})")
  List<String> types;

  /** For tests: the command stream and the output. */
  InputStream in = System.in;

  PrintStream out = System.out;

  PrintStream err = System.err;

  private final Map<Integer, IncomingInvite> numbered = new ConcurrentHashMap<>();
  private final Map<IncomingInvite, Integer> numbers = new ConcurrentHashMap<>();
  private final AtomicInteger counter = new AtomicInteger();

  @Override
  public Integer call() throws InterruptedException, IOException {
    XMPPTCPConnection connection = null;
    try {
      List<EntityBareJid> roomJids = new ArrayList<>();
      for (String r : rooms) {
        try {
          roomJids.add(JidCreate.entityBareFrom(r));
        } catch (XmppStringprepException e) {
          throw new ClientFailure(ExitCodes.USAGE, "--room " + r + " is not a room JID");
        }
      }
      connection = client.login("parley-invites");
      try (Meetings meetings =
          Meetings.builder(connection).types(types.toArray(String[]::new)).build()) {
        meetings.onInvite(this::invited);
        meetings.onAnswer(this::answered);
        for (EntityBareJid room : roomJids) {
          join(connection, room);
        }
        out.println(
            "Waiting for invites to "
                + connection.getUser().asBareJid()
                + ". Commands: a <n> accept, r <n> reject, l <n> left, q quit.");
        out.flush();
        readCommands();
      }
      return ExitCodes.OK;
    } catch (ClientFailure f) {
      err.println("parley invites: " + f.getMessage());
      return f.exitCode();
    } finally {
      if (connection != null) {
        connection.disconnect();
      }
    }
  }

  private void join(XMPPTCPConnection connection, EntityBareJid room)
      throws ClientFailure, InterruptedException {
    try {
      MultiUserChatManager.getInstanceFor(connection)
          .getMultiUserChat(room)
          .join(Resourcepart.from(connection.getUser().getLocalpart().toString()));
      out.println("Joined " + room + ".");
    } catch (SmackException | XMPPException | XmppStringprepException e) {
      throw new ClientFailure(
          ExitCodes.USAGE, "cannot join the room " + room + ": " + ClientOptions.rootMessage(e));
    }
  }

  private void invited(IncomingInvite invite) {
    int n = counter.incrementAndGet();
    numbered.put(n, invite);
    numbers.put(invite, n);
    StringBuilder b = new StringBuilder();
    b.append('[').append(n).append("] ").append(invite.from()).append(" invites you");
    Meeting meeting = invite.meeting();
    if (meeting != null) {
      b.append(" to a ").append(meeting.type()).append(" meeting");
      if (meeting.desc() != null) {
        b.append(" \"").append(meeting.desc()).append('"');
      }
    } else {
      b.append(" to a call");
    }
    if (invite.uri() != null) {
      b.append(": ").append(invite.uri());
    } else if (invite.invite().jingle() != null) {
      b.append(" (Jingle; answer it in a Jingle client)");
    }
    if (invite.sentAt() != null) {
      b.append(" (sent ").append(invite.sentAt()).append(')');
    }
    if (!invite.canAnswer()) {
      b.append(" (it carries no id: it cannot be answered)");
    }
    out.println(b);
    out.flush();
  }

  private void answered(InviteAnswer answer) {
    String did = answer.kind().name().toLowerCase(Locale.ROOT);
    StringBuilder b = new StringBuilder();
    if (answer.invitation() instanceof IncomingInvite in) {
      Integer n = numbers.get(in);
      b.append('[').append(n).append("] ");
      b.append(
          answer.kind() == InviteAnswer.Kind.RETRACTED
              ? "withdrawn by " + answer.from()
              : answer.from() + " " + did);
    } else {
      b.append(answer.from())
          .append(' ')
          .append(did)
          .append(" your invite ")
          .append(answer.inviteId());
      if (answer.invitation() instanceof OutgoingInvite sent && sent.link().inviteUri() != null) {
        b.append(" to ").append(sent.link().inviteUri());
      }
    }
    out.println(b);
    out.flush();
  }

  private void readCommands() throws IOException, InterruptedException {
    BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    String line;
    while ((line = lines.readLine()) != null) {
      String[] words = line.trim().split("\\s+");
      if (words.length == 0 || words[0].isEmpty()) {
        continue;
      }
      String command = words[0].toLowerCase(Locale.ROOT);
      if (command.equals("q") || command.equals("quit")) {
        return;
      }
      IncomingInvite invite = words.length == 2 ? invite(words[1]) : null;
      if (invite == null || !List.of("a", "r", "l").contains(command)) {
        out.println(
            "Commands: a <n> accept, r <n> reject, l <n> left, q quit (n: an invite's number).");
        out.flush();
        continue;
      }
      answer(command, Integer.parseInt(words[1]), invite);
    }
  }

  private IncomingInvite invite(String number) {
    try {
      return numbered.get(Integer.parseInt(number));
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private void answer(String command, int n, IncomingInvite invite) throws InterruptedException {
    if (!invite.canAnswer()) {
      out.println("[" + n + "] carries no id and cannot be answered" + open(invite));
      out.flush();
      return;
    }
    CompletableFuture<Void> sent;
    String done;
    switch (command) {
      case "a" -> {
        sent = invite.accept();
        done = "accepted" + open(invite);
      }
      case "r" -> {
        sent = invite.reject();
        done = "rejected";
      }
      default -> {
        sent = invite.left();
        done = "left";
      }
    }
    try {
      sent.get(client.timeoutMillis(), TimeUnit.MILLISECONDS);
      out.println("[" + n + "] " + done);
    } catch (ExecutionException e) {
      out.println("[" + n + "] could not be answered: " + ClientOptions.rootMessage(e.getCause()));
    } catch (TimeoutException e) {
      out.println("[" + n + "] could not be answered in time");
    }
    out.flush();
  }

  private static String open(IncomingInvite invite) {
    return invite.uri() == null ? "" : "; open " + invite.uri();
  }
}
