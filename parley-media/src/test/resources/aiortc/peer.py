#!/usr/bin/python3
# Copyright 2026 The Parley authors
# SPDX-License-Identifier: Apache-2.0
"""An independent WebRTC peer for parley-media's AiortcIT: Debian's python3-aiortc (ICE, DTLS-SRTP, Opus).

Usage: peer.py OFFER_SDP ANSWER_SDP RECORDING_WAV TONE_HZ SECONDS

Reads an SDP offer (written by the test from a Parley MediaOffer), answers it, writes the answer SDP to
ANSWER_SDP (the test turns it into a MediaAnswer), sends a sine tone at -20 dBov for SECONDS, records what it
receives into RECORDING_WAV (48 kHz), and exits 0 when the connection was established.
"""
import asyncio
import fractions
import math
import sys

import aioice.ice

# aiortc gathers only non-loopback host addresses; keep every packet of the test on loopback.
aioice.ice.get_host_addresses = lambda use_ipv4, use_ipv6: ["127.0.0.1"]

from aiortc import MediaStreamTrack, RTCPeerConnection, RTCSessionDescription  # noqa: E402
from aiortc.mediastreams import MediaStreamError  # noqa: E402
from av import AudioFrame  # noqa: E402
import wave  # noqa: E402


class Tone(MediaStreamTrack):
    kind = "audio"

    def __init__(self, hz):
        super().__init__()
        self.hz = hz
        self.rate = 48000
        self.samples = 960
        self.pts = 0
        self.start = None

    async def recv(self):
        loop = asyncio.get_event_loop()
        if self.start is None:
            self.start = loop.time()
        wait = self.start + self.pts / self.rate - loop.time()
        if wait > 0:
            await asyncio.sleep(wait)
        amplitude = 32768 * math.sqrt(2) * 10 ** (-20 / 20)
        data = bytearray()
        for i in range(self.samples):
            v = int(amplitude * math.sin(2 * math.pi * self.hz * (self.pts + i) / self.rate))
            data += int(max(-32768, min(32767, v))).to_bytes(2, "little", signed=True)
        frame = AudioFrame(format="s16", layout="mono", samples=self.samples)
        frame.planes[0].update(bytes(data))
        frame.sample_rate = self.rate
        frame.pts = self.pts
        frame.time_base = fractions.Fraction(1, self.rate)
        self.pts += self.samples
        return frame


async def main(offer_path, answer_path, wav_path, hz, seconds):
    pc = RTCPeerConnection()
    connected = asyncio.Event()
    out = wave.open(wav_path, "wb")
    out.setnchannels(1)
    out.setsampwidth(2)
    out.setframerate(48000)
    tasks = []

    async def record(track):
        # what aiortc decoded (s16, possibly stereo): its first channel, as 48 kHz mono
        try:
            while True:
                frame = await track.recv()
                channels = len(frame.layout.channels)
                pcm = frame.to_ndarray().reshape(-1)[::channels]
                out.writeframes(pcm.astype("<i2").tobytes())
        except MediaStreamError:
            pass

    @pc.on("track")
    def on_track(track):
        tasks.append(asyncio.ensure_future(record(track)))

    @pc.on("connectionstatechange")
    async def on_state():
        print("aiortc: connection", pc.connectionState, flush=True)
        if pc.connectionState == "connected":
            connected.set()

    pc.addTrack(Tone(hz))
    with open(offer_path) as f:
        await pc.setRemoteDescription(RTCSessionDescription(sdp=f.read(), type="offer"))
    await pc.setLocalDescription(await pc.createAnswer())
    with open(answer_path + ".tmp", "w") as f:
        f.write(pc.localDescription.sdp)
    import os
    os.rename(answer_path + ".tmp", answer_path)
    try:
        await asyncio.wait_for(connected.wait(), 20)
    except asyncio.TimeoutError:
        print("aiortc: not connected", flush=True)
        await pc.close()
        out.close()
        return 3
    await asyncio.sleep(seconds)
    await pc.close()
    for t in tasks:
        t.cancel()
    out.close()
    return 0


if __name__ == "__main__":
    sys.exit(asyncio.run(main(sys.argv[1], sys.argv[2], sys.argv[3], float(sys.argv[4]), float(sys.argv[5]))))
