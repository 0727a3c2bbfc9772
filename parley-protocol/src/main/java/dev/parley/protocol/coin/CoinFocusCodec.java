/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.protocol.coin;

import dev.parley.protocol.xml.ElementCodec;
import dev.parley.protocol.xml.Extensions;
import dev.parley.protocol.xml.XmlIn;
import dev.parley.protocol.xml.XmlOut;
import java.util.LinkedHashSet;
import java.util.Set;
import javax.xml.namespace.QName;

/**
 * Codec for the focus marker: reads {@code conference-info} in each {@link CoinFocus.Variant}
 * namespace, writes it in the record's variant.
 */
public final class CoinFocusCodec implements ElementCodec<CoinFocus> {
  public static final CoinFocusCodec INSTANCE = new CoinFocusCodec();
  private static final Set<String> MODELLED = Set.of("isfocus");
  private static final Set<QName> NAMES;

  static {
    Set<QName> names = new LinkedHashSet<>();
    for (CoinFocus.Variant v : CoinFocus.Variant.values()) {
      names.add(new QName(v.namespace(), "conference-info"));
    }
    NAMES = Set.copyOf(names);
  }

  private CoinFocusCodec() {}

  @Override
  public QName name() {
    return new QName(Coin.NAMESPACE, "conference-info");
  }

  @Override
  public Set<QName> names() {
    return NAMES;
  }

  @Override
  public Class<CoinFocus> type() {
    return CoinFocus.class;
  }

  @Override
  public CoinFocus read(XmlIn in) {
    CoinFocus.Variant variant =
        CoinFocus.Variant.fromNamespace(in.namespace()).orElse(CoinFocus.Variant.COIN_1);
    Boolean isFocus = in.booleanAttribute("isfocus");
    Extensions.Builder ext = Extensions.builder().attributes(in.otherAttributes(MODELLED));
    while (in.nextChild()) {
      ext.add(in.readElement());
    }
    return new CoinFocus(isFocus, variant, ext.build());
  }

  @Override
  public void write(CoinFocus f, XmlOut out) {
    out.start(f.variant().namespace(), "conference-info")
        .attr("isfocus", f.isFocus())
        .attrs(f.ext().attributes());
    out.extensionElements(f.ext());
    out.end();
  }
}
