/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.media;

import java.util.List;

/**
 * One side's ICE-UDP description (XEP-0176 {@code <transport ufrag pwd>} with its candidates; SDP
 * {@code a=ice-ufrag}, {@code a=ice-pwd}, {@code a=candidate}). A new ufrag/pwd pair means an ICE
 * restart (RFC 8445 § 9).
 *
 * @param ufrag the username fragment (4–256 ice-chars)
 * @param pwd the password (22–256 ice-chars)
 * @param candidates the candidates known when this was written (more may trickle, XEP-0176 § 3)
 */
public record IceParameters(String ufrag, String pwd, List<IceCandidate> candidates) {
  public IceParameters {
    if (ufrag.length() < 4 || ufrag.length() > 256) {
      throw new IllegalArgumentException("ice-ufrag must be 4-256 characters");
    }
    if (pwd.length() < 22 || pwd.length() > 256) {
      throw new IllegalArgumentException("ice-pwd must be 22-256 characters");
    }
    candidates = List.copyOf(candidates);
  }

  /** The same credentials with other candidates. */
  public IceParameters withCandidates(List<IceCandidate> c) {
    return new IceParameters(ufrag, pwd, c);
  }
}
