#!/usr/bin/env python3
"""Build NN.txt and NN.gold.json from src/NN.md (inline markup) and check them.

Markup: entities declared above a line '---' as
    @id TYPE name            (TYPE: PERSON LOCATION ORG EVENT MISC)
    @id PERSON name | title
and mentions in the text as [[surface|id]], [[surface|DATE]], [[surface|TITLE]].
Run: python3 src/build.py   (from report4/ or from src/)
"""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
TYPES = {"PERSON", "LOCATION", "ORG", "EVENT", "MISC"}
ALIAS = {"LOC": "LOCATION", "PER": "PERSON"}
ORDER = ["PERSON", "LOCATION", "ORG", "EVENT", "DATE", "TITLE", "MISC"]
MARK = re.compile(r"\[\[([^\[\]|]+)\|([^\[\]|]+)\]\]")
CLITICS = set("وفبلك")


def is_letter(c):
    return c.isalpha() or c == "\u0640"


def build(nn):
    src = open(os.path.join(HERE, f"{nn}.md"), encoding="utf-8").read()
    head, body = src.split("\n---\n", 1)
    entities = {}
    for line in head.splitlines():
        line = line.strip()
        if not line.startswith("@"):
            continue
        eid, typ, rest = line[1:].split(None, 2)
        typ = ALIAS.get(typ, typ)
        assert typ in TYPES, (nn, line)
        ent = {"type": typ}
        if "|" in rest:
            name, title = [s.strip() for s in rest.split("|", 1)]
            assert typ == "PERSON", (nn, line)
            ent["name"], ent["title"] = name, title
        else:
            ent["name"] = rest.strip()
        assert eid not in entities, (nn, eid)
        entities[eid] = ent
    body = body.strip("\n") + "\n"
    out, mentions, pos = [], [], 0
    cur = 0
    for m in MARK.finditer(body):
        out.append(body[pos:m.start()])
        cur += len(body[pos:m.start()])
        surface, tag = m.group(1), m.group(2).strip()
        start, end = cur, cur + len(surface)
        if tag in ("DATE", "TITLE"):
            mentions.append({"start": start, "end": end, "text": surface, "type": tag, "entity": None})
        else:
            assert tag in entities, (nn, "unknown entity", tag)
            mentions.append({"start": start, "end": end, "text": surface,
                             "type": entities[tag]["type"], "entity": tag})
        out.append(surface)
        cur = end
        pos = m.end()
    out.append(body[pos:])
    text = "".join(out)
    assert "[[" not in text and "]]" not in text, (nn, "stray markup")
    # checks
    lines = text.split("\n")
    assert lines[1] == "" and lines[0].strip() and lines[2].strip(), (nn, "headline + blank line")
    assert "\r" not in text and not text.startswith("\ufeff")
    prev_end = -1
    for mm in mentions:
        s, e = mm["start"], mm["end"]
        assert text[s:e] == mm["text"], (nn, mm)
        assert s >= prev_end, (nn, "overlap/order", mm)
        prev_end = e
        assert mm["text"] == mm["text"].strip(), (nn, "spaces at ends", mm)
        # word boundaries: after end no letter; before start a non-letter or 1-2 clitics
        if e < len(text):
            assert not is_letter(text[e]), (nn, "end inside word", mm, text[e - 3:e + 3])
        k = s
        n = 0
        while k > 0 and is_letter(text[k - 1]):
            assert text[k - 1] in CLITICS or text[k - 1] == "\u0640", (nn, "start inside word", mm, text[s - 4:s + 4])
            k -= 1
            n += 1
        assert n <= 2, (nn, "too many letters before", mm)
        if mm["entity"] is None:
            assert mm["type"] in ("DATE", "TITLE")
    used = {mm["entity"] for mm in mentions if mm["entity"]}
    unused = set(entities) - used
    assert not unused, (nn, "unused entities", unused)
    gold = {
        "document": f"{nn}.txt",
        "offsets": "Unicode scalar values (Rust char indices, Python str indices) into the file's text, end exclusive",
        "note": "A mention may include or exclude a leading conjunction/preposition clitic (و ف ب ل ك); both count as the same mention. Offices next to a person's name are stored as the entity's title, not as TITLE mentions.",
        "entities": entities,
        "mentions": mentions,
    }
    with open(os.path.join(OUT, f"{nn}.txt"), "w", encoding="utf-8", newline="\n") as f:
        f.write(text)
    with open(os.path.join(OUT, f"{nn}.gold.json"), "w", encoding="utf-8", newline="\n") as f:
        json.dump(gold, f, ensure_ascii=False, indent=1)
        f.write("\n")
    words = len("\n".join(lines[2:]).split())
    counts = {t: sum(1 for mm in mentions if mm["type"] == t) for t in ORDER}
    titled = sum(1 for e in entities.values() if e["type"] == "PERSON" and "title" in e)
    persons = sum(1 for e in entities.values() if e["type"] == "PERSON")
    return words, counts, titled, persons


def main():
    names = sorted(f[:-3] for f in os.listdir(HERE) if re.fullmatch(r"\d\d\.md", f))
    tot = {t: 0 for t in ORDER}
    tw = tt = tp = 0
    print("| # | words | " + " | ".join(ORDER) + " | all |")
    for nn in names:
        w, c, t, p = build(nn)
        tw += w; tt += t; tp += p
        for k in ORDER:
            tot[k] += c[k]
        print(f"| {nn} | {w} | " + " | ".join(str(c[k]) for k in ORDER) + f" | {sum(c.values())} |")
    print(f"| all | {tw} | " + " | ".join(str(tot[k]) for k in ORDER) + f" | {sum(tot.values())} |")
    print(f"PERSON entities with a title: {tt} of {tp}")


if __name__ == "__main__":
    main()
