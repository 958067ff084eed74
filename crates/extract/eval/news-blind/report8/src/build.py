#!/usr/bin/env python3
"""Build NN.txt and NN.gold.json from src/NN.md.

Markup: entities declared above a line '---' as
    @id TYPE name            or   @id PERSON name | title
then the article: headline, blank line, dateline + paragraphs (one a line).
Mentions inline: [[surface|entity-id]], [[surface|DATE]], [[surface|TITLE]].
Checks: text[start:end]==text, sorted, no overlaps, DATE/TITLE entity null,
every entity used, boundaries (only clitics و ف ب ل ك before a mention, no letter after),
headline + blank line, LF, no BOM. Prints the counts table.
"""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
TYPES = ["PERSON", "LOCATION", "ORG", "EVENT", "DATE", "TITLE", "MISC"]
MARK = re.compile(r"\[\[([^\[\]|]+)\|([^\[\]|]+)\]\]")
AR = re.compile(r"[\u0621-\u064A\u0660-\u0669\u0671-\u06D3A-Za-z0-9]")
CLITICS = set("وفبلك")


def build(nn):
    src = open(os.path.join(HERE, f"{nn}.md"), encoding="utf-8").read()
    head, body = src.split("\n---\n", 1)
    entities = {}
    for line in head.splitlines():
        line = line.strip()
        if not line.startswith("@"):
            continue
        eid, typ, rest = line[1:].split(None, 2)
        assert typ in TYPES and typ not in ("DATE", "TITLE"), (nn, line)
        e = {"type": typ}
        if "|" in rest:
            name, title = [s.strip() for s in rest.split("|", 1)]
            assert typ == "PERSON", (nn, line)
            e["name"] = name
            e["title"] = title
        else:
            e["name"] = rest.strip()
        assert eid not in entities, (nn, eid)
        entities[eid] = e
    body = body.strip("\n") + "\n"
    text, mentions, pos = [], [], 0
    out_len = 0
    for m in MARK.finditer(body):
        chunk = body[pos:m.start()]
        text.append(chunk); out_len += len(chunk)
        surface, tag = m.group(1), m.group(2)
        start = out_len
        text.append(surface); out_len += len(surface)
        if tag in ("DATE", "TITLE"):
            mentions.append({"start": start, "end": out_len, "text": surface, "type": tag, "entity": None})
        else:
            assert tag in entities, (nn, tag, surface)
            mentions.append({"start": start, "end": out_len, "text": surface,
                             "type": entities[tag]["type"], "entity": tag})
        pos = m.end()
    text.append(body[pos:])
    text = "".join(text)
    assert "[[" not in text and "]]" not in text, nn
    lines = text.split("\n")
    assert lines[0].strip() and lines[1] == "" and lines[2].strip(), (nn, "headline")
    assert "\r" not in text and not text.startswith("\ufeff")
    prev_end = -1
    for mm in mentions:
        s, e = mm["start"], mm["end"]
        assert text[s:e] == mm["text"], mm
        assert s >= prev_end, ("overlap/order", nn, mm)
        prev_end = e
        assert mm["text"] == mm["text"].strip(), ("space", nn, mm)
        # boundaries
        i = s
        k = 0
        while i > 0 and text[i - 1] in CLITICS and k < 2:
            i -= 1; k += 1
        if i > 0 and AR.match(text[i - 1]) and text[i-1] != "ـ":
            raise AssertionError(("left boundary", nn, mm, text[s-5:e]))
        if e < len(text) and AR.match(text[e]):
            raise AssertionError(("right boundary", nn, mm, text[s:e+5]))
    used = {mm["entity"] for mm in mentions if mm["entity"]}
    unused = set(entities) - used
    assert not unused, (nn, "unused", unused)
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
    counts = {t: sum(1 for mm in mentions if mm["type"] == t) for t in TYPES}
    titled = sum(1 for e in entities.values() if e["type"] == "PERSON" and "title" in e)
    persons = sum(1 for e in entities.values() if e["type"] == "PERSON")
    return words, counts, titled, persons


def main():
    nns = sorted(f[:-3] for f in os.listdir(HERE) if re.fullmatch(r"\d\d\.md", f))
    tot = {t: 0 for t in TYPES}; tw = 0; tt = 0; tp = 0
    print("| # | words | " + " | ".join(TYPES) + " | all |")
    for nn in nns:
        w, c, t, p = build(nn)
        tw += w; tt += t; tp += p
        for k in c: tot[k] += c[k]
        print(f"| {nn} | {w} | " + " | ".join(str(c[k]) for k in TYPES) + f" | {sum(c.values())} |")
    print(f"| all | {tw} | " + " | ".join(str(tot[k]) for k in TYPES) + f" | {sum(tot.values())} |")
    print(f"PERSON entities {tp}, with title {tt}")


if __name__ == "__main__":
    main()
