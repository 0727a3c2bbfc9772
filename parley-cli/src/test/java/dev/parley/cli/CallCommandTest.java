/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.media.codec.OpusEngine;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code parley call}'s options, parsed without connecting anywhere. */
class CallCommandTest {
  @Test
  void parsesTheCommandLine() {
    CallCommand c = new CallCommand();
    new CommandLine(c)
        .parseArgs(
            "--jid",
            "alice@localhost",
            "--password",
            "secret",
            "--play",
            "in.wav",
            "--record",
            "out.wav",
            "--tone",
            "440",
            "--duration",
            "90s",
            "--direct",
            "room@parley.localhost");
    assertThat(c.target).isEqualTo("room@parley.localhost");
    assertThat(c.client.jid).isEqualTo("alice@localhost");
    assertThat(c.audio.play).isEqualTo(Path.of("in.wav"));
    assertThat(c.audio.record).isEqualTo(Path.of("out.wav"));
    assertThat(c.audio.tone).isEqualTo(440.0);
    assertThat(c.duration).isEqualTo("90s");
    assertThat(c.direct).isTrue();
    assertThat(c.media.mediaPorts).isEqualTo("40000-49999");
    assertThat(c.media.opusEngine).isEqualTo(OpusEngine.AUTO);
  }

  @Test
  void theOpusEngineIsOneOfThree() {
    CallCommand c = new CallCommand();
    new CommandLine(c)
        .parseArgs(
            "--jid", "alice@localhost", "--opus-engine", "concentus", "room@parley.localhost");
    assertThat(c.media.opusEngine).isEqualTo(OpusEngine.CONCENTUS);
    assertThatThrownBy(
            () ->
                new CommandLine(new CallCommand())
                    .parseArgs(
                        "--jid",
                        "alice@localhost",
                        "--opus-engine",
                        "ffmpeg",
                        "room@parley.localhost"))
        .isInstanceOf(CommandLine.ParameterException.class)
        .hasMessageContaining("auto, libopus, concentus");
  }

  @Test
  void theTargetIsRequired() {
    assertThatThrownBy(
            () -> new CommandLine(new CallCommand()).parseArgs("--jid", "alice@localhost"))
        .isInstanceOf(CommandLine.MissingParameterException.class)
        .hasMessageContaining("JID");
  }

  @Test
  void durations() throws Exception {
    assertThat(CallCommand.parseDuration("90s")).isEqualTo(Duration.ofSeconds(90));
    assertThat(CallCommand.parseDuration("5m")).isEqualTo(Duration.ofMinutes(5));
    assertThat(CallCommand.parseDuration("1h")).isEqualTo(Duration.ofHours(1));
    assertThat(CallCommand.parseDuration("250ms")).isEqualTo(Duration.ofMillis(250));
    assertThat(CallCommand.parseDuration("PT1M30S")).isEqualTo(Duration.ofSeconds(90));
    assertThat(CallCommand.parseDuration("12")).isEqualTo(Duration.ofSeconds(12));
    assertThatThrownBy(() -> CallCommand.parseDuration("soon"))
        .isInstanceOf(ClientFailure.class)
        .hasMessageContaining("is not a duration");
    assertThatThrownBy(() -> CallCommand.parseDuration("0s"))
        .isInstanceOf(ClientFailure.class)
        .hasMessageContaining("must be positive");
  }

  @Test
  void portRanges() throws Exception {
    assertThat(CallMediaOptions.parsePorts("41000-41999")).containsExactly(41000, 41999);
    for (String bad : new String[] {"80-90", "5000", "6000-5000", "a-b", "5000-70000"}) {
      assertThatThrownBy(() -> CallMediaOptions.parsePorts(bad))
          .as(bad)
          .isInstanceOf(ClientFailure.class)
          .extracting(f -> ((ClientFailure) f).exitCode())
          .isEqualTo(ExitCodes.USAGE);
    }
  }
}
