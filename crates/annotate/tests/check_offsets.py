#!/usr/bin/env python3
"""Checks that Sahifa's exported offsets agree with Python's str indexing.

Usage: check_offsets.py GOLD.json JSONL BRAT.txt BRAT.ann W3C.json

- JSONL: every line's spans equal the gold mentions, and text[start:end] is the gold text;
- brat: every T line's text equals txt[start:end] (fragments joined by a space) and the
  .txt is the JSONL text;
- W3C: every TextPositionSelector's text[start:end] equals its TextQuoteSelector's exact,
  and prefix/suffix are the 32 characters around it.
Exits 1 with a message on the first disagreement.
"""
import json
import sys


def fail(msg):
    print(f"check_offsets: {msg}", file=sys.stderr)
    sys.exit(1)


def main(gold_path, jsonl_path, txt_path, ann_path, w3c_path):
    with open(gold_path, encoding="utf-8") as f:
        gold = json.load(f)
    want = sorted((m["start"], m["end"], m["type"], m["text"]) for m in gold["mentions"])

    with open(jsonl_path, encoding="utf-8") as f:
        lines = [json.loads(line) for line in f if line.strip()]
    if len(lines) != 1:
        fail(f"expected one JSONL line, got {len(lines)}")
    text = lines[0]["text"]
    got = [(s["start"], s["end"], s["label"], text[s["start"]:s["end"]]) for s in lines[0]["spans"]]
    if got != want:
        for g, w in zip(got, want):
            if g != w:
                fail(f"JSONL span {g} != gold {w}")
        fail(f"JSONL has {len(got)} spans, gold {len(want)}")

    with open(txt_path, encoding="utf-8", newline="") as f:
        txt = f.read()
    if txt != text:
        fail("brat .txt differs from the JSONL text")
    n = 0
    with open(ann_path, encoding="utf-8") as f:
        for line in f:
            if not line.startswith("T"):
                continue
            _, middle, span_text = line.rstrip("\n").split("\t")
            _, offsets = middle.split(" ", 1)
            pieces = []
            for frag in offsets.split(";"):
                s, e = map(int, frag.split())
                pieces.append(txt[s:e])
            if " ".join(pieces) != span_text:
                fail(f"brat {line.strip()!r}: txt[{offsets}] is {' '.join(pieces)!r}")
            n += 1
    if n != len(want):
        fail(f"brat has {n} T lines, gold {len(want)}")

    with open(w3c_path, encoding="utf-8") as f:
        page = json.load(f)
    for item in page["items"]:
        sel = {s["type"]: s for s in item["target"]["selector"]}
        q, p = sel["TextQuoteSelector"], sel["TextPositionSelector"]
        s, e = p["start"], p["end"]
        if text[s:e] != q["exact"]:
            fail(f"W3C {item['id']}: text[{s}:{e}] is {text[s:e]!r}, exact {q['exact']!r}")
        if text[max(0, s - 32):s] != q["prefix"] or text[e:e + 32] != q["suffix"]:
            fail(f"W3C {item['id']}: prefix/suffix do not match the text around {s}:{e}")
    if len(page["items"]) != len(want):
        fail(f"W3C has {len(page['items'])} annotations, gold {len(want)}")
    print(f"check_offsets: {len(want)} spans agree with Python str indexing")
    return 0


if __name__ == "__main__":
    if len(sys.argv) != 6:
        fail(__doc__)
    sys.exit(main(*sys.argv[1:]))
