#!/usr/bin/env python3
"""Build report7/NN.txt and NN.gold.json from src/NN.md.

Markup: entities declared above a line '---' as
    @id TYPE name            (ORG, LOCATION, EVENT, MISC, PERSON)
    @id PERSON name | title
then the article: headline, blank line, paragraphs (one a line), with mentions
written inline as [[surface|entity-id]], [[surface|DATE]] or [[surface|TITLE]].
"""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
TYPES = ["PERSON", "LOCATION", "ORG", "EVENT", "DATE", "TITLE", "MISC"]
MARK = re.compile(r"\[\[([^\]|]+)\|([^\]]+)\]\]")
CLITICS = set("وفبلك")


def build(n):
    src = open(os.path.join(HERE, f"{n}.md"), encoding="utf-8").read()
    head, body = src.split("\n---\n", 1)
    entities = {}
    for line in head.splitlines():
        line = line.strip()
        if not line.startswith("@"):
            continue
        eid, rest = line[1:].split(None, 1)
        typ, rest = rest.split(None, 1)
        assert typ in TYPES and typ not in ("DATE", "TITLE"), (n, line)
        ent = {"type": typ}
        if "|" in rest:
            name, title = [x.strip() for x in rest.split("|", 1)]
            assert typ == "PERSON", (n, line)
            ent["name"], ent["title"] = name, title
        else:
            ent["name"] = rest.strip()
        assert eid not in entities, (n, eid)
        entities[eid] = ent
    body = body.strip("\n") + "\n"
    text, mentions, pos = [], [], 0
    out_len = 0
    for m in MARK.finditer(body):
        plain = body[pos:m.start()]
        assert "[[" not in plain and "]]" not in plain, (n, plain)
        text.append(plain)
        out_len += len(plain)
        surface, tag = m.group(1), m.group(2).strip()
        start = out_len
        text.append(surface)
        out_len += len(surface)
        if tag in ("DATE", "TITLE"):
            typ, ent = tag, None
        else:
            assert tag in entities, (n, tag)
            typ, ent = entities[tag]["type"], tag
        mentions.append({"start": start, "end": out_len, "text": surface, "type": typ, "entity": ent})
        pos = m.end()
    rest = body[pos:]
    assert "[[" not in rest and "]]" not in rest, (n, rest)
    text.append(rest)
    text = "".join(text)
    # checks
    lines = text.split("\n")
    assert lines[0].strip() and lines[1] == "" and lines[2].strip(), (n, "headline")
    assert "\r" not in text and not text.startswith("\ufeff")
    prev_end = -1
    for mm in mentions:
        assert text[mm["start"]:mm["end"]] == mm["text"], (n, mm)
        assert mm["start"] >= prev_end, (n, "overlap/order", mm)
        prev_end = mm["end"]
        assert mm["text"] == mm["text"].strip(), (n, "space", mm)
        # boundaries: at most two clitic letters (or tatweel) glued before, no letter after
        i = mm["start"]
        glued = 0
        while i > 0 and text[i - 1].isalpha():
            assert text[i - 1] in CLITICS or text[i - 1] == "ـ", (n, "glued before", mm)
            glued += 1
            i -= 1
        assert glued <= 2, (n, "glued", mm)
        e = mm["end"]
        assert e == len(text) or not text[e].isalpha(), (n, "glued after", mm)
    used = {mm["entity"] for mm in mentions if mm["entity"]}
    unused = set(entities) - used
    assert not unused, (n, "unused", unused)
    gold = {
        "document": f"{n}.txt",
        "offsets": "Unicode scalar values (Python str / Rust char indices) into the file's text, end exclusive",
        "note": "A mention may include or exclude a leading conjunction/preposition clitic (و ف ب ل ك); both count as the same mention.",
        "entities": entities,
        "mentions": mentions,
    }
    with open(os.path.join(OUT, f"{n}.txt"), "w", encoding="utf-8", newline="\n") as f:
        f.write(text)
    with open(os.path.join(OUT, f"{n}.gold.json"), "w", encoding="utf-8", newline="\n") as f:
        json.dump(gold, f, ensure_ascii=False, indent=1)
        f.write("\n")
    words = len("\n".join(lines[2:]).split())
    counts = {t: sum(1 for mm in mentions if mm["type"] == t) for t in TYPES}
    return words, counts


def main():
    names = sorted(f[:-3] for f in os.listdir(HERE) if re.fullmatch(r"\d\d\.md", f))
    tot = {t: 0 for t in TYPES}
    totw = 0
    print("| # | words | " + " | ".join(TYPES) + " | all |")
    for n in names:
        w, c = build(n)
        totw += w
        for t in TYPES:
            tot[t] += c[t]
        print(f"| {n} | {w} | " + " | ".join(str(c[t]) for t in TYPES) + f" | {sum(c.values())} |")
    print(f"| all | {totw} | " + " | ".join(str(tot[t]) for t in TYPES) + f" | {sum(tot.values())} |")


if __name__ == "__main__":
    main()
