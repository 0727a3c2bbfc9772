/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.server.config;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigException;
import com.typesafe.config.ConfigFactory;
import com.typesafe.config.ConfigObject;
import com.typesafe.config.ConfigParseOptions;
import com.typesafe.config.ConfigValue;
import com.typesafe.config.ConfigValueFactory;
import com.typesafe.config.ConfigValueType;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.jxmpp.jid.BareJid;
import org.jxmpp.jid.DomainBareJid;

/**
 * Parley's validated configuration. {@link #load} reads a HOCON file over the defaults in {@code
 * reference.conf}, applies environment overrides, and checks every value, naming the key of the
 * first problem.
 *
 * <p>Environment variables: {@code PARLEY_} followed by the key after {@code parley.}, upper-cased,
 * with dots and dashes as underscores ({@code parley.xmpp.secret} → {@code PARLEY_XMPP_SECRET}).
 * List keys take comma-separated values ({@code PARLEY_ADMINS=a@example.org,b@example.org}); {@code
 * parley.xmpp.components} can only be set in the file.
 */
public record ParleyConfig(
    Path dataDir,
    Xmpp xmpp,
    Http http,
    Store store,
    RouterSettings router,
    List<BareJid> admins,
    Config source) {

  /** A component domain and its secret. */
  public record Component(DomainBareJid domain, String secret) {
    @Override
    public String toString() {
      return "Component[" + domain + "]"; // never print the secret
    }
  }

  /**
   * {@code parley.xmpp.*}. The first component is the primary one ({@code domain}/{@code secret}).
   */
  public record Xmpp(
      String host,
      int port,
      List<Component> components,
      Duration connectTimeout,
      Duration keepAlive,
      Duration pingInterval,
      Duration pingTimeout,
      int queueCapacity,
      Duration queueTimeout,
      Duration reconnectInitial,
      Duration reconnectMax,
      Duration startupTimeout,
      long maxStanzaSize) {
    public DomainBareJid domain() {
      return components.get(0).domain();
    }
  }

  /**
   * {@code parley.http.*}. {@code publicUrl} is the https address under which users reach these
   * endpoints (through a reverse proxy), used to build landing-page links; {@code null} when not
   * configured.
   */
  public record Http(String host, int port, @Nullable URI publicUrl) {}

  /** Everything but the raw source, which holds the secrets. */
  @Override
  public String toString() {
    return "ParleyConfig[dataDir="
        + dataDir
        + ", xmpp="
        + xmpp
        + ", http="
        + http
        + ", store="
        + store
        + ", router="
        + router
        + ", admins="
        + admins
        + "]";
  }

  /**
   * A reader for a feature's own section ({@code parley.meetings}…), naming keys in full in errors.
   */
  public ConfigReader section(String key) {
    return new ConfigReader(source, "").section(key);
  }

  /**
   * {@code parley.store.*}; {@code url} is resolved (the H2 default filled in).
   *
   * @param poolSize the most connections the pool opens
   * @param connectTimeout how long opening a connection, or waiting for a free one, may take
   * @param pruneInterval how often expired meetings, quota records and landing links are deleted
   */
  public record Store(
      String url,
      String user,
      String password,
      int poolSize,
      Duration connectTimeout,
      Duration pruneInterval) {
    private static final Pattern PASSWORD_PARAMETER = Pattern.compile("(?i)(password=)[^&;]*");

    /** The URL with any {@code password=} parameter masked, for messages and logs. */
    public String redactedUrl() {
      return PASSWORD_PARAMETER.matcher(url).replaceAll("$1***");
    }

    @Override
    public String toString() {
      return "Store[" + redactedUrl() + "]"; // never print the password
    }
  }

  /** {@code parley.router.*}; {@code threads} is resolved (0 becomes the core count). */
  public record RouterSettings(int threads, Duration deadline) {}

  /** Reads {@code file} (or only the defaults when {@code null}) with the process environment. */
  public static ParleyConfig load(Path file) throws InvalidConfigException {
    return load(file, System.getenv());
  }

  /**
   * Reads {@code file} (or only the defaults when {@code null}) with these environment variables.
   */
  public static ParleyConfig load(Path file, Map<String, String> env)
      throws InvalidConfigException {
    Config config;
    try {
      Config fromFile = ConfigFactory.empty();
      if (file != null) {
        if (!Files.isReadable(file)) {
          throw new InvalidConfigException("--config", "cannot read " + file.toAbsolutePath());
        }
        fromFile =
            ConfigFactory.parseFile(
                file.toFile(), ConfigParseOptions.defaults().setAllowMissing(false));
      }
      config =
          withEnvironment(fromFile, env).withFallback(ConfigFactory.defaultReference()).resolve();
    } catch (ConfigException.Parse e) {
      throw new InvalidConfigException(
          file == null ? "config" : file.toString(), "not valid HOCON: " + e.getMessage());
    }
    return fromConfig(config);
  }

  /** Validates an already assembled {@link Config} (reference defaults included). */
  public static ParleyConfig fromConfig(Config c) throws InvalidConfigException {
    ConfigReader r = new ConfigReader(c);
    Path dataDir = Path.of(r.string("parley.data-dir", true));
    List<Component> components = new ArrayList<>();
    components.add(
        new Component(r.domain("parley.xmpp.domain"), r.string("parley.xmpp.secret", true)));
    List<? extends ConfigObject> extra = r.objects("parley.xmpp.components");
    for (int i = 0; i < extra.size(); i++) {
      ConfigReader item =
          new ConfigReader(extra.get(i).toConfig(), "parley.xmpp.components[" + i + "].");
      Component component = new Component(item.domain("domain"), item.string("secret", true));
      if (components.stream().anyMatch(x -> x.domain().equals(component.domain()))) {
        throw new InvalidConfigException(
            "parley.xmpp.components[" + i + "].domain", component.domain() + " is listed twice");
      }
      components.add(component);
    }
    Xmpp xmpp =
        new Xmpp(
            r.string("parley.xmpp.host", true),
            r.port("parley.xmpp.port"),
            List.copyOf(components),
            r.positiveDuration("parley.xmpp.connect-timeout"),
            r.positiveDuration("parley.xmpp.keep-alive"),
            r.positiveDuration("parley.xmpp.ping-interval"),
            r.positiveDuration("parley.xmpp.ping-timeout"),
            r.intAtLeast("parley.xmpp.queue-capacity", 1),
            r.positiveDuration("parley.xmpp.queue-timeout"),
            r.positiveDuration("parley.xmpp.reconnect.initial"),
            r.positiveDuration("parley.xmpp.reconnect.max"),
            r.positiveDuration("parley.xmpp.startup-timeout"),
            r.bytes("parley.xmpp.max-stanza-size", 10_000));
    if (xmpp.reconnectMax().compareTo(xmpp.reconnectInitial()) < 0) {
      throw new InvalidConfigException(
          "parley.xmpp.reconnect.max", "must not be smaller than parley.xmpp.reconnect.initial");
    }
    Http http =
        new Http(
            r.string("parley.http.host", true),
            r.portOrZero("parley.http.port"),
            r.optionalString("parley.http.public-url") == null
                ? null
                : r.httpsUrl("parley.http.public-url", false));
    String url = r.string("parley.store.url", false);
    if (url.isEmpty()) {
      url =
          "jdbc:h2:file:"
              + dataDir.toAbsolutePath().resolve("parley")
              + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE";
    } else if (!url.startsWith("jdbc:")) {
      throw new InvalidConfigException(
          "parley.store.url",
          "must be a JDBC URL (jdbc:postgresql://…, jdbc:h2:…), not '" + url + "'");
    }
    Store store =
        new Store(
            url,
            r.string("parley.store.user", false),
            r.string("parley.store.password", false),
            r.intAtLeast("parley.store.pool-size", 1),
            r.positiveDuration("parley.store.connect-timeout"),
            r.positiveDuration("parley.store.prune-interval"));
    int threads = r.intAtLeast("parley.router.threads", 0);
    RouterSettings router =
        new RouterSettings(
            threads == 0 ? Runtime.getRuntime().availableProcessors() : threads,
            r.positiveDuration("parley.router.deadline"));
    List<BareJid> admins = new ArrayList<>();
    List<String> adminValues = r.strings("parley.admins");
    for (int i = 0; i < adminValues.size(); i++) {
      admins.add(r.bareJid("parley.admins[" + i + "]", adminValues.get(i)));
    }
    return new ParleyConfig(dataDir, xmpp, http, store, router, List.copyOf(admins), c);
  }

  /** Applies {@code PARLEY_*} environment variables to the keys {@code reference.conf} declares. */
  static Config withEnvironment(Config config, Map<String, String> env) {
    Map<String, String> keys = new LinkedHashMap<>();
    collectKeys(ConfigFactory.defaultReference().getObject("parley"), "parley", keys);
    Config result = config;
    for (Map.Entry<String, String> key : keys.entrySet()) {
      String value = env.get(key.getKey());
      if (value == null) {
        continue;
      }
      String path = key.getValue();
      if ("parley.admins".equals(path)) {
        List<String> items =
            value.isBlank()
                ? List.of()
                : Arrays.stream(value.split(",")).map(String::strip).toList();
        result = result.withValue(path, ConfigValueFactory.fromIterable(items));
      } else if (!"parley.xmpp.components".equals(path)) {
        result = result.withValue(path, ConfigValueFactory.fromAnyRef(value));
      }
    }
    return result;
  }

  /**
   * The environment variable name of a key: {@code parley.xmpp.secret} → {@code
   * PARLEY_XMPP_SECRET}.
   */
  public static String environmentName(String key) {
    return "PARLEY_"
        + key.substring("parley.".length())
            .toUpperCase(Locale.ROOT)
            .replace('.', '_')
            .replace('-', '_');
  }

  private static void collectKeys(ConfigObject object, String prefix, Map<String, String> keys) {
    for (Map.Entry<String, ConfigValue> e : object.entrySet()) {
      String path = prefix + "." + e.getKey();
      if (e.getValue().valueType() == ConfigValueType.OBJECT) {
        collectKeys((ConfigObject) e.getValue(), path, keys);
      } else {
        keys.put(environmentName(path), path);
      }
    }
  }
}
