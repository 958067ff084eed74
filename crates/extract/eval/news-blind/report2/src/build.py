#!/usr/bin/env python3
"""Build NN.txt and NN.gold.json from src/NN.md (inline markup) and check them.

Source format (src/NN.md):
  lines starting with '@' before the '---' line define entities:
      @id TYPE name            (TYPE: PERSON LOCATION ORG EVENT MISC)
      @id PERSON name | title
  after '---': the article (headline, blank line, paragraphs), with mentions marked
      {{surface|TYPE|id}}  for entity mentions (TYPE one of PER LOC ORG EVT MISC)
      {{surface|DATE}} / {{surface|TITLE}}  (entity null)
Run: python3 build.py   (from this folder; writes ../NN.txt and ../NN.gold.json)
"""
import json, re, sys, os
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
TYPES = {"PER": "PERSON", "LOC": "LOCATION", "ORG": "ORG", "EVT": "EVENT",
         "MISC": "MISC", "DATE": "DATE", "TITLE": "TITLE"}
MARK = re.compile(r"\{\{([^{}|]+)\|([A-Z]+)(?:\|([^{}|]+))?\}\}")

def build(nn):
    src = open(os.path.join(HERE, f"{nn}.md"), encoding="utf-8").read()
    head, body = src.split("\n---\n", 1)
    entities = {}
    for line in head.splitlines():
        line = line.strip()
        if not line.startswith("@"):
            continue
        ident, typ, rest = line[1:].split(" ", 2)
        assert typ in TYPES.values() and typ not in ("DATE", "TITLE"), line
        name, _, title = rest.partition("|")
        e = {"type": typ, "name": name.strip()}
        if title.strip():
            assert typ == "PERSON", line
            e["title"] = title.strip()
        assert ident not in entities, ident
        entities[ident] = e
    body = body.strip("\n") + "\n"
    text, mentions, pos = [], [], 0
    out_len = 0
    for m in MARK.finditer(body):
        chunk = body[pos:m.start()]
        assert "{{" not in chunk and "}}" not in chunk, (nn, chunk[-80:])
        text.append(chunk); out_len += len(chunk)
        surface, t, ident = m.group(1), m.group(2), m.group(3)
        assert t in TYPES, (nn, m.group(0))
        typ = TYPES[t]
        if typ in ("DATE", "TITLE"):
            assert ident is None, (nn, m.group(0))
        else:
            assert ident in entities, (nn, m.group(0))
            assert entities[ident]["type"] == typ, (nn, m.group(0))
        assert surface == surface.strip(), (nn, surface)
        mentions.append({"start": out_len, "end": out_len + len(surface), "text": surface,
                         "type": typ, "entity": ident})
        text.append(surface); out_len += len(surface); pos = m.end()
    rest = body[pos:]
    assert "{{" not in rest and "}}" not in rest, (nn, rest[:80])
    text.append(rest)
    text = "".join(text)
    # checks
    assert "\r" not in text and not text.startswith("\ufeff")
    lines = text.split("\n")
    assert lines[1] == "" and lines[0] and all(l for l in lines[2:-1]), nn
    prev_end = -1
    for mm in mentions:
        assert text[mm["start"]:mm["end"]] == mm["text"], mm
        assert mm["start"] >= prev_end, ("overlap/order", nn, mm)
        prev_end = mm["end"]
        a, b = mm["start"], mm["end"]
        # word boundaries: before a mention only a separable clitic or a non-letter
        if a > 0 and text[a-1].isalpha():
            j = a - 1
            while j >= 0 and text[j].isalpha():
                j -= 1
            pre = text[j+1:a]
            assert re.fullmatch(r"[وفبلك]{1,2}|[وف]?[بلك]ـ?", pre), ("clitic", nn, pre, mm["text"])
        assert b == len(text) or not text[b].isalpha(), ("end inside word", nn, mm["text"], text[b:b+5])
    used = {mm["entity"] for mm in mentions if mm["entity"]}
    unused = set(entities) - used
    assert not unused, (nn, unused)
    words = len(re.findall(r"\S+", "\n".join(lines[2:])))
    gold = {
        "document": f"{nn}.txt",
        "offsets": "Unicode scalar values (Rust char indices) into the file's text, end exclusive",
        "note": "A mention may include or exclude a leading conjunction/preposition clitic (و ف ب ل ك); both count as the same mention. A title next to its holder is the person's title, not a mention.",
        "entities": entities,
        "mentions": mentions,
    }
    with open(os.path.join(OUT, f"{nn}.txt"), "w", encoding="utf-8", newline="\n") as f:
        f.write(text)
    with open(os.path.join(OUT, f"{nn}.gold.json"), "w", encoding="utf-8", newline="\n") as f:
        json.dump(gold, f, ensure_ascii=False, indent=1); f.write("\n")
    c = Counter(mm["type"] for mm in mentions)
    return words, c

def main():
    order = ["PERSON", "LOCATION", "ORG", "EVENT", "DATE", "TITLE", "MISC"]
    tot = Counter()
    nns = sys.argv[1:] or sorted(f[:2] for f in os.listdir(HERE) if re.fullmatch(r"\d\d\.md", f))
    print("| # | words | " + " | ".join(order) + " | all |")
    for nn in nns:
        w, c = build(nn); tot += c
        print(f"| {nn} | {w} | " + " | ".join(str(c[t]) for t in order) + f" | {sum(c.values())} |")
    print("| all | | " + " | ".join(str(tot[t]) for t in order) + f" | {sum(tot.values())} |")

if __name__ == "__main__":
    main()
