#!/usr/bin/env python3
"""Build NN.txt and NN.gold.json from NN.md (inline markup) and check them.

Markup in NN.md:
  @id TYPE name | title        entity declarations (title optional, PERSON only), above '---'
  {{surface|TYPE|id}}          a mention of entity id (TYPE must equal the entity's type)
  {{surface|DATE}}             a DATE mention (entity null)
  {{surface|TITLE}}            a TITLE mention (entity null)
Below '---': line 1 is the headline, then one paragraph per line (blank lines dropped).
Output: headline, blank line, paragraphs joined by '\n', final '\n' (UTF-8, LF, no BOM).
Run: python3 src/build.py   (from anywhere)
"""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
TYPES = ["PERSON", "LOCATION", "ORG", "EVENT", "DATE", "TITLE", "MISC"]
MARK = re.compile(r"\{\{([^{}|]+)\|([A-Z]+)(?:\|([^{}|]+))?\}\}")
AR = re.compile(r"[\u0621-\u064A\u0660-\u0669\u0671-\u06D3\u0640A-Za-z0-9]")
CLITICS = "وفبلك"


def build(nn):
    src = open(os.path.join(HERE, f"{nn}.md"), encoding="utf-8").read()
    head, body = src.split("\n---\n", 1)
    ents = {}
    for line in head.splitlines():
        line = line.strip()
        if not line.startswith("@"):
            continue
        m = re.match(r"@(\S+)\s+(\S+)\s+(.*)$", line)
        eid, typ, rest = m.groups()
        assert typ in TYPES and typ not in ("DATE", "TITLE"), line
        name, _, title = rest.partition("|")
        e = {"type": typ, "name": name.strip()}
        if title.strip():
            assert typ == "PERSON", line
            e["title"] = title.strip()
        assert eid not in ents, eid
        ents[eid] = e
    lines = [l.strip() for l in body.strip().splitlines() if l.strip()]
    marked = lines[0] + "\n\n" + "\n".join(lines[1:]) + "\n"
    text, mentions, pos, last = [], [], 0, 0
    for m in MARK.finditer(marked):
        text.append(marked[last:m.start()])
        pos += m.start() - last
        surf, typ, eid = m.groups()
        assert typ in TYPES, (nn, m.group(0))
        if typ in ("DATE", "TITLE"):
            assert eid is None, (nn, m.group(0))
        else:
            assert eid in ents, (nn, "unknown entity", m.group(0))
            assert ents[eid]["type"] == typ, (nn, "type mismatch", m.group(0))
        mentions.append({"start": pos, "end": pos + len(surf), "text": surf,
                         "type": typ, "entity": eid})
        text.append(surf)
        pos += len(surf)
        last = m.end()
    text.append(marked[last:])
    text = "".join(text)
    assert "{{" not in text and "}}" not in text and "|" not in text, nn
    # checks
    prev_end = -1
    for mm in mentions:
        assert text[mm["start"]:mm["end"]] == mm["text"], mm
        assert mm["start"] >= prev_end, ("overlap/order", nn, mm)
        prev_end = mm["end"]
        assert mm["text"] == mm["text"].strip(), ("spaces", nn, mm)
        # word boundary: before the mention only a clitic run (<=2 letters) inside a word
        s = mm["start"]
        k = s
        while k > 0 and AR.match(text[k - 1]):
            k -= 1
        pre = text[k:s].replace("\u0640", "")
        assert len(pre) <= 2 and all(c in CLITICS for c in pre), ("boundary", nn, pre, mm)
        e = mm["end"]
        assert e == len(text) or not AR.match(text[e]), ("end boundary", nn, mm)
    used = {mm["entity"] for mm in mentions}
    for eid in ents:
        assert eid in used, (nn, "unused entity", eid)
    gold = {
        "document": f"{nn}.txt",
        "offsets": "Unicode scalar values (Rust char indices) into the file's text, end exclusive",
        "note": "A mention may include or exclude a leading conjunction/preposition clitic (و ف ب ل ك); both count as the same mention.",
        "entities": ents,
        "mentions": mentions,
    }
    with open(os.path.join(OUT, f"{nn}.txt"), "w", encoding="utf-8", newline="\n") as f:
        f.write(text)
    with open(os.path.join(OUT, f"{nn}.gold.json"), "w", encoding="utf-8", newline="\n") as f:
        json.dump(gold, f, ensure_ascii=False, indent=1)
        f.write("\n")
    words = len(text.split("\n", 2)[2].split())
    counts = {t: sum(1 for mm in mentions if mm["type"] == t) for t in TYPES}
    titled = sum(1 for e in ents.values() if e["type"] == "PERSON" and "title" in e)
    persons = sum(1 for e in ents.values() if e["type"] == "PERSON")
    return words, counts, titled, persons


def main():
    nns = sorted(f[:-3] for f in os.listdir(HERE) if re.fullmatch(r"\d\d\.md", f))
    if len(sys.argv) > 1:
        nns = sys.argv[1:]
    tot = {t: 0 for t in TYPES}
    tw = tt = tp = 0
    print("| # | words | " + " | ".join(TYPES) + " | all |")
    for nn in nns:
        w, c, titled, persons = build(nn)
        tw += w; tt += titled; tp += persons
        for t in TYPES:
            tot[t] += c[t]
        print(f"| {nn} | {w} | " + " | ".join(str(c[t]) for t in TYPES) + f" | {sum(c.values())} |")
    print(f"| all | {tw} | " + " | ".join(str(tot[t]) for t in TYPES) + f" | {sum(tot.values())} |")
    print(f"PERSON entities with a title: {tt} of {tp}")


if __name__ == "__main__":
    main()
