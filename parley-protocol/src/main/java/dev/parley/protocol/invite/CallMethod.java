/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.protocol.invite;

import dev.parley.protocol.xml.XmlElement;

/**
 * One way to join a call, as a child of {@code <invite>} (the ways offered) or {@code <accept>}
 * (the way chosen, copied with all its attributes and children). XEP-0482 § 2.1.
 *
 * <p>Implemented by {@link JingleMethod}, {@link External}, {@code dev.parley.protocol.muji.Muji}
 * (XEP-0272) and {@code dev.parley.protocol.meeting.Meeting} (XEP-0483). Not sealed because the
 * last two live in the packages of their own specifications; a child that is none of these is kept
 * among the extensions of the invite or accept.
 */
public interface CallMethod extends XmlElement {}
