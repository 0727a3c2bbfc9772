/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.protocol.conference;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Derives a later full document from an earlier one, the way a conference changes between two
 * notifications. Changes are chosen by a seeded {@link Random} (so a failing case is reproducible
 * from its seed) and their new content is taken from a {@code donor}: another generated document,
 * whose users, endpoints and media share keys with the first.
 */
final class DocumentMutator {
  private final Random random;
  private final ConferenceInfo donor;
  private final List<User> donorUsers;
  private final List<Endpoint> donorEndpoints;
  private final List<Media> donorMedia;

  private DocumentMutator(ConferenceInfo donor, long seed) {
    this.random = new Random(seed);
    this.donor = donor;
    this.donorUsers = donor.userList();
    this.donorEndpoints = new ArrayList<>();
    this.donorMedia = new ArrayList<>();
    for (User u : donorUsers) {
      donorEndpoints.addAll(u.endpoints());
      for (Endpoint e : u.endpoints()) {
        donorMedia.addAll(e.media());
      }
    }
  }

  static ConferenceInfo mutate(ConferenceInfo previous, ConferenceInfo donor, long seed) {
    return new DocumentMutator(donor, seed).document(previous);
  }

  private ConferenceInfo document(ConferenceInfo a) {
    ConferenceInfo.Builder b = a.toBuilder();
    long step = chance(90) ? 1 : 2 + random.nextInt(3);
    b.version(Math.min(ConferenceInfo.MAX_VERSION, a.version() + step));
    if (chance(10)) {
      b.state(a.state() == null ? State.FULL : null);
    }
    if (chance(10)) {
      b.sid(donor.sid());
    }
    if (chance(15)) {
      b.description(donor.description());
    }
    if (chance(10)) {
      b.hostInfo(donor.hostInfo());
    }
    if (chance(20)) {
      b.conferenceState(donor.conferenceState());
    }
    if (chance(10)) {
      b.sidebarsByRef(donor.sidebarsByRef());
    } else if (a.sidebarsByRef() != null && chance(20)) {
      b.sidebarsByRef(sidebarsByRef(a.sidebarsByRef()));
    }
    if (chance(10)) {
      b.sidebarsByVal(donor.sidebarsByVal());
    } else if (a.sidebarsByVal() != null && chance(20)) {
      SidebarsByVal s = a.sidebarsByVal();
      b.sidebarsByVal(new SidebarsByVal(s.state(), sidebarEntries(s.entries()), s.ext()));
    }
    if (chance(10)) {
      b.ext(donor.ext());
    }
    if (chance(5)) {
      b.users(donor.users());
    } else if (a.users() != null) {
      Users u = a.users();
      b.users(
          new Users(
              chance(10) ? (u.state() == null ? State.FULL : null) : u.state(),
              users(u.list()),
              chance(10) && donor.users() != null ? donor.users().ext() : u.ext()));
    }
    return b.build();
  }

  private List<User> users(List<User> users) {
    List<User> out = new ArrayList<>();
    Set<String> keys = new HashSet<>();
    for (User u : users) {
      keys.add(u.entity());
      int x = random.nextInt(100);
      if (x < 55) {
        out.add(u);
      } else if (x < 65) {
        out.add(u.withState(u.state() == null ? State.FULL : null));
      } else if (x < 90) {
        out.add(user(u));
      } // else: the user left
    }
    for (User d : donorUsers) {
      if (!keys.contains(d.entity()) && chance(40)) {
        keys.add(d.entity());
        out.add(d);
      }
    }
    if (chance(10)) {
      Collections.shuffle(out, random);
    }
    return out;
  }

  private User user(User u) {
    User d = donorUsers.isEmpty() ? u : donorUsers.get(random.nextInt(donorUsers.size()));
    User.Builder b = u.toBuilder();
    switch (random.nextInt(12)) {
      case 0 -> b.displayText(d.displayText());
      case 1 -> b.associatedAors(d.associatedAors());
      case 2 -> b.roles(d.roles());
      case 3 -> b.languages(d.languages());
      case 4 -> b.cascadedFocus(d.cascadedFocus());
      case 5 -> b.ext(d.ext());
      case 6 -> b.endpoints(d.endpoints());
      default -> b.endpoints(endpoints(u.endpoints()));
    }
    return b.build();
  }

