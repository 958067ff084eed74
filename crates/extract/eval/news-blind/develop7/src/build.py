#!/usr/bin/env python3
"""Build NN.txt and NN.gold.json from src/NN.md (inline markup) and check them.

Markup: entities declared above a line '---' as '@id TYPE name' or '@id PERSON name | title';
mentions in the body as [[surface|entity-id]], [[surface|DATE]], [[surface|TITLE]].
"""
import json, os, re, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
TYPES = ["PERSON", "LOCATION", "ORG", "EVENT", "DATE", "TITLE", "MISC"]
MARK = re.compile(r"\[\[([^\[\]|]+)\|([^\[\]|]+)\]\]")
CLITICS = set("وفبلك") | {"\u0640"}


def is_word(ch):
    return unicodedata.category(ch)[0] in ("L", "N") or unicodedata.category(ch) == "Mn"


def build(nn):
    src = open(os.path.join(HERE, nn + ".md"), encoding="utf-8").read()
    head, body = src.split("\n---\n", 1)
    entities = {}
    for line in head.splitlines():
        line = line.strip()
        if not line.startswith("@"):
            continue
        eid, typ, rest = line[1:].split(None, 2)
        assert typ in TYPES and typ not in ("DATE", "TITLE"), (nn, line)
        assert eid not in entities, (nn, eid)
        if " | " in rest:
            name, title = rest.split(" | ", 1)
            assert typ == "PERSON"
            entities[eid] = {"type": typ, "name": name.strip(), "title": title.strip()}
        else:
            entities[eid] = {"type": typ, "name": rest.strip()}
    body = body.strip("\n") + "\n"
    text, mentions, pos, last = [], [], 0, 0
    out = ""
    for m in MARK.finditer(body):
        out += body[last:m.start()]
        surface, tag = m.group(1), m.group(2)
        start = len(out)
        out += surface
        if tag in ("DATE", "TITLE"):
            mentions.append({"start": start, "end": len(out), "text": surface, "type": tag, "entity": None})
        else:
            assert tag in entities, (nn, tag)
            mentions.append({"start": start, "end": len(out), "text": surface,
                             "type": entities[tag]["type"], "entity": tag})
        last = m.end()
    out += body[last:]
    assert "[[" not in out and "]]" not in out, (nn, "stray markup")
    # checks
    assert not out.startswith("\ufeff")
    lines = out.split("\n")
    assert lines[0].strip() and lines[1] == "" and lines[2].strip(), (nn, "headline + blank line")
    prev_end = -1
    for mm in mentions:
        assert out[mm["start"]:mm["end"]] == mm["text"], (nn, mm)
        assert mm["start"] >= prev_end, (nn, "overlap/order", mm)
        prev_end = mm["end"]
        assert mm["text"] == mm["text"].strip(), (nn, "spaces", mm)
        # left edge: at most two clitic letters glued before
        i = mm["start"]
        glued = ""
        while i > 0 and is_word(out[i - 1]):
            glued = out[i - 1] + glued
            i -= 1
        assert len(glued) <= 2 and all(c in CLITICS for c in glued), (nn, "left edge", glued, mm)
        e = mm["end"]
        assert e >= len(out) or not is_word(out[e]), (nn, "right edge", mm, out[e:e + 5])
    used = {mm["entity"] for mm in mentions if mm["entity"]}
    unused = set(entities) - used
    assert not unused, (nn, "unused", unused)
    for mm in mentions:
        if mm["type"] in ("DATE", "TITLE"):
            assert mm["entity"] is None
    gold = {
        "document": nn + ".txt",
        "offsets": "Unicode scalar values (Python str / Rust char indices) into the file's text, end exclusive",
        "note": "A mention may include or exclude a leading conjunction/preposition clitic (و ف ب ل ك); both count as the same mention.",
        "entities": entities,
        "mentions": mentions,
    }
    with open(os.path.join(OUT, nn + ".txt"), "w", encoding="utf-8", newline="\n") as f:
        f.write(out)
    with open(os.path.join(OUT, nn + ".gold.json"), "w", encoding="utf-8", newline="\n") as f:
        json.dump(gold, f, ensure_ascii=False, indent=1)
        f.write("\n")
    words = len("\n".join(lines[2:]).split())
    counts = {t: sum(1 for mm in mentions if mm["type"] == t) for t in TYPES}
    return words, counts, len(entities), sum(1 for e in entities.values() if e.get("title"))


def main():
    names = sorted(f[:-3] for f in os.listdir(HERE) if re.fullmatch(r"\d\d\.md", f))
    tot = {t: 0 for t in TYPES}
    tw = te = tt = 0
    print("| # | words | " + " | ".join(TYPES) + " | all |")
    for nn in names:
        w, c, ne, nt = build(nn)
        tw += w; te += ne; tt += nt
        for t in TYPES:
            tot[t] += c[t]
        print(f"| {nn} | {w} | " + " | ".join(str(c[t]) for t in TYPES) + f" | {sum(c.values())} |")
    print(f"| all | {tw} | " + " | ".join(str(tot[t]) for t in TYPES) + f" | {sum(tot.values())} |")
    print(f"entities {te}, titled people {tt}")


if __name__ == "__main__":
    main()
