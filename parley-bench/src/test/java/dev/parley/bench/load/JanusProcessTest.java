/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.bench.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The configuration JanusLoad starts Janus with disables every module but AudioBridge and HTTP. */
class JanusProcessTest {
  @TempDir Path lib;
  @TempDir Path conf;

  @Test
  void everyOtherModuleOfTheInstallationIsDisabledByName() throws IOException {
    module("plugins", "libjanus_audiobridge.so", "libjanus_sip.so", "libjanus_sip.so.1");
    module("plugins", "libjanus_videoroom.so");
    module("transports", "libjanus_http.so", "libjanus_websockets.so");
    module("loggers", "libjanus_jsonlog.so");
    module("events", "libjanus_sampleevh.so");

    String config = JanusProcess.coreConfig(conf, lib, 3);

    assertThat(config)
        .contains("plugins: {\n  disable = \"libjanus_sip.so,libjanus_videoroom.so\"")
        .contains("transports: {\n  disable = \"libjanus_websockets.so\"")
        .contains("loggers: {\n  disable = \"libjanus_jsonlog.so\"")
        .contains("broadcast = false\n  disable = \"libjanus_sampleevh.so\"")
        .contains("plugins_folder = \"" + lib.resolve("plugins") + "\"")
        .contains("configs_folder = \"" + conf + "\"")
        .contains("ice_enforce_list = \"lo\"")
        .doesNotContain("stun_server")
        .doesNotContain("turn_server");
  }

  private void module(String kind, String... files) throws IOException {
    Path dir = Files.createDirectories(lib.resolve(kind));
    for (String f : files) {
      Files.createFile(dir.resolve(f));
    }
  }
}
