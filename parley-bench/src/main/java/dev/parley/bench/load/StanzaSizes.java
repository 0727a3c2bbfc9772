/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.bench.load;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;

/**
 * The size on the wire of every top-level element of an XMPP stream, measured on the bytes as they
 * pass to the stream parser: a small lexer follows the element depth and queues, in order, the
 * bytes from the end of one top-level element to the end of the next (so whitespace keep-alives
 * count with the next stanza). The parser reads ahead, but it returns elements in the same order,
 * so after it returned one, {@link #next()} is that element's size.
 *
 * <p>Enough XML for what servers send on a component stream: start, end and empty tags, quoted
 * attribute values (which may hold {@code >}), the XML declaration; comments and CDATA sections are
 * assumed absent (RFC 6120 § 11.1 forbids comments, and servers do not write CDATA). One thread
 * reads it.
 */
final class StanzaSizes extends FilterInputStream {
  private enum Lex {
    TEXT,
    OPEN,
    START_TAG,
    END_TAG,
    OTHER
  }

  private final ArrayDeque<Long> sizes = new ArrayDeque<>();
  private Lex lex = Lex.TEXT;
  private int depth;
  private char quote;
  private int previous;
  private long offset;
  private long lastEnd;

  StanzaSizes(InputStream in) {
    super(in);
  }

  /** The size in bytes of the next top-level element the parser returned. */
  long next() {
    Long size = sizes.poll();
    if (size == null) {
      throw new IllegalStateException("the parser returned an element the lexer did not see end");
    }
    return size;
  }

  @Override
  public int read() throws IOException {
    int b = super.read();
    if (b >= 0) {
      scan(b);
    }
    return b;
  }

  @Override
  public int read(byte[] buf, int off, int len) throws IOException {
    int n = super.read(buf, off, len);
    for (int i = 0; i < n; i++) {
      scan(buf[off + i] & 0xFF);
    }
    return n;
  }

  private void scan(int b) {
    offset++;
    switch (lex) {
      case TEXT -> {
        if (b == '<') {
          lex = Lex.OPEN;
        }
      }
      case OPEN -> {
        lex =
            switch (b) {
              case '/' -> Lex.END_TAG;
              case '?', '!' -> Lex.OTHER;
              default -> Lex.START_TAG;
            };
      }
      case START_TAG -> {
        if (quote != 0) {
          if (b == quote) {
            quote = 0;
          }
        } else if (b == '\'' || b == '"') {
          quote = (char) b;
        } else if (b == '>') {
          lex = Lex.TEXT;
          if (previous == '/') {
            elementEnded(depth + 1);
          } else if (++depth == 1) {
            lastEnd = offset; // the stream's root: what follows are its children
          }
        }
      }
      case END_TAG -> {
        if (b == '>') {
          lex = Lex.TEXT;
          elementEnded(depth--);
        }
      }
      case OTHER -> {
        if (b == '>') {
          lex = Lex.TEXT;
        }
      }
    }
    previous = b;
  }

  /** An element at {@code level} (the root is 1) ended at the current offset. */
  private void elementEnded(int level) {
    if (level == 2) {
      sizes.add(offset - lastEnd);
      lastEnd = offset;
    }
  }
}
