#!/usr/bin/python3
# Copyright 2026 The Parley authors
# SPDX-License-Identifier: Apache-2.0
"""A Conversations-style XMPP caller, built from independent stacks, for Parley's WebRTC integration tests
(parley-server's BridgeWebRtcIT against a room, parley-client's SdkWebRtcIT against the SDK).

XMPP is Debian's python3-slixmpp; ICE, DTLS-SRTP and Opus are Debian's python3-aiortc. The call goes as
Conversations places it (interop notes: RtpSessionActivity / JingleRtpConnection):

  1. XEP-0353 <propose/> to the room's bare JID; wait for <proceed/> from the focus.
  2. aiortc makes an SDP offer; it is translated to a Jingle session-initiate (BUNDLE group, RTP description
     with payload types, fmtp parameters, rtcp-fb, rtp-hdrext, ssma sources, rtcp-mux; ICE-UDP transport with
     ufrag, pwd and a sha-256 fingerprint with setup='actpass') WITHOUT candidates, which are then trickled, one
     transport-info each, as Conversations does.
  3. The room's session-accept is translated back to an SDP answer for aiortc; candidates the room trickles in
     transport-info are added to aiortc.
  4. A tone is sent and what arrives is recorded (48 kHz WAV). Conference-info IQs (XEP-0298) are answered and
     logged. Then the caller hangs up (session-terminate success), or waits for the room to end the call.

It also answers calls (the room dialling out, or any JID calling), as Conversations does: a <propose/> from
anyone is answered with <proceed/>, and the session-initiate that follows (ICE-UDP, actpass) — or a direct
session-initiate without a proposal — is translated to an SDP offer for aiortc, and aiortc's answer goes back
as a session-accept with its candidates.

Usage: caller.py JID PASSWORD HOST PORT PEER TONE_HZ SECONDS MODE WAV SUMMARY_JSON
  PEER: the JID to call (a room, or a plain user's bare JID); unused when answering.
  MODE: "call-hangup" (call PEER, hang up after SECONDS of audio), "call-wait" (call PEER, wait until the peer
  terminates the session), "answer-hangup" / "answer-wait" (wait for a call, then the same).
Exit 0 when the call connected and ended as asked; the summary file says what happened.
"""
import asyncio
import fractions
import json
import math
import re
import sys
import uuid
import wave
import xml.etree.ElementTree as ET

import aioice.ice

# aiortc gathers only non-loopback host addresses; keep every packet of the test on loopback.
aioice.ice.get_host_addresses = lambda use_ipv4, use_ipv6: ["127.0.0.1"]

import slixmpp  # noqa: E402
from aiortc import MediaStreamTrack, RTCPeerConnection, RTCSessionDescription  # noqa: E402
from aiortc.mediastreams import MediaStreamError  # noqa: E402
from aiortc.sdp import candidate_from_sdp  # noqa: E402
from av import AudioFrame  # noqa: E402
from slixmpp.xmlstream.handler import Callback  # noqa: E402
from slixmpp.xmlstream.matcher import MatchXPath  # noqa: E402

JINGLE = "urn:xmpp:jingle:1"
RTP = "urn:xmpp:jingle:apps:rtp:1"
ICE = "urn:xmpp:jingle:transports:ice-udp:1"
DTLS = "urn:xmpp:jingle:apps:dtls:0"
GROUP = "urn:xmpp:jingle:apps:grouping:0"
HDREXT = "urn:xmpp:jingle:apps:rtp:rtp-hdrext:0"
RTCPFB = "urn:xmpp:jingle:apps:rtp:rtcp-fb:0"
SSMA = "urn:xmpp:jingle:apps:rtp:ssma:0"
JMI = "urn:xmpp:jingle-message:0"
COIN = "urn:xmpp:coin:1"
CONF_INFO = "urn:ietf:params:xml:ns:conference-info"


class Tone(MediaStreamTrack):
    """A sine at -20 dBov, 20 ms frames at 48 kHz, paced in real time."""

    kind = "audio"

    def __init__(self, hz):
        super().__init__()
        self.hz = hz
        self.pts = 0
        self.start = None

    async def recv(self):
        loop = asyncio.get_event_loop()
        if self.start is None:
            self.start = loop.time()
        wait = self.start + self.pts / 48000 - loop.time()
        if wait > 0:
            await asyncio.sleep(wait)
        amplitude = 32768 * math.sqrt(2) * 10 ** (-20 / 20)
        data = bytearray()
        for i in range(960):
            v = int(amplitude * math.sin(2 * math.pi * self.hz * (self.pts + i) / 48000))
            data += max(-32768, min(32767, v)).to_bytes(2, "little", signed=True)
        frame = AudioFrame(format="s16", layout="mono", samples=960)
        frame.planes[0].update(bytes(data))
        frame.sample_rate = 48000
        frame.pts = self.pts
        frame.time_base = fractions.Fraction(1, 48000)
        self.pts += 960
        return frame


