#!/usr/bin/env python3
"""Build report6/NN.txt and NN.gold.json from src/NN.md.

Markup: entities declared above '---' as '@id TYPE name' or '@id PERSON name | title';
mentions inline as [[surface|entity-id]], [[surface|DATE]], [[surface|TITLE]].
Checks text[start:end]==text, sorted order, no overlaps, DATE/TITLE entity null,
every entity used, boundaries (at most two clitic letters before, no letter after).
"""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
TYPES = {"PERSON", "LOCATION", "ORG", "EVENT", "DATE", "TITLE", "MISC"}
MARK = re.compile(r"\[\[([^\[\]|]+)\|([^\[\]|]+)\]\]")
LETTER = re.compile(r"[\u0621-\u064A\u0671-\u06D3A-Za-z]")
CLITICS = set("وفبلك") | {"\u0640"}


def build(nn):
    src = open(os.path.join(HERE, f"{nn}.md"), encoding="utf-8").read()
    head, body = src.split("\n---\n", 1)
    entities = {}
    for line in head.splitlines():
        if not line.strip():
            continue
        m = re.match(r"@(\S+) (\S+) (.+)$", line)
        assert m, line
        eid, typ, rest = m.groups()
        assert typ in TYPES and typ not in ("DATE", "TITLE"), line
        ent = {"type": typ}
        if "|" in rest:
            name, title = [x.strip() for x in rest.split("|", 1)]
            ent["name"] = name
            ent["title"] = title
        else:
            ent["name"] = rest.strip()
        assert eid not in entities, eid
        entities[eid] = ent
    text, mentions, pos = [], [], 0
    last = 0
    for m in MARK.finditer(body):
        text.append(body[last:m.start()])
        pos += len(body[last:m.start()])
        surface, tag = m.group(1), m.group(2)
        if tag in ("DATE", "TITLE"):
            typ, ent = tag, None
        else:
            assert tag in entities, (nn, tag)
            typ, ent = entities[tag]["type"], tag
        mentions.append({"start": pos, "end": pos + len(surface), "text": surface,
                         "type": typ, "entity": ent})
        text.append(surface)
        pos += len(surface)
        last = m.end()
    text.append(body[last:])
    text = "".join(text)
    if not text.endswith("\n"):
        text += "\n"
    assert "[[" not in text and "]]" not in text, nn
    lines = text.split("\n")
    assert lines[0].strip() and lines[1] == "" and lines[2].strip(), nn
    prev_end = -1
    for mt in mentions:
        s, e = mt["start"], mt["end"]
        assert text[s:e] == mt["text"], mt
        assert s >= prev_end, ("overlap/order", nn, mt)
        prev_end = e
        assert mt["text"] == mt["text"].strip(), mt
        # boundary: at most two clitic letters glued before, no letter after
        k = s
        while k > 0 and LETTER.match(text[k - 1]) or (k > 0 and text[k - 1] == "\u0640"):
            assert text[k - 1] in CLITICS, ("glued letter before", nn, mt)
            k -= 1
        assert s - k <= 2, ("too many clitics", nn, mt)
        assert e == len(text) or not LETTER.match(text[e]), ("letter after", nn, mt)
        if mt["type"] in ("DATE", "TITLE"):
            assert mt["entity"] is None
    used = {mt["entity"] for mt in mentions if mt["entity"]}
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
    words = len(" ".join(lines[2:]).split())
    counts = {t: sum(1 for mt in mentions if mt["type"] == t) for t in
              ["PERSON", "LOCATION", "ORG", "EVENT", "DATE", "TITLE", "MISC"]}
    return words, counts, len(mentions), entities


def main():
    tot = {}
    tw = tm = 0
    print("| # | words | PERSON | LOC | ORG | EVENT | DATE | TITLE | MISC | all |")
    for i in range(1, 13):
        nn = f"{i:02d}"
        w, c, n, ents = build(nn)
        tw += w; tm += n
        for k, v in c.items():
            tot[k] = tot.get(k, 0) + v
        print(f"| {nn} | {w} | " + " | ".join(str(c[k]) for k in c) + f" | {n} |")
    print(f"| all | {tw} | " + " | ".join(str(tot[k]) for k in tot) + f" | {tm} |")


if __name__ == "__main__":
    main()
