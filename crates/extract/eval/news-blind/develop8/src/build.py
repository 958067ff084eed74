#!/usr/bin/env python3
"""Build develop8/NN.txt and NN.gold.json from src/NN.md and check them.

src/NN.md: entity declarations above a line '---' («@id TYPE name» or «@id PERSON name | title»),
then the article: headline, blank line, dateline and paragraphs. Mentions are written inline as
[[surface|entity-id]], [[surface|DATE]] or [[surface|TITLE]].
"""
import json, re, sys, pathlib

HERE = pathlib.Path(__file__).resolve().parent
OUT = HERE.parent
TYPES = {"PERSON", "LOCATION", "ORG", "EVENT", "DATE", "TITLE", "MISC"}
MARK = re.compile(r"\[\[([^\[\]|]+)\|([^\[\]|]+)\]\]")
CLITICS = set("وفبلك")
ORDER = ["PERSON", "LOCATION", "ORG", "EVENT", "DATE", "TITLE", "MISC"]


def fail(msg):
    print("ERROR:", msg)
    sys.exit(1)


def build(n):
    src = (HERE / f"{n:02d}.md").read_text(encoding="utf-8")
    head, body = src.split("\n---\n", 1)
    entities = {}
    for line in head.splitlines():
        line = line.strip()
        if not line:
            continue
        if not line.startswith("@"):
            fail(f"{n:02d}: bad declaration {line!r}")
        eid, typ, rest = line[1:].split(" ", 2)
        if typ not in TYPES - {"DATE", "TITLE"}:
            fail(f"{n:02d}: bad type {typ}")
        ent = {"type": typ}
        if "|" in rest:
            name, title = [s.strip() for s in rest.split("|", 1)]
            if typ != "PERSON":
                fail(f"{n:02d}: title on non-person {eid}")
            ent["name"] = name
            ent["title"] = title
        else:
            ent["name"] = rest.strip()
        if eid in entities:
            fail(f"{n:02d}: duplicate entity {eid}")
        entities[eid] = ent
    body = body.strip("\n") + "\n"
    text, mentions, pos = [], [], 0
    length = 0
    for m in MARK.finditer(body):
        chunk = body[pos:m.start()]
        text.append(chunk)
        length += len(chunk)
        surface, tag = m.group(1), m.group(2).strip()
        start = length
        text.append(surface)
        length += len(surface)
        if tag in ("DATE", "TITLE"):
            mentions.append({"start": start, "end": length, "text": surface, "type": tag, "entity": None})
        else:
            if tag not in entities:
                fail(f"{n:02d}: unknown entity {tag} for {surface}")
            mentions.append({"start": start, "end": length, "text": surface,
                             "type": entities[tag]["type"], "entity": tag})
        pos = m.end()
    text.append(body[pos:])
    text = "".join(text)
    if "[[" in text or "]]" in text:
        fail(f"{n:02d}: stray markup")
    lines = text.split("\n")
    if len(lines) < 3 or not lines[0].strip() or lines[1] != "":
        fail(f"{n:02d}: headline + blank line expected")
    # checks
    prev_end = -1
    for mt in mentions:
        if text[mt["start"]:mt["end"]] != mt["text"]:
            fail(f"{n:02d}: offset mismatch {mt}")
        if mt["start"] < prev_end:
            fail(f"{n:02d}: overlap/order {mt}")
        prev_end = mt["end"]
        s, e = mt["start"], mt["end"]
        if mt["text"] != mt["text"].strip():
            fail(f"{n:02d}: whitespace at edge {mt}")
        if e < len(text) and (text[e].isalpha() or text[e].isdigit()):
            fail(f"{n:02d}: letter right after mention {mt} next={text[e]!r}")
        k = s
        glued = 0
        while k > 0 and (text[k - 1].isalpha() or text[k - 1] == "ـ"):
            if text[k - 1] not in CLITICS and text[k - 1] != "ـ":
                fail(f"{n:02d}: letter before mention {mt} prev={text[k-1]!r}")
            glued += 1
            k -= 1
        if glued > 2:
            fail(f"{n:02d}: more than two glued letters before {mt}")
    used = {mt["entity"] for mt in mentions if mt["entity"]}
    for eid in entities:
        if eid not in used:
            fail(f"{n:02d}: entity {eid} unused")
    gold = {
        "document": f"{n:02d}.txt",
        "offsets": "Unicode scalar values (Rust char indices) into the file's text, end exclusive",
        "note": "A mention may include or exclude a leading conjunction/preposition clitic (و ف ب ل ك); both count as the same mention.",
        "entities": entities,
        "mentions": mentions,
    }
    (OUT / f"{n:02d}.txt").write_text(text, encoding="utf-8", newline="\n")
    (OUT / f"{n:02d}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    words = len(" ".join(lines[1:]).split())
    counts = {t: sum(1 for mt in mentions if mt["type"] == t) for t in ORDER}
    titled = sum(1 for e in entities.values() if "title" in e)
    return words, counts, len(entities), titled


def main():
    nums = [int(a) for a in sys.argv[1:]] or [int(p.stem) for p in sorted(HERE.glob("[0-9][0-9].md"))]
    tot = {t: 0 for t in ORDER}
    tw = te = tt = 0
    print("| # | words | " + " | ".join(ORDER) + " | all |")
    for n in nums:
        w, c, ne, nt = build(n)
        tw += w; te += ne; tt += nt
        for t in ORDER:
            tot[t] += c[t]
        print(f"| {n:02d} | {w} | " + " | ".join(str(c[t]) for t in ORDER) + f" | {sum(c.values())} |")
    print(f"| all | {tw} | " + " | ".join(str(tot[t]) for t in ORDER) + f" | {sum(tot.values())} |")
    print(f"entities {te}, titled persons {tt}")


if __name__ == "__main__":
    main()
