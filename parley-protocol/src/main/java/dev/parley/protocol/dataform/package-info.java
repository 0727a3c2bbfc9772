/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * XEP-0004: Data Forms (v2.13.2), {@code jabber:x:data}, with the {@code FORM_TYPE} convention of
 * XEP-0068.
 *
 * <p>The model is structural: it keeps what was received (field order, values as text, absent
 * types) and offers typed reading helpers; validating a submission against its form is left to the
 * form-processing code.
 *
 * @see <a href="https://xmpp.org/extensions/xep-0004.html">XEP-0004</a>
 * @see <a href="https://xmpp.org/extensions/xep-0068.html">XEP-0068</a>
 */
@NullMarked
package dev.parley.protocol.dataform;

import org.jspecify.annotations.NullMarked;