  private List<Endpoint> endpoints(List<Endpoint> endpoints) {
    List<Endpoint> out = new ArrayList<>();
    Set<String> keys = new HashSet<>();
    for (Endpoint e : endpoints) {
      keys.add(e.entity());
      int x = random.nextInt(100);
      if (x < 40) {
        out.add(e);
      } else if (x < 85) {
        out.add(endpoint(e));
      } // else: the endpoint left
    }
    for (Endpoint d : donorEndpoints) {
      if (!keys.contains(d.entity()) && chance(30)) {
        keys.add(d.entity());
        out.add(d);
      }
    }
    if (chance(5)) {
      Collections.shuffle(out, random);
    }
    return out;
  }

  private Endpoint endpoint(Endpoint e) {
    Endpoint d =
        donorEndpoints.isEmpty() ? e : donorEndpoints.get(random.nextInt(donorEndpoints.size()));
    Endpoint.Builder b = e.toBuilder();
    switch (random.nextInt(13)) {
      case 0 -> b.displayText(d.displayText());
      case 1 -> b.referred(d.referred());
      case 2 -> b.joiningMethod(d.joiningMethod());
      case 3 -> b.joiningInfo(d.joiningInfo());
      case 4 -> b.disconnectionMethod(d.disconnectionMethod());
      case 5 -> b.disconnectionInfo(d.disconnectionInfo());
      case 6 -> b.callInfo(d.callInfo());
      case 7 -> b.ext(d.ext());
      case 8 -> b.status(d.status());
      case 9, 10 -> {
        EndpointStatus.Known[] known = EndpointStatus.Known.values();
        b.status(known[random.nextInt(known.length)]);
      }
      default -> b.media(media(e.media()));
    }
    return b.build();
  }

  private List<Media> media(List<Media> media) {
    List<Media> out = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (Media m : media) {
      ids.add(m.id());
      int x = random.nextInt(100);
      if (x < 50) {
        out.add(m);
      } else if (x < 75) {
        out.add(
            m.withStatus(
                m.status() == MediaStatus.SENDRECV ? MediaStatus.RECVONLY : MediaStatus.SENDRECV));
      } else if (x < 90) {
        out.add(m.withSrcId(String.valueOf(random.nextInt(1_000_000))));
      } // else: the stream ended
    }
    for (Media d : donorMedia) {
      if (!ids.contains(d.id()) && chance(30)) {
        ids.add(d.id());
        out.add(d);
      }
    }
    return out;
  }

  private Uris sidebarsByRef(Uris uris) {
    List<UriEntry> entries = new ArrayList<>();
    for (UriEntry e : uris.entries()) {
      int x = random.nextInt(100);
      if (x < 60) {
        entries.add(e);
      } else if (x < 85) {
        entries.add(new UriEntry(e.uri(), "renamed", e.purpose(), e.modified(), e.ext()));
      } // else: removed
    }
    if (chance(30)) {
      entries.add(UriEntry.of("sips:conf233@example.com;grid=99"));
    }
    return new Uris(uris.state(), entries, uris.ext());
  }

  private List<ConferenceInfo> sidebarEntries(List<ConferenceInfo> entries) {
    List<ConferenceInfo> out = new ArrayList<>();
    for (ConferenceInfo e : entries) {
      int x = random.nextInt(100);
      if (x < 40) {
        out.add(e);
      } else if (x < 85 && e.users() != null) {
        out.add(
            e.toBuilder()
                .users(new Users(e.users().state(), users(e.users().list()), e.users().ext()))
                .build());
      } else if (x < 90) {
        out.add(
            e.toBuilder().conferenceState(ConferenceState.userCount(random.nextInt(9))).build());
      } // else: the sidebar ended
    }
    return out;
  }

  private boolean chance(int percent) {
    return random.nextInt(100) < percent;
  }
}
