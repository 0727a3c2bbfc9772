/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.parley.client.meeting.IncomingInvite;
import dev.parley.client.meeting.InviteAnswer;
import dev.parley.client.meeting.MeetingLink;
import dev.parley.client.meeting.Meetings;
import dev.parley.client.meeting.OutgoingInvite;
import dev.parley.client.smack.ParleySmack;
import dev.parley.client.testing.TestConfigs;
import dev.parley.client.testing.TestMeetingService;
import dev.parley.protocol.meeting.Meeting;
import dev.parley.protocol.stanza.Message;
import dev.parley.protocol.stanza.StanzaError;
import dev.parley.server.Parley;
import dev.parley.testkit.Prosody;
import dev.parley.testkit.ProsodyExtension;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jivesoftware.smack.tcp.XMPPTCPConnection;
import org.jivesoftware.smackx.muc.MultiUserChatManager;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.jxmpp.jid.EntityBareJid;
import org.jxmpp.jid.impl.JidCreate;
import org.jxmpp.jid.parts.Resourcepart;

/**
 * {@code parley meet} and {@code parley invites}, run from the packaged jar as real processes
 * against the setup {@code ./parley dev} makes: a Prosody on loopback without TLS, and Parley as
 * its component — here in-process, carrying the {@link TestMeetingService} test double of the
 * meeting service — with real Smack users on the other end.
 */
class ClientCommandsIT {
  private static final Path JAR = Path.of("target", "parley.jar");
  private static final Instant RETRY = Instant.parse("2030-01-02T03:04:05Z");

  @RegisterExtension
  static final ProsodyExtension PROSODY =
      ProsodyExtension.host("localhost")
          .component("parley.localhost")
          .muc("conference.localhost")
          .accounts("alice", "bob")
          .build();

  @TempDir static Path data;
  @TempDir Path dir;
  private static Parley parley;

  @BeforeAll
  static void start() throws Exception {
    ParleySmack.install();
    TestMeetingService service =
        TestMeetingService.builder()
            .links("jitsi", "https://meet.example", "https://meet.example")
            .quota("full", RETRY)
            .refuse("private", StanzaError.of(StanzaError.Condition.FORBIDDEN, "Staff only"))
            .takenId("taken")
            .build();
    parley =
        Parley.start(
            TestConfigs.forProsody(PROSODY.get(), "parley.localhost", data, Map.of()),
            List.of(service));
    parley.firstConnections().get(20, TimeUnit.SECONDS);
  }

  @AfterAll
  static void stop() {
    if (parley != null) {
      parley.close();
    }
  }

  private record Result(int exit, String out) {}

