#!/usr/bin/env python3
"""Build NN.txt and NN.gold.json from src/NN.md and check them.

src/NN.md: entity declarations `@id TYPE name` or `@id PERSON name | title`, a line `---`,
then the article: headline, blank line, paragraphs (one a line). Mentions are marked inline:
`[[surface|entity-id]]`, `[[surface|DATE]]`, `[[surface|TITLE]]`. Run: python3 src/build.py
"""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
TYPES = {"PERSON", "LOCATION", "ORG", "EVENT", "DATE", "TITLE", "MISC"}
ORDER = ["PERSON", "LOCATION", "ORG", "EVENT", "DATE", "TITLE", "MISC"]
MARK = re.compile(r"\[\[([^\[\]|]+)\|([^\[\]|]+)\]\]")
CLITICS = set("وفبلك")
AR = re.compile(r"[\u0621-\u064A\u0660-\u0669A-Za-z0-9]")


def build(nn):
    src = open(os.path.join(HERE, f"{nn}.md"), encoding="utf-8").read()
    head, body = src.split("\n---\n", 1)
    entities = {}
    for line in head.splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        assert line.startswith("@"), line
        eid, typ, rest = line[1:].split(" ", 2)
        assert typ in TYPES - {"DATE", "TITLE"}, line
        assert eid not in entities, eid
        name, _, title = rest.partition(" | ")
        e = {"type": typ, "name": name.strip()}
        if title.strip():
            assert typ == "PERSON", line
            e["title"] = title.strip()
        entities[eid] = e
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
            assert tag in entities, (nn, tag)
            mentions.append({"start": start, "end": out_len, "text": surface,
                             "type": entities[tag]["type"], "entity": tag})
        pos = m.end()
    text.append(body[pos:])
    text = "".join(text)
    assert "[[" not in text and "]]" not in text, nn
    assert "\r" not in text and not text.startswith("\ufeff")
    lines = text.split("\n")
    assert lines[0].strip() and lines[1] == "" and lines[2].strip(), (nn, "headline + blank line")
    # checks
    prev_end = -1
    for mm in mentions:
        assert text[mm["start"]:mm["end"]] == mm["text"], mm
        assert mm["start"] >= prev_end, (nn, "overlap/order", mm)
        prev_end = mm["end"]
        assert mm["text"] == mm["text"].strip(), (nn, "space at edge", mm)
        # boundary: before the start only up to two clitic letters (or tatweel) inside a word
        i = mm["start"]; k = 0
        while i > 0 and AR.match(text[i - 1]):
            ch = text[i - 1]
            assert ch in CLITICS or ch == "ـ", (nn, "letter before mention", mm, text[i-5:i+5])
            i -= 1; k += ch != "ـ"
        assert k <= 2, (nn, "clitic run", mm)
        e = mm["end"]
        assert e >= len(text) or not AR.match(text[e]), (nn, "letter after mention", mm, text[e-3:e+3])
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
        json.dump(gold, f, ensure_ascii=False, indent=1); f.write("\n")
    words = len("\n".join(lines[2:]).split())
    counts = {t: sum(1 for mm in mentions if mm["type"] == t) for t in ORDER}
    return words, counts, len(entities), sum(1 for e in entities.values() if e.get("title"))


def main():
    nns = sorted(f[:-3] for f in os.listdir(HERE) if re.fullmatch(r"\d\d\.md", f))
    tot = {t: 0 for t in ORDER}; tw = 0; tp = 0; tt = 0
    print("| # | words | " + " | ".join(ORDER) + " | all |")
    for nn in nns:
        w, c, ne, nt = build(nn)
        tw += w
        for t in ORDER:
            tot[t] += c[t]
        print(f"| {nn} | {w} | " + " | ".join(str(c[t]) for t in ORDER) + f" | {sum(c.values())} |  (entities {ne}, titled {nt})")
    print(f"| all | {tw} | " + " | ".join(str(tot[t]) for t in ORDER) + f" | {sum(tot.values())} |")


if __name__ == "__main__":
    main()