def q(ns, name):
    return "{%s}%s" % (ns, name)


def sdp_to_jingle(sdp, sid, action="session-initiate"):
    """aiortc's SDP as Jingle (XEP-0167, -0176, -0320, -0338, -0293, -0294, -0339), candidates apart."""
    jingle = ET.Element(q(JINGLE, "jingle"), {"action": action, "sid": sid})
    mid, candidates, bundle = None, [], []
    payloads, ext, sources, ice, fingerprint, setup, mux = {}, [], {}, {}, None, None, False
    order = []
    for line in sdp.splitlines():
        if line.startswith("a=group:BUNDLE "):
            bundle = line.split()[1:]
        elif line.startswith("m=audio "):
            order = line.split()[3:]
        elif line.startswith("a=mid:"):
            mid = line[6:]
        elif line.startswith("a=rtpmap:"):
            pt, enc = line[9:].split(" ", 1)
            parts = enc.split("/")
            payloads[pt] = {"name": parts[0], "clockrate": parts[1], "channels": parts[2] if len(parts) > 2 else None,
                            "fmtp": {}, "fb": []}
        elif line.startswith("a=fmtp:"):
            pt, params = line[7:].split(" ", 1)
            for p in params.split(";"):
                if "=" in p:
                    k, v = p.strip().split("=", 1)
                    payloads[pt]["fmtp"][k] = v
        elif line.startswith("a=rtcp-fb:"):
            pt, fb = line[10:].split(" ", 1)
            if pt in payloads:
                payloads[pt]["fb"].append(fb.split(" ", 1))
        elif line.startswith("a=extmap:"):
            ident, uri = line[9:].split(" ", 1)
            ext.append((ident.split("/")[0], uri.split(" ")[0]))
        elif line.startswith("a=ssrc:"):
            m = re.match(r"a=ssrc:(\d+) ([^:]+):(.*)", line)
            if m:
                sources.setdefault(m.group(1), []).append((m.group(2), m.group(3)))
        elif line.startswith("a=ice-ufrag:"):
            ice["ufrag"] = line[12:]
        elif line.startswith("a=ice-pwd:"):
            ice["pwd"] = line[10:]
        elif line.startswith("a=fingerprint:sha-256 "):
            fingerprint = line.split(" ", 1)[1]
        elif line.startswith("a=setup:"):
            setup = line[8:]
        elif line.startswith("a=rtcp-mux"):
            mux = True
        elif line.startswith("a=candidate:"):
            candidates.append(line[2:])
    if bundle:
        group = ET.SubElement(jingle, q(GROUP, "group"), {"semantics": "BUNDLE"})
        for name in bundle:
            ET.SubElement(group, q(GROUP, "content"), {"name": name})
    content = ET.SubElement(jingle, q(JINGLE, "content"), {"creator": "initiator", "name": mid})
    desc = ET.SubElement(content, q(RTP, "description"), {"media": "audio"})
    for pt in order:
        p = payloads[pt]
        attrs = {"id": pt, "name": p["name"], "clockrate": p["clockrate"]}
        if p["channels"]:
            attrs["channels"] = p["channels"]
        el = ET.SubElement(desc, q(RTP, "payload-type"), attrs)
        for k, v in p["fmtp"].items():
            ET.SubElement(el, q(RTP, "parameter"), {"name": k, "value": v})
        for fb in p["fb"]:
            fa = {"type": fb[0]}
            if len(fb) > 1:
                fa["subtype"] = fb[1]
            ET.SubElement(el, q(RTCPFB, "rtcp-fb"), fa)
    for ident, uri in ext:
        ET.SubElement(desc, q(HDREXT, "rtp-hdrext"), {"id": ident, "uri": uri})
    for ssrc, params in sources.items():
        src = ET.SubElement(desc, q(SSMA, "source"), {"ssrc": ssrc})
        for k, v in params:
            ET.SubElement(src, q(SSMA, "parameter"), {"name": k, "value": v})
    if mux:
        ET.SubElement(desc, q(RTP, "rtcp-mux"))
    transport = ET.SubElement(content, q(ICE, "transport"), {"ufrag": ice["ufrag"], "pwd": ice["pwd"]})
    fp = ET.SubElement(transport, q(DTLS, "fingerprint"), {"hash": "sha-256", "setup": setup})
    fp.text = fingerprint
    return jingle, mid, ice, candidates