  private Process start(Path output, List<String> args, Map<String, String> env)
      throws IOException {
    List<String> command =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar",
                JAR.toString()));
    command.addAll(args);
    ProcessBuilder pb =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile());
    pb.environment().keySet().removeIf(k -> k.startsWith("PARLEY_"));
    pb.environment().putAll(env);
    return pb.start();
  }

  private Result run(String... args) throws Exception {
    return run(Map.of(), args);
  }

  private Result run(Map<String, String> env, String... args) throws Exception {
    Path output = dir.resolve("out-" + System.nanoTime() + ".txt");
    Process p = start(output, List.of(args), env);
    p.getOutputStream().close();
    assertThat(p.waitFor(90, TimeUnit.SECONDS)).as("parley %s finished", List.of(args)).isTrue();
    return new Result(p.exitValue(), Files.readString(output));
  }

  /** The options to log in as {@code user} on the test Prosody, as {@code ./parley dev} prints. */
  private static List<String> login(String user) {
    return List.of(
        "--jid",
        PROSODY.get().jid(user),
        "--password",
        PROSODY.get().password(user),
        "--host",
        "127.0.0.1",
        "--port",
        String.valueOf(PROSODY.get().c2sPort()),
        "--insecure");
  }

  private Result meet(String user, String... more) throws Exception {
    List<String> args = new ArrayList<>(List.of("meet"));
    args.addAll(login(user));
    args.addAll(List.of(more));
    return run(args.toArray(String[]::new));
  }

  /** A Smack user with a meetings session collecting what it receives. */
  private static final class User implements AutoCloseable {
    final XMPPTCPConnection connection;
    final Meetings meetings;
    final BlockingQueue<IncomingInvite> invites = new LinkedBlockingQueue<>();
    final BlockingQueue<InviteAnswer> answers = new LinkedBlockingQueue<>();

    User(String name, String resource) {
      connection = PROSODY.get().login(name, resource);
      meetings = Meetings.of(connection);
      meetings.onInvite(invites::add);
      meetings.onAnswer(answers::add);
    }

    IncomingInvite nextInvite() throws InterruptedException {
      IncomingInvite i = invites.poll(30, TimeUnit.SECONDS);
      assertThat(i).as("an invite").isNotNull();
      return i;
    }

    @Override
    public void close() {
      meetings.close();
      connection.disconnect();
    }
  }

  @Test
  void helpDescribesTheClientCommands() throws Exception {
    assertThat(run("--help").out()).contains("meet").contains("invites");
    Result meet = run("meet", "--help");
    assertThat(meet.exit()).isZero();
    assertThat(meet.out())
        .contains("--jid", "--password", "PARLEY_PASSWORD", "--type", "--id", "--desc")
        .contains("--invite", "--service", "--host", "--port", "--insecure", "--timeout")
        .contains("Exit codes", "14 quota");
    Result invites = run("invites", "--help");
    assertThat(invites.exit()).isZero();
    assertThat(invites.out()).contains("a <n>", "r <n>", "--room", "--types");
  }

  @Test
  void meetPrintsTheLinksAndInvitesAContactAndARoom() throws Exception {
    try (User bob = new User("bob", "meet")) {
      EntityBareJid team = JidCreate.entityBareFrom("team@conference.localhost");
      MultiUserChatManager.getInstanceFor(bob.connection)
          .getMultiUserChat(team)
          .create(Resourcepart.from("bob"))
          .makeInstant();

      Result r =
          meet(
              "alice",
              "--type",
              "jitsi",
              "--id",
              "Weekly",
              "--desc",
              "Weekly sync",
              "--invite",
              "bob@localhost",
              "team@conference.localhost");

      assertThat(r.exit()).as(r.out()).isZero();
      assertThat(r.out())
          .contains("Meeting (jitsi) from parley.localhost: Weekly sync")
          .contains("open first:   https://meet.example/Weekly?role=moderator")
          .contains("invite link:  https://meet.example/Weekly")
          .contains("invited room team@conference.localhost (invite id ");
      Matcher id =
          Pattern.compile("invited bob@localhost \\(invite id ([^)]+)\\)").matcher(r.out());
      assertThat(id.find()).as(r.out()).isTrue();

      List<IncomingInvite> got = List.of(bob.nextInvite(), bob.nextInvite());
      IncomingInvite direct =
          got.stream().filter(i -> i.type() == Message.Type.CHAT).findFirst().orElseThrow();
      assertThat(direct.id()).isEqualTo(id.group(1));
      assertThat(direct.from().asBareJid().toString()).isEqualTo("alice@localhost");
      assertThat(direct.uri()).isEqualTo("https://meet.example/Weekly");
      assertThat(direct.meeting()).isEqualTo(Meeting.of("jitsi", "Weekly sync"));
      IncomingInvite inRoom =
          got.stream().filter(i -> i.type() == Message.Type.GROUPCHAT).findFirst().orElseThrow();
      assertThat(inRoom.from().toString()).isEqualTo("team@conference.localhost/alice");
      assertThat(r.out())
          .contains("invited room team@conference.localhost (invite id " + inRoom.id() + ")");
    }
  }

  @Test
  void eachRefusalHasItsMessageAndExitCode() throws Exception {
    Result type = meet("alice", "--type", "galene");
    assertThat(type.exit()).isEqualTo(ExitCodes.NO_MEETING_SERVICE);
    assertThat(type.out())
        .contains("no meeting service of localhost offers 'galene'")
        .contains("parley.localhost [full, jitsi, private]");

    Result unsupported = meet("alice", "--type", "galene", "--service", "parley.localhost");
    assertThat(unsupported.exit()).isEqualTo(ExitCodes.MEETING_TYPE_UNSUPPORTED);
    assertThat(unsupported.out())
        .contains("parley.localhost does not offer 'galene' meetings (service-unavailable)");

    Result taken = meet("alice", "--type", "jitsi", "--id", "taken");
    assertThat(taken.exit()).isEqualTo(ExitCodes.MEETING_ID_REFUSED);
    assertThat(taken.out())
        .contains("refused the meeting id 'taken' (not-acceptable): the meeting id taken is taken");

    Result quota = meet("alice", "--type", "full");
    assertThat(quota.exit()).isEqualTo(ExitCodes.MEETING_QUOTA);
    assertThat(quota.out())
        .contains("quota reached (resource-constraint): You have created too many meetings")
        .contains("try again after 2030-01-02T03:04:05Z");

    Result forbidden = meet("alice", "--type", "private");
    assertThat(forbidden.exit()).isEqualTo(ExitCodes.MEETING_FORBIDDEN);
    assertThat(forbidden.out())
        .contains("does not let alice@localhost create meetings (forbidden): Staff only");
  }

  @Test
  void loginFailuresAndUnreachableServers() throws Exception {
    List<String> wrong = new ArrayList<>(login("alice"));
    wrong.set(3, "not-the-password");
    List<String> args = new ArrayList<>(List.of("meet", "--type", "jitsi"));
    args.addAll(wrong);
    Result refused = run(args.toArray(String[]::new));
    assertThat(refused.exit()).isEqualTo(ExitCodes.LOGIN_FAILED);
    assertThat(refused.out())
        .contains("the server refused the login of alice@localhost (not-authorized)");

    // Without --insecure TLS is required, and the dev Prosody offers none. The password comes
    // from the environment here.
    Result plaintext =
        run(
            Map.of("PARLEY_PASSWORD", PROSODY.get().password("alice")),
            "meet",
            "--type",
            "jitsi",
            "--jid",
            "alice@localhost",
            "--host",
            "127.0.0.1",
            "--port",
            String.valueOf(PROSODY.get().c2sPort()));
    assertThat(plaintext.exit()).isEqualTo(ExitCodes.LOGIN_FAILED);
    assertThat(plaintext.out()).contains("offers no TLS").contains("--insecure");

    int closed;
    try (var s = new java.net.ServerSocket(0)) {
      closed = s.getLocalPort();
    }
    Result unreachable =
        run(
            "invites",
            "--jid",
            "alice@localhost",
            "--password",
            "x",
            "--host",
            "127.0.0.1",
            "--port",
            String.valueOf(closed),
            "--insecure",
            "--timeout",
            "3");
    assertThat(unreachable.exit()).isEqualTo(ExitCodes.UNREACHABLE);
    assertThat(unreachable.out()).contains("cannot reach 127.0.0.1:" + closed);

    Result noPassword = run("meet", "--type", "jitsi", "--jid", "alice@localhost");
    assertThat(noPassword.exit()).isEqualTo(ExitCodes.USAGE);
    assertThat(noPassword.out()).contains("give --password or set PARLEY_PASSWORD");
  }

  @Test
  void aServerWithoutMeetingServiceSaysSo() throws Exception {
    try (Prosody bare = Prosody.start("localhost", List.of(), List.of("carol"))) {
      Result r =
          run(
              "meet",
              "--type",
              "jitsi",
              "--jid",
              "carol@localhost",
              "--password",
              bare.password("carol"),
              "--host",
              "127.0.0.1",
              "--port",
              String.valueOf(bare.c2sPort()),
              "--insecure");
      assertThat(r.exit()).isEqualTo(ExitCodes.NO_MEETING_SERVICE);
      assertThat(r.out()).contains("localhost has no meeting service");
    }
  }

  @Test
  void invitesShowsInvitesAnswersThemAndShowsAnswersToOwnInvites() throws Exception {
    Path output = dir.resolve("invites.txt");
    List<String> args = new ArrayList<>(List.of("invites"));
    args.addAll(login("bob"));
    Process p = start(output, args, Map.of());
    try (User alice = new User("alice", "sdk");
        User bobElsewhere = new User("bob", "sdk")) {
      await()
          .atMost(Duration.ofSeconds(60))
          .until(() -> Files.readString(output).contains("Waiting for invites to bob@localhost"));

      MeetingLink link =
          alice
              .meetings
              .request(JidCreate.from("parley.localhost"), "jitsi", "Design", "Design review")
              .get(10, TimeUnit.SECONDS);
      OutgoingInvite sent =
          alice
              .meetings
              .invite(link, JidCreate.entityBareFrom("bob@localhost"))
              .get(10, TimeUnit.SECONDS);
      await()
          .atMost(Duration.ofSeconds(30))
          .until(
              () ->
                  Files.readString(output)
                      .contains(
                          "[1] alice@localhost/sdk invites you to a jitsi meeting \"Design review\":"
                              + " https://meet.example/Design"));
      bobElsewhere.nextInvite(); // the same invite reaches bob's other client too

      OutputStream stdin = p.getOutputStream();
      stdin.write("a 1\n".getBytes(StandardCharsets.UTF_8));
      stdin.flush();
      InviteAnswer accepted = alice.answers.poll(30, TimeUnit.SECONDS);
      assertThat(accepted).isNotNull();
      assertThat(accepted.kind()).isEqualTo(InviteAnswer.Kind.ACCEPTED);
      assertThat(accepted.invitation()).isSameAs(sent);
      assertThat(accepted.from().toString()).startsWith("bob@localhost/parley-invites-");
      await()
          .atMost(Duration.ofSeconds(30))
          .until(
              () ->
                  Files.readString(output)
                      .contains("[1] accepted; open https://meet.example/Design"));

      sent.retract().get(10, TimeUnit.SECONDS);
      await()
          .atMost(Duration.ofSeconds(30))
          .until(() -> Files.readString(output).contains("[1] withdrawn by alice@localhost/sdk"));

      // An invite bob sent from his other client: alice's answer reaches every client of bob's.
      OutgoingInvite own =
          bobElsewhere
              .meetings
              .invite(link, JidCreate.entityBareFrom("alice@localhost"))
              .get(10, TimeUnit.SECONDS);
      alice.nextInvite().reject().get(10, TimeUnit.SECONDS);
      await()
          .atMost(Duration.ofSeconds(30))
          .until(
              () ->
                  Files.readString(output)
                      .contains("alice@localhost/sdk rejected your invite " + own.id()));

      stdin.write("q\n".getBytes(StandardCharsets.UTF_8));
      stdin.flush();
      assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
      assertThat(p.exitValue()).as(Files.readString(output)).isZero();
    } finally {
      p.destroyForcibly();
    }
  }
}
