#!/usr/bin/env python3
"""Build NN.txt and NN.gold.json from the inline-markup sources src/NN.md.

Source format (src/NN.md):
  @id TYPE name            one line per entity (TYPE: PERSON LOCATION ORG EVENT MISC)
  @id PERSON name | title  a person with the office next to the name (stored, not a mention)
  ---                      end of the entity block
  headline / blank line / dateline and paragraphs, one per line, with mentions marked
  {surface|id} for an entity mention, {surface|DATE} and {surface|TITLE} for the others.
Run: python3 build.py  (from this folder; writes ../NN.txt and ../NN.gold.json and checks them)
"""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
TYPES = {"PERSON", "LOCATION", "ORG", "EVENT", "MISC"}
MARK = re.compile(r"\{([^{}|]+)\|([^{}|]+)\}")


def build(nn):
    src = open(os.path.join(HERE, f"{nn}.md"), encoding="utf-8").read()
    head, body = src.split("\n---\n", 1)
    entities = {}
    for line in head.splitlines():
        line = line.strip()
        if not line or not line.startswith("@"):
            continue
        m = re.match(r"@(\S+)\s+(\S+)\s+(.+)$", line)
        eid, typ, rest = m.groups()
        assert typ in TYPES, (nn, line)
        assert eid not in entities, (nn, eid)
        ent = {"type": typ}
        if "|" in rest:
            name, title = [x.strip() for x in rest.split("|", 1)]
            ent["name"] = name
            ent["title"] = title
        else:
            ent["name"] = rest.strip()
        entities[eid] = ent
    body = body.strip("\n") + "\n"
    text, mentions, pos = [], [], 0
    out_len = 0
    for m in MARK.finditer(body):
        pre = body[pos:m.start()]
        text.append(pre)
        out_len += len(pre)
        surface, tag = m.group(1), m.group(2)
        if tag in ("DATE", "TITLE"):
            typ, ent = tag, None
        else:
            assert tag in entities, (nn, tag, surface)
            typ, ent = entities[tag]["type"], tag
        mentions.append({"start": out_len, "end": out_len + len(surface),
                         "text": surface, "type": typ, "entity": ent})
        text.append(surface)
        out_len += len(surface)
        pos = m.end()
    text.append(body[pos:])
    text = "".join(text)
    # checks
    assert "{" not in text and "}" not in text and "|" not in text, (nn, "stray markup")
    assert not text.startswith("\ufeff") and "\r" not in text
    lines = text.split("\n")
    assert lines[1] == "" and lines[0] and all(l for l in lines[2:-1]), (nn, "layout")
    prev_end = -1
    for mm in mentions:
        assert text[mm["start"]:mm["end"]] == mm["text"], (nn, mm)
        assert mm["text"] == mm["text"].strip(), (nn, "spaces", mm)
        assert mm["start"] >= prev_end, (nn, "overlap/order", mm)
        prev_end = mm["end"]
        if mm["type"] in ("DATE", "TITLE"):
            assert mm["entity"] is None
    used = {mm["entity"] for mm in mentions if mm["entity"]}
    unused = set(entities) - used
    assert not unused, (nn, "unused entities", unused)
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
    words = len(re.findall(r"\S+", "\n".join(lines[2:])))
    counts = {t: 0 for t in ["PERSON", "LOCATION", "ORG", "EVENT", "DATE", "TITLE", "MISC"]}
    for mm in mentions:
        counts[mm["type"]] += 1
    return words, counts


def main():
    names = sorted(f[:-3] for f in os.listdir(HERE) if re.fullmatch(r"\d\d\.md", f))
    if len(sys.argv) > 1:
        names = sys.argv[1:]
    tot = {}
    print("| # | words | PER | LOC | ORG | EVT | DATE | TITLE | MISC | all |")
    for nn in names:
        w, c = build(nn)
        for k, v in c.items():
            tot[k] = tot.get(k, 0) + v
        print(f"| {nn} | {w} | " + " | ".join(str(c[k]) for k in c) + f" | {sum(c.values())} |")
    if tot:
        print("| all | | " + " | ".join(str(v) for v in tot.values()) + f" | {sum(tot.values())} |")


if __name__ == "__main__":
    main()