def candidate_to_xml(sdp_candidate, generation="0"):
    """'candidate:F C udp P IP PORT typ T [raddr A rport R]' as an XEP-0176 <candidate/>."""
    f = sdp_candidate.split(" ")
    attrs = {"foundation": f[0].split(":", 1)[1], "component": f[1], "protocol": f[2].lower(),
             "priority": f[3], "ip": f[4], "port": f[5], "type": f[7], "generation": generation,
             "network": "0", "id": uuid.uuid4().hex[:10]}
    for i in range(8, len(f) - 1, 2):
        if f[i] == "raddr":
            attrs["rel-addr"] = f[i + 1]
        elif f[i] == "rport":
            attrs["rel-port"] = f[i + 1]
    return ET.Element(q(ICE, "candidate"), attrs)


def xml_candidate_to_sdp(c):
    line = "candidate:%s %s %s %s %s %s typ %s" % (
        c.get("foundation"), c.get("component"), c.get("protocol", "udp"), c.get("priority"),
        c.get("ip"), c.get("port"), c.get("type", "host"))
    if c.get("rel-addr"):
        line += " raddr %s rport %s" % (c.get("rel-addr"), c.get("rel-port"))
    return line


def jingle_to_sdp(jingle):
    """The room's session-accept (or session-initiate) as the SDP aiortc expects."""
    content = jingle.find(q(JINGLE, "content"))
    name = content.get("name")
    desc = content.find(q(RTP, "description"))
    transport = content.find(q(ICE, "transport"))
    fp = transport.find(q(DTLS, "fingerprint"))
    pts = desc.findall(q(RTP, "payload-type"))
    lines = ["v=0", "o=- 1 1 IN IP4 0.0.0.0", "s=-", "t=0 0"]
    group = jingle.find(q(GROUP, "group"))
    if group is not None:
        lines.append("a=group:BUNDLE " + " ".join(c.get("name") for c in group.findall(q(GROUP, "content"))))
    lines.append("m=audio 9 UDP/TLS/RTP/SAVPF " + " ".join(p.get("id") for p in pts))
    lines += ["c=IN IP4 0.0.0.0", "a=mid:" + name, "a=sendrecv"]
    if desc.find(q(RTP, "rtcp-mux")) is not None:
        lines.append("a=rtcp-mux")
    for p in pts:
        enc = "%s/%s" % (p.get("name"), p.get("clockrate"))
        if p.get("channels"):
            enc += "/" + p.get("channels")
        lines.append("a=rtpmap:%s %s" % (p.get("id"), enc))
        params = [(x.get("name"), x.get("value")) for x in p.findall(q(RTP, "parameter"))]
        if params:
            lines.append("a=fmtp:%s %s" % (p.get("id"), ";".join("%s=%s" % kv for kv in params)))
    for h in desc.findall(q(HDREXT, "rtp-hdrext")):
        lines.append("a=extmap:%s %s" % (h.get("id"), h.get("uri")))
    for s in desc.findall(q(SSMA, "source")):
        for prm in s.findall(q(SSMA, "parameter")):
            lines.append("a=ssrc:%s %s:%s" % (s.get("ssrc"), prm.get("name"), prm.get("value")))
    lines += ["a=ice-ufrag:" + transport.get("ufrag"), "a=ice-pwd:" + transport.get("pwd"),
              "a=fingerprint:%s %s" % (fp.get("hash"), fp.text.strip()), "a=setup:" + fp.get("setup")]
    for c in transport.findall(q(ICE, "candidate")):
        lines.append("a=" + xml_candidate_to_sdp(c))
    return "\r\n".join(lines) + "\r\n", name


