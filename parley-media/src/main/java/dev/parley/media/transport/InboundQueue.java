/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.media.transport;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import org.jspecify.annotations.Nullable;

/**
 * A bounded single-producer single-consumer ring of datagram slots: the boundary between an I/O
 * thread (producer) and the tick thread (consumer) of one participant.
 *
 * <p><b>Ownership:</b> the producer writes into {@link #claim()}'s buffer and hands the slot over
 * with {@link #publish}; the consumer reads slots from {@link #peek()} and hands them back with
 * {@link #release()}. A slot's bytes are never touched by the other side while it owns them; the
 * release/acquire on the head and tail indices orders the hand-over. Slots are allocated once
 * (capacity × slot size bytes), so receiving allocates nothing.
 *
 * <p>A datagram that fills its slot completely may have been truncated (Java reports no
 * truncation), so such datagrams are marked {@link #truncated()} and the consumer drops them.
 */
public final class InboundQueue {
  private static final VarHandle HEAD;
  private static final VarHandle TAIL;

  static {
    try {
      MethodHandles.Lookup l = MethodHandles.lookup();
      HEAD = l.findVarHandle(InboundQueue.class, "head", long.class);
      TAIL = l.findVarHandle(InboundQueue.class, "tail", long.class);
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  private final int mask;
  private final byte[][] data;
  private final ByteBuffer[] buffers;
  private final int[] lengths;
  private final long[] arrivals;
  private final PacketKind[] kinds;

  @SuppressWarnings("unused") // accessed through HEAD: next slot the consumer reads
  private volatile long head;

  @SuppressWarnings("unused") // accessed through TAIL: next slot the producer fills
  private volatile long tail;

  private int current = -1; // the consumer's peeked slot

  /** A queue of {@code capacity} slots (a power of two) of {@code slotSize} bytes. */
  public InboundQueue(int capacity, int slotSize) {
    if (capacity < 2 || Integer.bitCount(capacity) != 1) {
      throw new IllegalArgumentException("capacity must be a power of two >= 2: " + capacity);
    }
    mask = capacity - 1;
    data = new byte[capacity][slotSize];
    buffers = new ByteBuffer[capacity];
    for (int i = 0; i < capacity; i++) {
      buffers[i] = ByteBuffer.wrap(data[i]);
    }
    lengths = new int[capacity];
    arrivals = new long[capacity];
    kinds = new PacketKind[capacity];
  }

  // --- producer (I/O thread) ---

  /** The cleared buffer of the next free slot, or null when the queue is full. Producer only. */
  public @Nullable ByteBuffer claim() {
    long t = (long) TAIL.getOpaque(this);
    if (t - (long) HEAD.getAcquire(this) > mask) {
      return null;
    }
    ByteBuffer b = buffers[(int) (t & mask)];
    b.clear();
    return b;
  }

  /** Hands the claimed slot, now holding a datagram, to the consumer. Producer only. */
  public void publish(PacketKind kind, long arrivalNanos) {
    long t = (long) TAIL.getOpaque(this);
    int slot = (int) (t & mask);
    lengths[slot] = buffers[slot].position();
    arrivals[slot] = arrivalNanos;
    kinds[slot] = kind;
    TAIL.setRelease(this, t + 1);
  }

  // --- consumer (tick thread) ---

  /** Whether a datagram is waiting; if so, it becomes the current one. Consumer only. */
  public boolean peek() {
    long h = (long) HEAD.getOpaque(this);
    if (h == (long) TAIL.getAcquire(this)) {
      current = -1;
      return false;
    }
    current = (int) (h & mask);
    return true;
  }

  /** The current datagram's bytes (from offset 0). */
  public byte[] data() {
    return data[current];
  }

  public int length() {
    return lengths[current];
  }

  public long arrivalNanos() {
    return arrivals[current];
  }

  public PacketKind kind() {
    return kinds[current];
  }

  /** Whether the current datagram filled its slot and may have been truncated. */
  public boolean truncated() {
    return lengths[current] == data[current].length;
  }

  /** Hands the current slot back to the producer. Consumer only. */
  public void release() {
    HEAD.setRelease(this, (long) HEAD.getOpaque(this) + 1);
    current = -1;
  }

  /** Datagrams waiting (approximate from other threads). */
  public int size() {
    return (int) ((long) TAIL.getAcquire(this) - (long) HEAD.getAcquire(this));
  }
}
