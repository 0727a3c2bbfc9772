/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.protocol.disco;

import dev.parley.protocol.dataform.DataForm;
import dev.parley.protocol.dataform.DataFormCodec;
import dev.parley.protocol.xml.ElementCodec;
import dev.parley.protocol.xml.Extensions;
import dev.parley.protocol.xml.XmlIn;
import dev.parley.protocol.xml.XmlOut;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.xml.namespace.QName;

/** Codec for the disco#info {@code <query/>}; children in any order. */
public final class DiscoInfoCodec implements ElementCodec<DiscoInfo> {
  public static final DiscoInfoCodec INSTANCE = new DiscoInfoCodec();
  private static final Set<String> MODELLED = Set.of("node");

  private DiscoInfoCodec() {}

  @Override
  public QName name() {
    return new QName(DiscoInfo.NAMESPACE, "query");
  }

  @Override
  public Class<DiscoInfo> type() {
    return DiscoInfo.class;
  }

  @Override
  public DiscoInfo read(XmlIn in) {
    String node = in.attribute("node");
    Extensions.Builder ext = Extensions.builder().attributes(in.otherAttributes(MODELLED));
    List<Identity> identities = new ArrayList<>(2);
    List<Feature> features = new ArrayList<>();
    List<DataForm> forms = new ArrayList<>(0);
    while (in.nextChild()) {
      if (in.is(DiscoInfo.NAMESPACE, "feature")) {
        features.add(in.read(FeatureCodec.INSTANCE));
      } else if (in.is(DiscoInfo.NAMESPACE, "identity")) {
        identities.add(in.read(IdentityCodec.INSTANCE));
      } else if (in.is(DataForm.NAMESPACE, "x")) {
        forms.add(in.read(DataFormCodec.INSTANCE));
      } else {
        ext.add(in.readElement());
      }
    }
    return new DiscoInfo(node, identities, features, forms, ext.build());
  }

  @Override
  public void write(DiscoInfo info, XmlOut out) {
    out.start(DiscoInfo.NAMESPACE, "query")
        .attr("node", info.node())
        .attrs(info.ext().attributes());
    for (int i = 0; i < info.identities().size(); i++) {
      IdentityCodec.INSTANCE.write(info.identities().get(i), out);
    }
    for (int i = 0; i < info.features().size(); i++) {
      FeatureCodec.INSTANCE.write(info.features().get(i), out);
    }
    for (int i = 0; i < info.forms().size(); i++) {
      DataFormCodec.INSTANCE.write(info.forms().get(i), out);
    }
    out.extensionElements(info.ext());
    out.end();
  }
}