class Caller(slixmpp.ClientXMPP):
    def __init__(self, jid, password, room, hz, seconds, mode, wav_path):
        super().__init__(jid, password)
        self.room, self.hz, self.seconds, self.mode = room, hz, seconds, mode
        self.sid = uuid.uuid4().hex
        self.pc = RTCPeerConnection()
        self.focus = None
        self.proceeded = asyncio.Event()
        self.accepted = asyncio.Event()
        self.connected = asyncio.Event()
        self.terminated = asyncio.Event()
        self.done = asyncio.get_event_loop().create_future()
        self.summary = {"coin": [], "transport_info_from_room": 0, "candidates_from_room": 0,
                        "room_candidate_types": []}
        self.mid = None
        self.invited = asyncio.Event()
        self.offer_jingle = None
        self.tasks = []
        self.wav = wave.open(wav_path, "wb")
        self.wav.setnchannels(1)
        self.wav.setsampwidth(2)
        self.wav.setframerate(48000)
        self.register_plugin("xep_0030")
        for feature in (JINGLE, RTP, "urn:xmpp:jingle:apps:rtp:audio", ICE, DTLS, GROUP, JMI, COIN):
            self["xep_0030"].add_feature(feature)
        self.add_event_handler("session_start", self.start)
        self.register_handler(Callback(
            "jmi", MatchXPath("{jabber:client}message/{%s}proceed" % JMI), self.on_proceed))
        self.register_handler(Callback(
            "propose", MatchXPath("{jabber:client}message/{%s}propose" % JMI), self.on_propose))
        self.register_handler(Callback(
            "jingle", MatchXPath("{jabber:client}iq/{%s}jingle" % JINGLE), self.on_jingle))
        self.register_handler(Callback(
            "coin", MatchXPath("{jabber:client}iq/{%s}conference-info" % CONF_INFO), self.on_coin))

        @self.pc.on("track")
        def on_track(track):
            self.tasks.append(asyncio.ensure_future(self.record(track)))

        @self.pc.on("connectionstatechange")
        async def on_state():
            print("caller: connection", self.pc.connectionState, flush=True)
            if self.pc.connectionState == "connected":
                self.connected.set()

    async def record(self, track):
        try:
            while True:
                frame = await track.recv()
                channels = len(frame.layout.channels)
                pcm = frame.to_ndarray().reshape(-1)[::channels]
                self.wav.writeframes(pcm.astype("<i2").tobytes())
        except MediaStreamError:
            pass

    def on_proceed(self, msg):
        if msg.xml.find(q(JMI, "proceed")).get("id") == self.sid:
            self.focus = str(msg["from"])
            self.summary["proceed_from"] = self.focus
            self.proceeded.set()

    def on_propose(self, msg):
        # the room calls: proceed (XEP-0353 v0.8), from this device to the focus that proposed
        self.sid = msg.xml.find(q(JMI, "propose")).get("id")
        self.focus = str(msg["from"])
        self.summary["propose_from"] = self.focus
        reply = self.Message()
        reply["to"] = self.focus
        reply["type"] = "chat"
        ET.SubElement(reply.xml, q(JMI, "proceed"), {"id": self.sid})
        reply.send()

    def on_coin(self, iq):
        info = iq.xml.find(q(CONF_INFO, "conference-info"))
        users = []
        for user in info.iter(q(CONF_INFO, "user")):
            users.append({"entity": user.get("entity"), "state": user.get("state")})
        self.summary["coin"].append({"state": info.get("state"), "version": info.get("version"), "users": users})
        iq.reply().send()

    def on_jingle(self, iq):
        jingle = iq.xml.find(q(JINGLE, "jingle"))
        action = jingle.get("action")
        if (action == "session-initiate" and self.mode.startswith("answer") and not self.invited.is_set()
                and iq["type"] == "set"):
            # the proposed session, or a direct session-initiate without a proposal
            self.sid = jingle.get("sid")
            self.focus = str(iq["from"])
        if jingle.get("sid") != self.sid or iq["type"] != "set":
            return
        iq.reply().send()
        if action == "session-initiate":
            self.summary["initiate"] = ET.tostring(jingle, encoding="unicode")
            self.offer_jingle = jingle
            self.invited.set()
        elif action == "session-accept":
            self.summary["accept"] = ET.tostring(jingle, encoding="unicode")
            sdp, _ = jingle_to_sdp(jingle)
            self.summary["answer_sdp"] = sdp
            asyncio.ensure_future(self.apply_answer(sdp))
        elif action == "transport-info":
            self.summary["transport_info_from_room"] += 1
            asyncio.ensure_future(self.add_candidates(jingle))
        elif action == "session-terminate":
            reason = jingle.find(q(JINGLE, "reason"))
            self.summary["terminated_by"] = "room"
            self.summary["reason"] = None if reason is None or len(reason) == 0 else reason[0].tag.split("}")[-1]
            self.terminated.set()

    async def apply_answer(self, sdp):
        await self.pc.setRemoteDescription(RTCSessionDescription(sdp=sdp, type="answer"))
        self.accepted.set()

    async def add_candidates(self, jingle):
        await self.accepted.wait()
        for content in jingle.findall(q(JINGLE, "content")):
            for c in content.iter(q(ICE, "candidate")):
                candidate = candidate_from_sdp(xml_candidate_to_sdp(c))
                candidate.sdpMid = content.get("name")
                self.summary["candidates_from_room"] += 1
                self.summary["room_candidate_types"].append(c.get("type"))
                await self.pc.addIceCandidate(candidate)

    async def jingle_set(self, jingle):
        iq = self.Iq()
        iq["type"] = "set"
        iq["to"] = self.focus
        iq.xml.append(jingle)
        return await iq.send(timeout=20)

    async def start(self, event):
        try:
            self.send_presence()
            print("caller: session started", flush=True)
            if self.mode.startswith("answer"):
                await self.answer()
            else:
                await self.call()
            await self.media()
            self.summary["ok"] = True
        except Exception as e:  # the test reads the reason from the summary
            self.summary["error"] = "%s: %s" % (type(e).__name__, e)
        finally:
            for t in self.tasks:
                t.cancel()
            await self.pc.close()
            self.wav.close()
            self.disconnect()
            if not self.done.done():
                self.done.set_result(True)

    async def answer(self):
        await asyncio.wait_for(self.invited.wait(), 30)
        sdp, self.mid = jingle_to_sdp(self.offer_jingle)
        self.pc.addTrack(Tone(self.hz))
        await self.pc.setRemoteDescription(RTCSessionDescription(sdp=sdp, type="offer"))  # with its candidates
        await self.pc.setLocalDescription(await self.pc.createAnswer())
        accept, _, _, candidates = sdp_to_jingle(self.pc.localDescription.sdp, self.sid, "session-accept")
        accept.set("responder", str(self.boundjid))
        transport = accept.find(q(JINGLE, "content")).find(q(ICE, "transport"))
        for cand in candidates:  # aiortc has gathered them: they go in the answer
            transport.append(candidate_to_xml(cand))
        self.summary["accept_sent"] = ET.tostring(accept, encoding="unicode")
        await self.jingle_set(accept)
        self.accepted.set()

    async def call(self):
        msg = self.Message()
        msg["to"] = self.room
        msg["type"] = "chat"
        propose = ET.SubElement(msg.xml, q(JMI, "propose"), {"id": self.sid})
        ET.SubElement(propose, q(RTP, "description"), {"media": "audio"})
        ET.SubElement(msg.xml, "{urn:xmpp:hints}store")
        msg.send()
        await asyncio.wait_for(self.proceeded.wait(), 20)

        self.pc.addTrack(Tone(self.hz))
        await self.pc.setLocalDescription(await self.pc.createOffer())
        jingle, self.mid, ice, candidates = sdp_to_jingle(self.pc.localDescription.sdp, self.sid)
        self.summary["offer"] = ET.tostring(jingle, encoding="unicode")
        await self.jingle_set(jingle)
        for cand in candidates:  # trickled, one transport-info each, as Conversations does
            ti = ET.Element(q(JINGLE, "jingle"), {"action": "transport-info", "sid": self.sid})
            content = ET.SubElement(ti, q(JINGLE, "content"), {"creator": "initiator", "name": self.mid})
            transport = ET.SubElement(content, q(ICE, "transport"), {"ufrag": ice["ufrag"], "pwd": ice["pwd"]})
            transport.append(candidate_to_xml(cand))
            await self.jingle_set(ti)
        await asyncio.wait_for(self.accepted.wait(), 20)

    async def media(self):
        await asyncio.wait_for(self.connected.wait(), 20)
        self.summary["connected"] = True
        if self.mode.endswith("hangup"):
            await asyncio.sleep(self.seconds)
            bye = ET.Element(q(JINGLE, "jingle"), {"action": "session-terminate", "sid": self.sid})
            reason = ET.SubElement(bye, q(JINGLE, "reason"))
            ET.SubElement(reason, q(JINGLE, "success"))
            self.summary["terminated_by"] = "caller"
            await self.jingle_set(bye)
        else:
            await asyncio.wait_for(self.terminated.wait(), self.seconds + 30)


def main(argv):
    jid, password, host, port, room, hz, seconds, mode, wav_path, summary_path = argv[1:11]
    caller = Caller(jid, password, room, float(hz), float(seconds), mode, wav_path)
    caller.connect(address=(host, int(port)), disable_starttls=True, force_starttls=False)
    caller.loop.run_until_complete(asyncio.wait_for(caller.done, float(seconds) + 90))
    with open(summary_path + ".tmp", "w") as f:
        json.dump(caller.summary, f, indent=1)
    import os
    os.rename(summary_path + ".tmp", summary_path)
    return 0 if caller.summary.get("ok") else 2


if __name__ == "__main__":
    sys.exit(main(sys.argv))
