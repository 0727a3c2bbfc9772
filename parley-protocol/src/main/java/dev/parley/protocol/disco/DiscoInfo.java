/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.protocol.disco;

import static java.util.Objects.requireNonNull;

import dev.parley.protocol.dataform.DataForm;
import dev.parley.protocol.xml.Extensions;
import dev.parley.protocol.xml.XmlElement;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A disco#info query (XEP-0030 § 3): empty in a request, the entity's identities, features and
 * extended information in a result.
 *
 * <pre>
 * &lt;query xmlns='http://jabber.org/protocol/disco#info' [node='…']&gt;
 *   &lt;identity category='…' type='…' [name='…'] [xml:lang='…']/&gt;   one or more in a result
 *   &lt;feature var='…'/&gt;                                          one or more in a result
 *   &lt;x xmlns='jabber:x:data' type='result'&gt;…&lt;/x&gt;                 XEP-0128, zero or more
 * &lt;/query&gt;
 * </pre>
 *
 * <p>Children are accepted in any order (the schema allows identities and features interleaved) and
 * written identities first, then features, then forms. Order within each list is kept; it carries
 * no meaning, and the XEP-0115 verification string sorts everything.
 *
 * @param node the node queried or answered for, or {@code null}
 * @param identities the identities
 * @param features the features
 * @param forms the XEP-0128 extended-information forms (each named by its {@code FORM_TYPE})
 * @param ext unknown attributes and children
 * @see <a href="https://xmpp.org/extensions/xep-0030.html#info">XEP-0030 § 3</a>
 */
public record DiscoInfo(
    @Nullable String node,
    List<Identity> identities,
    List<Feature> features,
    List<DataForm> forms,
    Extensions ext)
    implements XmlElement {

  public static final String NAMESPACE = "http://jabber.org/protocol/disco#info";

  public DiscoInfo {
    identities = List.copyOf(identities);
    features = List.copyOf(features);
    forms = List.copyOf(forms);
    requireNonNull(ext, "ext");
  }

  /** An empty query: the request for an entity's information. */
  public static DiscoInfo request() {
    return request(null);
  }

  /** An empty query for a node. */
  public static DiscoInfo request(@Nullable String node) {
    return new DiscoInfo(node, List.of(), List.of(), List.of(), Extensions.NONE);
  }

  /** A result with these identities and features. */
  public static DiscoInfo of(List<Identity> identities, List<String> features) {
    List<Feature> list = new ArrayList<>(features.size());
    for (String f : features) {
      list.add(Feature.of(f));
    }
    return new DiscoInfo(null, identities, list, List.of(), Extensions.NONE);
  }

  /** Whether the result lists this feature. */
  public boolean hasFeature(String var) {
    for (int i = 0; i < features.size(); i++) {
      if (features.get(i).var().equals(var)) {
        return true;
      }
    }
    return false;
  }

  /** Whether the result has an identity of this category and type. */
  public boolean hasIdentity(String category, String type) {
    return identity(category, type) != null;
  }

  /** The first identity of this category and type, or {@code null}. */
  public @Nullable Identity identity(String category, String type) {
    for (int i = 0; i < identities.size(); i++) {
      if (identities.get(i).is(category, type)) {
        return identities.get(i);
      }
    }
    return null;
  }

  /** The feature names, in order. */
  public List<String> featureVars() {
    List<String> vars = new ArrayList<>(features.size());
    for (int i = 0; i < features.size(); i++) {
      vars.add(features.get(i).var());
    }
    return List.copyOf(vars);
  }

  /** The first extended-information form with this {@code FORM_TYPE}, or {@code null}. */
  public @Nullable DataForm form(String formType) {
    for (int i = 0; i < forms.size(); i++) {
      if (formType.equals(forms.get(i).formType())) {
        return forms.get(i);
      }
    }
    return null;
  }

  /** Whether this is an empty query (a request, or an empty result). */
  public boolean isEmpty() {
    return identities.isEmpty() && features.isEmpty() && forms.isEmpty() && ext.isEmpty();
  }

  public DiscoInfo withNode(@Nullable String newNode) {
    return new DiscoInfo(newNode, identities, features, forms, ext);
  }

  public DiscoInfo withForms(List<DataForm> newForms) {
    return new DiscoInfo(node, identities, features, newForms, ext);
  }
}
