/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.protocol.conference;

import dev.parley.protocol.xml.ElementCodec;
import java.util.List;

/**
 * The registered codecs of this package: every element whose name belongs to one type only.
 * Elements whose type appears under several names ({@code uris-type}, {@code execution-type}) or
 * whose name several types share ({@code entry}) are read and written by their parents' codecs
 * ({@link UrisCodec}, {@link ExecutionCodec}, {@link UriEntryCodec}, {@link ConferenceMediumCodec},
 * {@link ConferenceInfoCodec#ENTRY}) and are not registered.
 */
public final class ConferenceCodecs {
  private ConferenceCodecs() {}

  public static List<ElementCodec<?>> all() {
    return List.of(
        ConferenceInfoCodec.INSTANCE,
        ConferenceDescriptionCodec.INSTANCE,
        AvailableMediaCodec.INSTANCE,
        HostInfoCodec.INSTANCE,
        ConferenceStateCodec.INSTANCE,
        UsersCodec.INSTANCE,
        UserCodec.INSTANCE,
        RolesCodec.INSTANCE,
        EndpointCodec.INSTANCE,
        MediaCodec.INSTANCE,
        CallInfoCodec.INSTANCE,
        SipDialogIdCodec.INSTANCE,
        SidebarsByValCodec.INSTANCE);
  }
}
