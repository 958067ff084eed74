#!/usr/bin/env python3
"""Build NN.txt and NN.gold.json from src/NN.md and check them.

src/NN.md: entity declarations above a line '---':
  @id TYPE name            (TYPE in PERSON LOCATION ORG EVENT MISC)
  @id PERSON name | title
then the article (headline, blank line, paragraphs one per line) with inline
markup [[surface|id]], [[surface|DATE]], [[surface|TITLE]].
"""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
TYPES = ["PERSON", "LOCATION", "ORG", "EVENT", "DATE", "TITLE", "MISC"]
MARK = re.compile(r"\[\[([^\[\]|]+)\|([^\[\]|]+)\]\]")
CLITIC = set("وفبلك") | {"ـ"}


def build(nn):
    raw = open(os.path.join(HERE, f"{nn}.md"), encoding="utf-8").read()
    head, body = raw.split("\n---\n", 1)
    ents = {}
    for line in head.splitlines():
        line = line.strip()
        if not line.startswith("@"):
            continue
        eid, typ, rest = line[1:].split(None, 2)
        assert typ in TYPES and typ not in ("DATE", "TITLE"), (nn, line)
        e = {"type": typ}
        if "|" in rest:
            name, title = [x.strip() for x in rest.split("|", 1)]
            e["name"], e["title"] = name, title
        else:
            e["name"] = rest.strip()
        assert eid not in ents, (nn, eid)
        ents[eid] = e
    body = body.strip("\n") + "\n"
    text, mentions, pos = [], [], 0
    n = 0
    for m in MARK.finditer(body):
        text.append(body[pos:m.start()])
        n += len(body[pos:m.start()])
        surf, tag = m.group(1), m.group(2).strip()
        if tag in ("DATE", "TITLE"):
            typ, ent = tag, None
        else:
            assert tag in ents, (nn, tag)
            typ, ent = ents[tag]["type"], tag
        mentions.append({"start": n, "end": n + len(surf), "text": surf, "type": typ, "entity": ent})
        text.append(surf)
        n += len(surf)
        pos = m.end()
    text.append(body[pos:])
    text = "".join(text)
    assert "[[" not in text and "]]" not in text, nn
    lines = text.split("\n")
    assert lines[0].strip() and lines[1] == "" and lines[2].strip(), (nn, "headline + blank line")
    assert "\r" not in text and not text.startswith("\ufeff")
    # checks
    prev_end = -1
    for mm in mentions:
        assert text[mm["start"]:mm["end"]] == mm["text"], (nn, mm)
        assert mm["start"] >= prev_end, (nn, "overlap/order", mm)
        assert mm["text"] == mm["text"].strip(), (nn, "spaces", mm)
        prev_end = mm["end"]
        s, e = mm["start"], mm["end"]
        # word boundaries: before, at most two clitic letters inside a word
        k = s
        while k > 0 and not text[k - 1].isspace() and text[k - 1] not in "«(\"'/-–":
            k -= 1
        pre = text[k:s]
        assert len(pre) <= 2 and all(c in CLITIC for c in pre), (nn, "start inside word", pre, mm)
        if e < len(text):
            assert not (text[e].isalpha()), (nn, "end inside word", mm)
    used = {mm["entity"] for mm in mentions if mm["entity"]}
    unused = set(ents) - used
    assert not unused, (nn, "unused entities", unused)
    gold = {
        "document": f"{nn}.txt",
        "offsets": "Unicode scalar values (Python str / Rust char indices) into the file's text, end exclusive",
        "note": "A mention may include or exclude a leading conjunction/preposition clitic (و ف ب ل ك); both count as the same mention.",
        "entities": ents,
        "mentions": mentions,
    }
    with open(os.path.join(OUT, f"{nn}.txt"), "w", encoding="utf-8", newline="\n") as f:
        f.write(text)
    with open(os.path.join(OUT, f"{nn}.gold.json"), "w", encoding="utf-8", newline="\n") as f:
        json.dump(gold, f, ensure_ascii=False, indent=1)
        f.write("\n")
    words = len("\n".join(lines[1:]).split())
    counts = {t: sum(1 for mm in mentions if mm["type"] == t) for t in TYPES}
    titled = sum(1 for e in ents.values() if e["type"] == "PERSON" and e.get("title"))
    persons = sum(1 for e in ents.values() if e["type"] == "PERSON")
    return words, counts, titled, persons


def main():
    files = sorted(f[:-3] for f in os.listdir(HERE) if re.fullmatch(r"\d\d\.md", f))
    tot = {t: 0 for t in TYPES}
    tw = tt = tp = 0
    print("| # | words | " + " | ".join(TYPES) + " | all |")
    for nn in files:
        w, c, titled, persons = build(nn)
        tw += w; tt += titled; tp += persons
        for t in TYPES:
            tot[t] += c[t]
        print(f"| {nn} | {w} | " + " | ".join(str(c[t]) for t in TYPES) + f" | {sum(c.values())} |")
    print(f"| all | {tw} | " + " | ".join(str(tot[t]) for t in TYPES) + f" | {sum(tot.values())} |")
    print(f"person entities {tp}, with title {tt}")


if __name__ == "__main__":
    main()
