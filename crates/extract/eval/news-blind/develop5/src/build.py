#!/usr/bin/env python3
"""Build develop5/NN.txt and NN.gold.json from src/NN.md.

Markup in NN.md:
  @id TYPE name | title        entity declarations (title optional), above a line '---'
  {{surface|TYPE|id}}          a mention of entity id (TYPE must match the entity's type)
  {{surface|DATE}} {{surface|TITLE}}   DATE / TITLE mentions (entity null)
Below '---': the headline, a blank line, then the dateline and paragraphs, one per line.
Checks: text[start:end]==text, sorted order, no overlaps, types, every entity used,
mention boundaries (only a separable clitic run of و ف ب ل ك, at most two letters, may
precede a mention inside a word; tatweel allowed). Prints the counts table.
Run: cd src && python3 build.py
"""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
TYPES = ["PERSON", "LOCATION", "ORG", "EVENT", "DATE", "TITLE", "MISC"]
MARK = re.compile(r"\{\{(.+?)\|([A-Z]+)(?:\|([\w\-]+))?\}\}")
ARABIC_LETTER = re.compile(r"[\u0621-\u064A\u0671-\u06D3]")

def build(nn):
    src = open(os.path.join(HERE, f"{nn}.md"), encoding="utf-8").read()
    head, body = src.split("\n---\n", 1)
    entities = {}
    for line in head.splitlines():
        line = line.strip()
        if not line.startswith("@"):
            continue
        m = re.match(r"@([\w\-]+)\s+([A-Z]+)\s+(.+)$", line)
        assert m, line
        eid, typ, rest = m.groups()
        assert typ in TYPES and typ not in ("DATE", "TITLE"), line
        name, _, title = rest.partition("|")
        ent = {"type": typ, "name": name.strip()}
        if title.strip():
            ent["title"] = title.strip()
        assert eid not in entities, eid
        entities[eid] = ent
    body = body.strip("\n") + "\n"
    text, mentions, pos = [], [], 0
    out_len = 0
    for m in MARK.finditer(body):
        chunk = body[pos:m.start()]
        text.append(chunk); out_len += len(chunk)
        surface, typ, eid = m.groups()
        assert "{" not in surface and "}" not in surface, surface
        start = out_len
        text.append(surface); out_len += len(surface)
        if typ in ("DATE", "TITLE"):
            assert eid is None, m.group(0)
        else:
            assert eid in entities, (nn, m.group(0))
            assert entities[eid]["type"] == typ, (nn, m.group(0))
        mentions.append({"start": start, "end": out_len, "text": surface, "type": typ,
                         "entity": eid})
        pos = m.end()
    text.append(body[pos:])
    text = "".join(text)
    assert "{{" not in text and "}}" not in text, nn
    assert "\r" not in text and not text.startswith("\ufeff")
    lines = text.split("\n")
    assert lines[1] == "" and lines[0] and all(l.strip() for l in lines[2:-1]), nn
    # checks
    last_end = -1
    for mn in mentions:
        assert text[mn["start"]:mn["end"]] == mn["text"], mn
        assert mn["start"] >= last_end, ("overlap/order", nn, mn)
        last_end = mn["end"]
        s = mn["text"]
        assert s == s.strip() and s, ("space", nn, mn)
        # left boundary
        i = mn["start"]; k = i
        while k > 0 and text[k-1] == "\u0640":
            k -= 1
        run = ""
        while k > 0 and ARABIC_LETTER.match(text[k-1]):
            run = text[k-1] + run; k -= 1
        if run:
            assert len(run) <= 2 and all(c in "وفبلك" for c in run), ("left", nn, mn, run)
        # right boundary
        j = mn["end"]
        if j < len(text):
            assert not ARABIC_LETTER.match(text[j]) and not text[j].isdigit(), ("right", nn, mn)
    used = {mn["entity"] for mn in mentions if mn["entity"]}
    unused = set(entities) - used
    assert not unused, (nn, unused)
    gold = {
        "document": f"{nn}.txt",
        "offsets": "Unicode scalar values (Rust char indices) into the file's text, end exclusive",
        "note": "A mention may include or exclude a leading conjunction/preposition clitic (و ف ب ل ك); both count as the same mention.",
        "entities": entities,
        "mentions": mentions,
    }
    with open(os.path.join(OUT, f"{nn}.txt"), "w", encoding="utf-8", newline="\n") as f:
        f.write(text)
    with open(os.path.join(OUT, f"{nn}.gold.json"), "w", encoding="utf-8", newline="\n") as f:
        json.dump(gold, f, ensure_ascii=False, indent=1)
        f.write("\n")
    words = len("\n".join(lines[2:]).split())
    counts = {t: sum(1 for mn in mentions if mn["type"] == t) for t in TYPES}
    titled = sum(1 for e in entities.values() if e["type"] == "PERSON" and "title" in e)
    persons = sum(1 for e in entities.values() if e["type"] == "PERSON")
    return words, counts, titled, persons

def main():
    nns = sorted(f[:-3] for f in os.listdir(HERE) if re.fullmatch(r"\d\d\.md", f))
    if len(sys.argv) > 1:
        nns = sys.argv[1:]
    tot = {t: 0 for t in TYPES}; totw = 0; tt = tp = 0
    print("| # | words | " + " | ".join(TYPES) + " | all |")
    for nn in nns:
        w, c, titled, persons = build(nn)
        totw += w; tt += titled; tp += persons
        for t in TYPES: tot[t] += c[t]
        print(f"| {nn} | {w} | " + " | ".join(str(c[t]) for t in TYPES) + f" | {sum(c.values())} |")
    print(f"| all | {totw} | " + " | ".join(str(tot[t]) for t in TYPES) + f" | {sum(tot.values())} |")
    print(f"person entities with a title: {tt} of {tp}")

if __name__ == "__main__":
    main()
