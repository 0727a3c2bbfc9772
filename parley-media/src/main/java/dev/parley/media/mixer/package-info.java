/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * Mixing and the media clock: the mix-minus arithmetic with its soft clipper, the choice of the K
 * loudest talkers ({@link dev.parley.media.mixer.SpeakerSelection}), rate conversion between the
 * mixer's rate and a codec's ({@link dev.parley.media.mixer.RateConverter}), and the tick scheduler
 * whose threads drive every room and phone every 20 ms.
 */
@NullMarked
package dev.parley.media.mixer;

import org.jspecify.annotations.NullMarked;
