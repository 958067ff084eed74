import json, os, re, sys

# The gold files go to the folder above this script.
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CLITIC = set("وفبلك")
def is_letter(c):
    return c.isalpha() or c.isdigit()
def build(nn, text, ents, mentions):
    text = text.strip("\n") + "\n"
    cur = 0
    out = []
    for surf, typ, ent in mentions:
        pos = cur
        while True:
            i = text.find(surf, pos)
            if i < 0:
                sys.exit(f"{nn}: not found after {cur}: {surf!r}")
            # prefix within word must be clitics only (<=3)
            j = i
            while j > 0 and is_letter(text[j-1]):
                j -= 1
            pre = text[j:i]
            after_ok = (i + len(surf) >= len(text)) or not is_letter(text[i+len(surf)]) or not is_letter(surf[-1])
            if len(pre) <= 3 and all(c in CLITIC for c in pre) and after_ok:
                break
            pos = i + 1
        out.append({"start": i, "end": i + len(surf), "text": surf, "type": typ, "entity": ent})
        cur = i + len(surf)
    # checks
    for a, b in zip(out, out[1:]):
        assert a["end"] <= b["start"], (a, b)
    for m in out:
        assert text[m["start"]:m["end"]] == m["text"]
        if m["type"] in ("DATE", "TITLE"):
            assert m["entity"] is None, m
        else:
            assert m["entity"] in ents, m
            assert ents[m["entity"]][0] == m["type"], m
    used = {m["entity"] for m in out}
    for k in ents:
        assert k in used, f"{nn}: unused entity {k}"
    E = {}
    for k, v in ents.items():
        d = {"type": v[0], "name": v[1]}
        if len(v) > 2 and v[2]:
            d["title"] = v[2]
        E[k] = d
    gold = {"document": f"{nn}.txt",
            "offsets": "Unicode scalar values (Rust char indices) into the file's text, end exclusive",
            "entities": E, "mentions": out}
    with open(os.path.join(OUT, f"{nn}.txt"), "w", encoding="utf-8", newline="\n") as f:
        f.write(text)
    with open(os.path.join(OUT, f"{nn}.gold.json"), "w", encoding="utf-8", newline="\n") as f:
        json.dump(gold, f, ensure_ascii=False, indent=1)
        f.write("\n")
    from collections import Counter
    c = Counter(m["type"] for m in out)
    words = len(text.split())
    print(nn, "words", words, dict(sorted(c.items())), "total", len(out))
