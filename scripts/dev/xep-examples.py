#!/usr/bin/env python3
"""Extract the XML examples of an XEP source file as candidate test fixtures.

Usage: scripts/dev/xep-examples.py path/to/xep-0166.xml OUT_DIR

Writes OUT_DIR/example-NN.xml for every <example> whose content is one well-formed XML element (after trimming),
and prints a line for every example it skipped and why (several stanzas, placeholders such as '...', or not XML).
A maintainer then keeps the examples in namespaces Parley models, and corrects broken ones by hand, adding an XML
comment that says what was fixed. This is a maintainer tool: the build never runs it.
"""
import os
import re
import sys
import xml.dom.minidom
import xml.parsers.expat


def examples(source):
    for i, m in enumerate(re.finditer(r"<example(?:\s+caption=(['\"])(.*?)\1)?[^>]*>\s*<!\[CDATA\[(.*?)\]\]>\s*</example>",
                                      source, re.S), start=1):
        yield i, (m.group(2) or "").strip(), m.group(3)


def main():
    src, out = sys.argv[1], sys.argv[2]
    os.makedirs(out, exist_ok=True)
    text = open(src, encoding="utf-8").read()
    for n, caption, body in examples(text):
        body = body.strip()
        try:
            doc = xml.dom.minidom.parseString(body)
        except xml.parsers.expat.ExpatError as e:
            print(f"skip {n:02d} ({caption}): {e}")
            continue
        path = os.path.join(out, f"example-{n:02d}.xml")
        with open(path, "w", encoding="utf-8") as f:
            f.write(f"<!-- {os.path.basename(src)} example {n}: {caption.replace('--', '-')} -->\n{body}\n")
        print(f"wrote {path}")


if __name__ == "__main__":
    main()
