#!/usr/bin/env python3
"""Build NN.txt and NN.gold.json from NN.md (inline markup) and check them.

Markup in NN.md:
  @id TYPE name | title        entity declarations (title optional), above a line '---'
  {{surface|TYPE|id}}          a mention of entity id (TYPE must match the entity's type)
  {{surface|DATE}}             a DATE mention (entity null)
  {{surface|TITLE}}            a TITLE mention (entity null)
Below '---': line 1 is the headline, then one paragraph per line (blank lines dropped);
the output is headline, blank line, paragraphs joined by '\n', final '\n'.
Run: cd src && python3 build.py
"""
import json, re, sys, os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
TYPES = ["PERSON", "LOCATION", "ORG", "EVENT", "DATE", "TITLE", "MISC"]
MARK = re.compile(r"\{\{([^{}|]+)\|([A-Z]+)(?:\|([^{}|]+))?\}\}")
AR = re.compile(r"[\u0621-\u064A\u0660-\u0669\u0671-\u06D3\u0640]")
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
    text_lines, mentions = [], []
    pos = 0
    for i, line in enumerate(lines):
        out = ""
        last = 0
        for m in MARK.finditer(line):
            out += line[last:m.start()]
            surf, typ, eid = m.groups()
            start = pos + len(out)
            out += surf
            assert typ in TYPES, (nn, m.group(0))
            if typ in ("DATE", "TITLE"):
                assert eid is None, (nn, m.group(0))
            else:
                assert eid in ents, (nn, m.group(0))
                assert ents[eid]["type"] == typ, (nn, m.group(0))
            mentions.append({"start": start, "end": start + len(surf), "text": surf,
                             "type": typ, "entity": eid})
            last = m.end()
        out += line[last:]
        assert "{{" not in out and "}}" not in out, (nn, out)
        text_lines.append(out)
        pos += len(out) + (2 if i == 0 else 1)
    text = text_lines[0] + "\n\n" + "\n".join(text_lines[1:]) + "\n"
    # checks
    prev_end = -1
    for mm in mentions:
        assert text[mm["start"]:mm["end"]] == mm["text"], mm
        assert mm["start"] >= prev_end, ("overlap/order", nn, mm)
        prev_end = mm["end"]
        s, e = mm["start"], mm["end"]
        assert mm["text"] == mm["text"].strip(), mm
        # word boundary: before = non-letter, or one clitic (optionally two, or ل + ل) after a boundary
        j = s
        k = 0
        while j > 0 and text[j-1] in CLITICS and k < 2:
            j -= 1; k += 1
        if j > 0 and AR.match(text[j-1]):
            raise AssertionError(("left boundary", nn, mm, text[max(0,s-5):s]))
        if e < len(text) and AR.match(text[e]):
            raise AssertionError(("right boundary", nn, mm, text[e:e+5]))
    used = {mm["entity"] for mm in mentions if mm["entity"]}
    unused = set(ents) - used
    assert not unused, (nn, unused)
    gold = {
        "document": f"{nn}.txt",
        "offsets": "Unicode scalar values (Rust char indices) into the file's text, end exclusive",
        "note": "A mention may include or exclude a leading conjunction/preposition clitic (و ف ب ل ك); both count as the same mention. Offices next to a named holder are the person's title, not TITLE mentions.",
        "entities": ents,
        "mentions": mentions,
    }
    with open(os.path.join(OUT, f"{nn}.txt"), "w", encoding="utf-8", newline="\n") as f:
        f.write(text)
    with open(os.path.join(OUT, f"{nn}.gold.json"), "w", encoding="utf-8", newline="\n") as f:
        json.dump(gold, f, ensure_ascii=False, indent=1)
        f.write("\n")
    words = len(" ".join(text_lines[1:]).split())
    counts = {t: sum(1 for mm in mentions if mm["type"] == t) for t in TYPES}
    titled = sum(1 for e in ents.values() if e.get("title"))
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
        w, c, t, p = build(nn)
        tw += w; tt += t; tp += p
        for k in c: tot[k] += c[k]
        print(f"| {nn} | {w} | " + " | ".join(str(c[k]) for k in TYPES) + f" | {sum(c.values())} |")
    print(f"| all | {tw} | " + " | ".join(str(tot[k]) for k in TYPES) + f" | {sum(tot.values())} |")
    print(f"person entities with a title: {tt} of {tp}")

if __name__ == "__main__":
    main()
