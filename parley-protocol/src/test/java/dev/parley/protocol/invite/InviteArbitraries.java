/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.protocol.invite;

import dev.parley.protocol.meeting.MeetingArbitraries;
import dev.parley.protocol.muji.MujiArbitraries;
import dev.parley.protocol.testing.XmlArbitraries;
import java.util.ArrayList;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** Generators for the XEP-0482 records, including every kind of method and Dino's variants. */
public final class InviteArbitraries {
  private InviteArbitraries() {}

  public static Arbitrary<Boolean> optionalFlag() {
    return Arbitraries.of(true, false).injectNull(0.4);
  }

  public static Arbitrary<JingleMethod> jingleMethod() {
    return Combinators.combine(
            Arbitraries.of(Dialect.class),
            XmlArbitraries.text(),
            XmlArbitraries.jid().injectNull(0.5),
            XmlArbitraries.extensions())
        .as(JingleMethod::new);
  }

  public static Arbitrary<External> external() {
    return Combinators.combine(
            Arbitraries.oneOf(
                XmlArbitraries.token().map(t -> "https://meet.example/" + t),
                XmlArbitraries.text()),
            XmlArbitraries.extensions())
        .as(External::new);
  }

  /** Any method: Jingle, external, Muji, meeting. */
  public static Arbitrary<CallMethod> method() {
    return Arbitraries.oneOf(
        jingleMethod(), external(), MujiArbitraries.muji(), MeetingArbitraries.meeting());
  }

  public static Arbitrary<Invite> invite() {
    return Combinators.combine(
            Arbitraries.of(Invite.Variant.class),
            XmlArbitraries.text().injectNull(0.6),
            optionalFlag(),
            optionalFlag(),
            optionalFlag(),
            method().list().ofMaxSize(3),
            XmlArbitraries.extensions())
        .as(
            (variant, id, audio, video, multi, methods, ext) ->
                new Invite(variant, id, audio, video, multi, new ArrayList<>(methods), ext));
  }

  public static Arbitrary<Accept> accept() {
    return Combinators.combine(
            Arbitraries.of(Dialect.class),
            XmlArbitraries.text(),
            method().list().ofMaxSize(2),
            XmlArbitraries.extensions())
        .as((dialect, id, methods, ext) -> new Accept(dialect, id, new ArrayList<>(methods), ext));
  }

  public static Arbitrary<Retract> retract() {
    return Combinators.combine(
            Arbitraries.of(Dialect.class), XmlArbitraries.text(), XmlArbitraries.extensions())
        .as(Retract::new);
  }

  public static Arbitrary<Reject> reject() {
    return Combinators.combine(
            Arbitraries.of(Dialect.class), XmlArbitraries.text(), XmlArbitraries.extensions())
        .as(Reject::new);
  }

  public static Arbitrary<Left> left() {
    return Combinators.combine(
            Arbitraries.of(Dialect.class), XmlArbitraries.text(), XmlArbitraries.extensions())
        .as(Left::new);
  }

  /** Any call-invite message. */
  public static Arbitrary<CallInviteMessage> message() {
    return Arbitraries.oneOf(invite(), accept(), retract(), reject(), left());
  }
}
