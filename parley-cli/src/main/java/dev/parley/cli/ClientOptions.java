/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.cli;

import dev.parley.client.smack.ParleySmack;
import java.io.IOException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.net.ssl.SSLException;
import org.jivesoftware.smack.ConnectionConfiguration.SecurityMode;
import org.jivesoftware.smack.SmackException;
import org.jivesoftware.smack.XMPPException;
import org.jivesoftware.smack.sasl.SASLErrorException;
import org.jivesoftware.smack.tcp.XMPPTCPConnection;
import org.jivesoftware.smack.tcp.XMPPTCPConnectionConfiguration;
import org.jxmpp.jid.EntityJid;
import org.jxmpp.jid.impl.JidCreate;
import org.jxmpp.jid.parts.Resourcepart;
import org.jxmpp.stringprep.XmppStringprepException;
import picocli.CommandLine.Option;

/**
 * How the client commands log in: the account, its password, and optionally the server's address
 * (else the JID's domain, through DNS SRV records) and plaintext for local testing.
 */
final class ClientOptions {
  /** Smack logs through java.util.logging; its warnings are not for the command's user. */
  private static final Logger SMACK_LOG = Logger.getLogger("org.jivesoftware");

  @Option(
      names = "--jid",
      required = true,
      paramLabel = "JID",
      description = "the account to log in with (alice@example.org); a /resource is used as given")
  String jid;

  @Option(
      names = "--password",
      paramLabel = "PASSWORD",
      defaultValue = "${env:PARLEY_PASSWORD}",
      description =
          "the account's password; default: the PARLEY_PASSWORD environment variable (preferable:"
              + " a command line is visible to other users of the machine)")
  String password;

  @Option(
      names = "--host",
      paramLabel = "HOST",
      description = "the XMPP server's address; default: found through DNS for the JID's domain")
  String host;

  @Option(
      names = "--port",
      paramLabel = "PORT",
      defaultValue = "5222",
      description = "the server's client port, with --host (default: ${DEFAULT-VALUE})")
  int port;

  @Option(
      names = "--insecure",
      description =
          "connect without TLS, sending the password in plaintext; only for a local test server"
              + " (the one 'parley dev' starts). Without it, TLS is required.")
  boolean insecure;

  @Option(
      names = "--timeout",
      paramLabel = "SECONDS",
      defaultValue = "15",
      description =
          "how long to wait for the server and the meeting service (default: ${DEFAULT-VALUE} s)")
  int timeoutSeconds;

  long timeoutMillis() {
    return timeoutSeconds * 1000L;
  }

  /**
   * Connects and logs in; the connection's parser and providers are ready for the SDK.
   *
   * @throws ClientFailure with {@link ExitCodes#USAGE} for a bad JID or missing password, {@link
   *     ExitCodes#UNREACHABLE} when the server cannot be reached, {@link ExitCodes#LOGIN_FAILED}
   *     when it refuses the login or offers no TLS
   */
  XMPPTCPConnection login(String resourcePrefix) throws ClientFailure, InterruptedException {
    SMACK_LOG.setLevel(Level.SEVERE);
    EntityJid account;
    try {
      account = JidCreate.entityFrom(jid);
    } catch (XmppStringprepException | IllegalArgumentException e) {
      throw new ClientFailure(
          ExitCodes.USAGE, "--jid " + jid + " is not a user JID: " + e.getMessage());
    }
    if (password == null || password.isEmpty()) {
      throw new ClientFailure(
          ExitCodes.USAGE, "no password: give --password or set PARLEY_PASSWORD");
    }
    ParleySmack.install(); // before connecting: the connection's parser is made then
    XMPPTCPConnection connection;
    try {
      Resourcepart resource =
          account.getResourceOrNull() != null
              ? account.getResourceOrNull()
              : Resourcepart.from(resourcePrefix + "-" + shortRandom());
      XMPPTCPConnectionConfiguration.Builder config =
          XMPPTCPConnectionConfiguration.builder()
              .setXmppDomain(account.asDomainBareJid())
              .setUsernameAndPassword(account.getLocalpart(), password)
              .setResource(resource)
              .setConnectTimeout((int) timeoutMillis())
              .setSocketFactory(ParleySmack.noDelaySockets()) // calls: no Nagle delays
              .setSecurityMode(insecure ? SecurityMode.disabled : SecurityMode.required);
      if (host != null) {
        config.setHost(host).setPort(port);
      }
      connection = new XMPPTCPConnection(config.build());
      connection.setReplyTimeout(timeoutMillis());
    } catch (XmppStringprepException e) {
      throw new ClientFailure(ExitCodes.USAGE, "cannot use " + jid + ": " + e.getMessage());
    }
    String where = host != null ? host + ":" + port : account.asDomainBareJid().toString();
    try {
      connection.connect();
    } catch (SmackException.SecurityRequiredByClientException e) {
      throw new ClientFailure(
          ExitCodes.LOGIN_FAILED,
          where
              + " offers no TLS; refusing to send the password in plaintext (--insecure allows it,"
              + " for a local test server only)");
    } catch (SmackException | IOException | XMPPException e) {
      if (hasCause(e, SSLException.class)) {
        throw new ClientFailure(
            ExitCodes.LOGIN_FAILED, "TLS with " + where + " failed: " + rootMessage(e));
      }
      throw new ClientFailure(
          ExitCodes.UNREACHABLE, "cannot reach " + where + ": " + rootMessage(e));
    }
    try {
      connection.login();
    } catch (SASLErrorException e) {
      connection.disconnect();
      throw new ClientFailure(
          ExitCodes.LOGIN_FAILED,
          "the server refused the login of "
              + account.asBareJid()
              + " ("
              + e.getSASLFailure().getSASLErrorString()
              + "): check the JID and password");
    } catch (SmackException | IOException | XMPPException e) {
      connection.disconnect();
      throw new ClientFailure(
          ExitCodes.LOGIN_FAILED, "cannot log in to " + where + ": " + rootMessage(e));
    }
    return connection;
  }

  private static boolean hasCause(Throwable t, Class<? extends Throwable> type) {
    for (Throwable c = t; c != null; c = c.getCause()) {
      if (type.isInstance(c)) {
        return true;
      }
    }
    return false;
  }

  static String rootMessage(Throwable t) {
    Throwable root = t;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String m = root.getMessage();
    return m == null ? root.getClass().getSimpleName() : m;
  }

  private static String shortRandom() {
    byte[] b = new byte[3];
    new SecureRandom().nextBytes(b);
    return HexFormat.of().formatHex(b);
  }
}
