/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.server.config;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigException;
import com.typesafe.config.ConfigObject;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.jxmpp.jid.BareJid;
import org.jxmpp.jid.DomainBareJid;
import org.jxmpp.jid.impl.JidCreate;
import org.jxmpp.stringprep.XmppStringprepException;

/**
 * Typed getters over a configuration subtree that name the full key in every error ({@code
 * parley.xmpp.port: 70000 is not a port number}). Features read their own sections with it, so
 * every configuration problem stops start-up the same way.
 */
public final class ConfigReader {
  private final Config c;
  private final String prefix;

  public ConfigReader(Config c) {
    this(c, "");
  }

  /**
   * A reader of {@code c}, whose keys are reported with {@code prefix} in front ({@code
   * "parley.meetings."}).
   */
  public ConfigReader(Config c, String prefix) {
    this.c = c;
    this.prefix = prefix;
  }

  /** A reader of the subtree at {@code key} (empty when absent). */
  public ConfigReader section(String key) {
    Config sub = c.hasPath(key) ? c.getConfig(key) : com.typesafe.config.ConfigFactory.empty();
    return new ConfigReader(sub, prefix + key + ".");
  }

  /** Whether the key is present and not null. */
  public boolean has(String key) {
    return c.hasPath(key);
  }

  /** The full key name as reported in errors. */
  public String keyName(String key) {
    return prefix + key;
  }

  /** A problem with {@code key}. */
  public InvalidConfigException invalid(String key, String problem) {
    return new InvalidConfigException(prefix + key, problem);
  }

  public String string(String key, boolean required) throws InvalidConfigException {
    if (!c.hasPathOrNull(key) || c.getIsNull(key)) {
      if (required) {
        throw missing(key);
      }
      return "";
    }
    String v;
    try {
      v = c.getString(key);
    } catch (ConfigException.WrongType e) {
      throw invalid(key, "must be a string");
    }
    if (required && v.isBlank()) {
      throw missing(key);
    }
    return v.strip();
  }

  /** An optional string: {@code null} when absent, null or blank. */
  public @Nullable String optionalString(String key) throws InvalidConfigException {
    String v = string(key, false);
    return v.isEmpty() ? null : v;
  }

  public boolean bool(String key) throws InvalidConfigException {
    try {
      return c.getBoolean(key);
    } catch (ConfigException.Missing e) {
      throw missing(key);
    } catch (ConfigException.WrongType e) {
      throw invalid(key, "must be true or false");
    }
  }

  /** A value from a closed list (case-insensitive), returned lower-cased. */
  public String oneOf(String key, List<String> allowed) throws InvalidConfigException {
    String v = string(key, true).toLowerCase(Locale.ROOT);
    if (!allowed.contains(v)) {
      throw invalid(key, "'" + v + "' is not one of " + allowed);
    }
    return v;
  }

  public DomainBareJid domain(String key) throws InvalidConfigException {
    String v = string(key, true);
    try {
      DomainBareJid d = JidCreate.domainBareFrom(v);
      if (!v.contains(".") && !"localhost".equals(v)) {
        throw invalid(key, "'" + v + "' is not a domain name (e.g. conference.example.org)");
      }
      return d;
    } catch (XmppStringprepException e) {
      throw invalid(key, "'" + v + "' is not a valid domain name");
    }
  }

  public BareJid bareJid(String key, String v) throws InvalidConfigException {
    try {
      return JidCreate.bareFrom(v);
    } catch (XmppStringprepException e) {
      throw new InvalidConfigException(prefix + key, "'" + v + "' is not a valid bare JID");
    }
  }

  public int port(String key) throws InvalidConfigException {
    int p = intAtLeast(key, 1);
    if (p > 65535) {
      throw invalid(key, p + " is not a port number (1-65535)");
    }
    return p;
  }

  public int portOrZero(String key) throws InvalidConfigException {
    int p = intAtLeast(key, 0);
    if (p > 65535) {
      throw invalid(key, p + " is not a port number (1-65535, or 0 for any free port)");
    }
    return p;
  }

  public int intAtLeast(String key, int min) throws InvalidConfigException {
    try {
      int v = c.getInt(key);
      if (v < min) {
        throw invalid(key, v + " is below the minimum " + min);
      }
      return v;
    } catch (ConfigException.Missing e) {
      throw missing(key);
    } catch (ConfigException.WrongType e) {
      throw invalid(key, "must be an integer, not '" + c.getValue(key).unwrapped() + "'");
    }
  }

  public Duration positiveDuration(String key) throws InvalidConfigException {
    try {
      Duration d = c.getDuration(key);
      if (d.isNegative() || d.isZero()) {
        throw invalid(key, "must be a positive duration (e.g. 10s, 500ms)");
      }
      return d;
    } catch (ConfigException.Missing e) {
      throw missing(key);
    } catch (ConfigException.BadValue | ConfigException.WrongType e) {
      throw invalid(
          key,
          "must be a duration such as 10s or 500ms, not '" + c.getValue(key).unwrapped() + "'");
    }
  }

  public long bytes(String key, long min) throws InvalidConfigException {
    try {
      long v = c.getBytes(key);
      if (v < min) {
        throw invalid(key, v + " bytes is below the minimum " + min);
      }
      return v;
    } catch (ConfigException.Missing e) {
      throw missing(key);
    } catch (ConfigException.BadValue | ConfigException.WrongType e) {
      throw invalid(
          key, "must be a size such as 1MiB or 65536, not '" + c.getValue(key).unwrapped() + "'");
    }
  }

  public List<String> strings(String key) throws InvalidConfigException {
    try {
      return c.getStringList(key);
    } catch (ConfigException.Missing e) {
      return List.of();
    } catch (ConfigException.WrongType e) {
      throw invalid(key, "must be a list of strings");
    }
  }

  public List<? extends ConfigObject> objects(String key) throws InvalidConfigException {
    try {
      return c.getObjectList(key);
    } catch (ConfigException.Missing e) {
      return List.of();
    } catch (ConfigException.WrongType e) {
      throw invalid(key, "must be a list of objects");
    }
  }

  /**
   * An absolute https URL (XEP-0483 requires TLS for the links handed out). A {@code web+…:} scheme
   * is accepted only when {@code allowWebHandlers} is set.
   */
  public URI httpsUrl(String key, boolean allowWebHandlers) throws InvalidConfigException {
    String v = string(key, true);
    URI uri;
    try {
      uri = new URI(v);
    } catch (URISyntaxException e) {
      throw invalid(key, "'" + v + "' is not a valid URL: " + e.getReason());
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (allowWebHandlers && scheme.startsWith("web+")) {
      return uri;
    }
    if (!"https".equals(scheme) || uri.getHost() == null) {
      throw invalid(
          key, "'" + v + "' must be an https:// URL: meeting links must use TLS (XEP-0483 § 4)");
    }
    return uri;
  }

  /** A readable file. */
  public Path readableFile(String key) throws InvalidConfigException {
    Path p = Path.of(string(key, true));
    if (!Files.isReadable(p)) {
      throw invalid(key, "cannot read " + p.toAbsolutePath());
    }
    return p;
  }

  public InvalidConfigException missing(String key) {
    String full = prefix + key;
    String hint =
        full.startsWith("parley.") && !full.contains("[")
            ? " (set it in the config file or with " + ParleyConfig.environmentName(full) + ")"
            : "";
    return new InvalidConfigException(full, "is required but missing" + hint);
  }
}
