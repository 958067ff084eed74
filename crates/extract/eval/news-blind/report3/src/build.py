#!/usr/bin/env python3
"""Build NN.txt and NN.gold.json from src/NN.md and check them.

src/NN.md: entity declarations `@id TYPE name` or `@id PERSON name | title`, a line `---`,
then the article (headline, blank line, paragraphs) with inline markup `[[surface|id]]`,
`[[surface|DATE]]`, `[[surface|TITLE]]`. Run: python3 src/build.py (from anywhere).
"""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
TYPES = ["PERSON", "LOCATION", "ORG", "EVENT", "DATE", "TITLE", "MISC"]
CLITICS = "وفبلك"
MARK = re.compile(r"\[\[([^\[\]|]+)\|([^\[\]|]+)\]\]")


def isletter(c):
    return c.isalpha() or c == "\u0640" or "\u064b" <= c <= "\u0652"


def build(n):
    src = open(os.path.join(HERE, f"{n}.md"), encoding="utf-8").read()
    head, body = src.split("\n---\n", 1)
    entities = {}
    for line in head.splitlines():
        line = line.strip()
        if not line or not line.startswith("@"):
            continue
        eid, typ, rest = line[1:].split(None, 2)
        assert typ in TYPES, (n, line)
        ent = {"type": typ}
        if "|" in rest:
            name, title = [x.strip() for x in rest.split("|", 1)]
            ent["name"] = name
            ent["title"] = title
        else:
            ent["name"] = rest.strip()
        assert eid not in entities, (n, eid)
        entities[eid] = ent
    body = body.strip("\n") + "\n"
    text, mentions, pos = [], [], 0
    out_len = 0
    for m in MARK.finditer(body):
        chunk = body[pos:m.start()]
        text.append(chunk); out_len += len(chunk)
        surface, tag = m.group(1), m.group(2).strip()
        start = out_len
        text.append(surface); out_len += len(surface)
        if tag in ("DATE", "TITLE"):
            mentions.append({"start": start, "end": out_len, "text": surface, "type": tag, "entity": None})
        else:
            assert tag in entities, (n, tag, surface)
            mentions.append({"start": start, "end": out_len, "text": surface,
                             "type": entities[tag]["type"], "entity": tag})
        pos = m.end()
    text.append(body[pos:])
    text = "".join(text)
    assert "[[" not in text and "]]" not in text, n
    assert "\r" not in text and not text.startswith("\ufeff")
    lines = text.split("\n")
    assert lines[1] == "" and lines[0].strip(), (n, "headline + blank line")
    # checks
    last_end = -1
    for m in mentions:
        s, e = m["start"], m["end"]
        assert text[s:e] == m["text"], (n, m)
        assert s >= last_end, (n, "order/overlap", m)
        last_end = e
        assert m["text"] == m["text"].strip(), (n, "spaces", m)
        # word boundary before: start of word, or one/two separable clitics
        k = s
        while k > 0 and isletter(text[k - 1]):
            k -= 1
        prefix = text[k:s].replace("\u0640", "")
        assert len(prefix) <= 2 and all(c in CLITICS for c in prefix), (n, "start inside word", m, prefix)
        assert e == len(text) or not isletter(text[e]), (n, "end inside word", m)
    used = {m["entity"] for m in mentions if m["entity"]}
    unused = set(entities) - used
    assert not unused, (n, "unused", unused)
    words = len(" ".join(lines[2:]).split())
    gold = {
        "document": f"{n}.txt",
        "offsets": "Unicode scalar values (Rust char indices) into the file's text, end exclusive",
        "note": "A mention may include or exclude a leading conjunction/preposition clitic (و ف ب ل ك); both count as the same mention. An office next to its holder is the person's title, not a TITLE mention.",
        "entities": entities,
        "mentions": mentions,
    }
    with open(os.path.join(OUT, f"{n}.txt"), "w", encoding="utf-8", newline="\n") as f:
        f.write(text)
    with open(os.path.join(OUT, f"{n}.gold.json"), "w", encoding="utf-8", newline="\n") as f:
        json.dump(gold, f, ensure_ascii=False, indent=1)
        f.write("\n")
    counts = {t: sum(1 for m in mentions if m["type"] == t) for t in TYPES}
    titled = sum(1 for e in entities.values() if e["type"] == "PERSON" and "title" in e)
    persons = sum(1 for e in entities.values() if e["type"] == "PERSON")
    return words, counts, titled, persons


def main():
    names = sorted(f[:-3] for f in os.listdir(HERE) if re.fullmatch(r"\d\d\.md", f))
    tot = {t: 0 for t in TYPES}; tw = 0; tt = tp = 0
    print("| # | words | " + " | ".join(TYPES) + " | all |")
    for n in names:
        w, c, titled, persons = build(n)
        tw += w; tt += titled; tp += persons
        for t in TYPES: tot[t] += c[t]
        print(f"| {n} | {w} | " + " | ".join(str(c[t]) for t in TYPES) + f" | {sum(c.values())} |")
    print(f"| all | {tw} | " + " | ".join(str(tot[t]) for t in TYPES) + f" | {sum(tot.values())} |")
    print(f"PERSON entities with a title: {tt} of {tp}")


if __name__ == "__main__":
    main()
