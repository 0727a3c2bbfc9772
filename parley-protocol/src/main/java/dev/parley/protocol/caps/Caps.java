/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.protocol.caps;

import static java.util.Objects.requireNonNull;

import dev.parley.protocol.disco.DiscoInfo;
import dev.parley.protocol.xml.Extensions;
import dev.parley.protocol.xml.XmlElement;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Entity capabilities (XEP-0115 § 4): {@code <c xmlns='http://jabber.org/protocol/caps'
 * hash='sha-1' node='https://parley.dev' ver='…'/>} in presence (or in stream features), plus the
 * verification string algorithm of § 5 as pure functions over a {@link DiscoInfo}.
 *
 * <p>{@code hash} is required in the current format; without it the element is in the legacy
 * (pre-1.4) format, whose {@code ver} is a software version that cannot be verified (§ 13). The
 * legacy {@code ext} attribute (deprecated feature bundles, a list of name tokens) is kept as the
 * text received.
 *
 * <p><b>Generation</b> ({@link #verificationString(DiscoInfo)}, § 5.1): identities sorted by
 * category, type and {@code xml:lang} (absent = empty), each appended as {@code
 * category/type/lang/name<}; then the sorted features, each as {@code var<}; then, for each
 * XEP-0128 form sorted by {@code FORM_TYPE}, {@code FORM_TYPE<} followed by its other fields sorted
 * by {@code var}, each as {@code var<} and its sorted values as {@code value<}. All sorting uses
 * the "i;octet" collation (RFC 4790 § 9.3), which is the order of UTF-8 bytes, that is, of Unicode
 * code points, and not Java's {@code String.compareTo} (UTF-16 units, which differs for characters
 * above U+FFFF). Nothing is escaped: a {@code <} inside a value is appended as is (this is the
 * XEP's known weakness against crafted collisions, § 9.3). The result is hashed over its UTF-8
 * bytes and encoded in base64 with padding.
 *
 * <p>Details the XEP leaves open, decided here: two identities equal in category, type and language
 * (ill-formed for XEP-0030, but not for XEP-0115 unless their names are equal too) are ordered by
 * name, and two fields with the same {@code var} (forbidden by XEP-0004) by their sorted values, so
 * the string never depends on document order; fields without a {@code var} (only {@code fixed} may
 * lack it) are skipped, as they carry no data; only top-level fields count ({@code reported}/{@code
 * item} tables are not part of the algorithm). Some implementations sort the formatted {@code
 * category/type/lang/name} strings instead of the tuple; both agree unless a category or type is a
 * prefix of another followed by a character below {@code '/'}.
 *
 * <p><b>Verification</b> ({@link #verify(DiscoInfo, String, String)}, § 5.4): a response with two
 * identities equal in category, type, language and name (an absent language or name counting as
 * empty, since both write the same string), two equal features, two forms with the same {@code
 * FORM_TYPE}, or a {@code FORM_TYPE} with differing values is ill-formed and must not be cached; a
 * form whose {@code FORM_TYPE} is missing, has no value, or is not {@code type='hidden'} (exactly
 * that type: the XEP does not infer it) is ignored and does not contribute to the string, both when
 * verifying and when generating.
 *
 * @param hash the hash function's IANA name ({@code sha-1}), or {@code null} in the legacy format
 * @param node the URI identifying the software
 * @param ver the verification string (or, legacy, the software version)
 * @param legacyExt the deprecated {@code ext} attribute as received, or {@code null}
 * @param ext unknown attributes and children
 * @see <a href="https://xmpp.org/extensions/xep-0115.html#ver">XEP-0115 § 5</a>
 */
public record Caps(
    @Nullable String hash, String node, String ver, @Nullable String legacyExt, Extensions ext)
    implements XmlElement {

  public static final String NAMESPACE = "http://jabber.org/protocol/caps";

  /** The disco feature of a server that strips redundant caps from presence (§ 8.4). */
  public static final String OPTIMIZE_FEATURE = "http://jabber.org/protocol/caps#optimize";

  /** The mandatory-to-implement hash function (§ 9.1). */
  public static final String SHA_1 = "sha-1";

  public Caps {
    requireNonNull(node, "node");
    requireNonNull(ver, "ver");
    requireNonNull(ext, "ext");
  }

  /** The caps element advertising {@code info} for software {@code node}, hashed with SHA-1. */
  public static Caps of(String node, DiscoInfo info) {
    return new Caps(SHA_1, node, ver(info), null, Extensions.NONE);
  }

  /**
   * The disco#info node to query for these capabilities: {@code node#ver} (§ 6.2; the request MUST
   * carry it for backwards compatibility).
   */
  public String discoNode() {
    return node + '#' + ver;
  }

  /** Whether the element is in the legacy format (no {@code hash}, § 13). */
  public boolean isLegacy() {
    return hash == null;
  }

  /**
   * Verifies a disco#info response against this element: {@link Verification#LEGACY} without a
   * hash, {@link Verification#UNSUPPORTED_HASH} for a hash function not supported here, otherwise
   * as {@link #verify(DiscoInfo, String, String)}.
   */
  public Verification verify(DiscoInfo info) {
    if (hash == null) {
      return Verification.LEGACY;
    }
    return verify(info, hash, ver);
  }

  // --- the algorithm ----------------------------------------------------------------------------

  /**
   * The string S of § 5.1: the input of the hash whose base64 form is the {@code ver} (which the
   * XEP also calls the verification string).
   *
   * @throws IllegalArgumentException if {@code info} is ill-formed (§ 5.4); use {@link #verify} for
   *     responses received from peers
   */
  public static String verificationString(DiscoInfo info) {
    VerificationString.Result r = VerificationString.compute(info);
    if (r.problem() != null) {
      throw new IllegalArgumentException("ill-formed disco#info: " + r.problem());
    }
    return r.string();
  }

  /**
   * The SHA-1 {@code ver} of {@code info}: base64 of SHA-1 over the UTF-8 verification string.
   *
   * @throws IllegalArgumentException if {@code info} is ill-formed (§ 5.4)
   */
  public static String ver(DiscoInfo info) {
    return ver(info, SHA_1);
  }

  /**
   * The {@code ver} of {@code info} with the hash function named {@code hash} (IANA textual name,
   * case-insensitive: {@code sha-1}, {@code sha-224}, {@code sha-256}, {@code sha-384}, {@code
   * sha-512}).
   *
   * @throws IllegalArgumentException if {@code info} is ill-formed or the hash is not supported
   */
  public static String ver(DiscoInfo info, String hash) {
    String digest = digestName(hash);
    if (digest == null) {
      throw new IllegalArgumentException("unsupported caps hash '" + hash + "'");
    }
    return hash(digest, verificationString(info));
  }

  /** Whether {@code hash} names a hash function this implementation supports. */
  public static boolean supportsHash(String hash) {
    return digestName(hash) != null;
  }

  /** Verifies a SHA-1 {@code ver} against a disco#info response (§ 5.4). */
  public static Verification verify(DiscoInfo info, String ver) {
    return verify(info, SHA_1, ver);
  }

  /**
   * Verifies {@code ver}, computed with {@code hash}, against a disco#info response (§ 5.4): an
   * ill-formed response is reported as such whatever the {@code ver}, and a well-formed one is
   * {@link Verification#VALID} exactly when the recomputed hash equals {@code ver}. Only a valid
   * result may be cached globally for the {@code ver}.
   */
  public static Verification verify(DiscoInfo info, String hash, String ver) {
    String digest = digestName(hash);
    if (digest == null) {
      return Verification.UNSUPPORTED_HASH;
    }
    VerificationString.Result r = VerificationString.compute(info);
    if (r.problem() != null) {
      return r.problem();
    }
    return hash(digest, r.string()).equals(ver) ? Verification.VALID : Verification.MISMATCH;
  }

  private static @Nullable String digestName(String hash) {
    return switch (hash.toLowerCase(Locale.ROOT)) {
      case "sha-1" -> "SHA-1";
      case "sha-224" -> "SHA-224";
      case "sha-256" -> "SHA-256";
      case "sha-384" -> "SHA-384";
      case "sha-512" -> "SHA-512";
      default -> null;
    };
  }

  private static String hash(String digest, String s) {
    try {
      byte[] h = MessageDigest.getInstance(digest).digest(s.getBytes(StandardCharsets.UTF_8));
      return Base64.getEncoder().encodeToString(h);
    } catch (NoSuchAlgorithmException e) {
      // Every Java platform must provide the SHA-1 and SHA-2 digests listed in digestName().
      throw new IllegalStateException(e);
    }
  }

  /** The outcome of verifying a {@code ver} against a disco#info response (§ 5.4). */
  public enum Verification {
    /**
     * Well-formed, and the recomputed hash matches: the result may be cached for the {@code ver}.
     */
    VALID,
    /**
     * Well-formed, but the recomputed hash differs: the {@code ver} is invalid and MUST NOT be
     * cached.
     */
    MISMATCH,
    /** Two identities with the same category, type, {@code xml:lang} and name (§ 5.4 3.3). */
    DUPLICATE_IDENTITY,
    /** Two features with the same {@code var} (§ 5.4 3.4). */
    DUPLICATE_FEATURE,
    /** Two extended forms with the same {@code FORM_TYPE} (§ 5.4 3.5). */
    DUPLICATE_FORM_TYPE,
    /** A {@code FORM_TYPE} field with several different values (§ 5.4 3.5). */
    AMBIGUOUS_FORM_TYPE,
    /** The {@code hash} is not supported here (§ 5.4 2): associate the result with the JID only. */
    UNSUPPORTED_HASH,
    /** The caps element has no {@code hash}: legacy format, not verifiable (§ 13). */
    LEGACY;

    /** Whether the response is ill-formed (§ 5.4 3.3–3.5) and must be discarded entirely. */
    public boolean isIllFormed() {
      return this == DUPLICATE_IDENTITY
          || this == DUPLICATE_FEATURE
          || this == DUPLICATE_FORM_TYPE
          || this == AMBIGUOUS_FORM_TYPE;
    }
  }
}
