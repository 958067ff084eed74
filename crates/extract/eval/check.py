#!/usr/bin/env python3
"""Check anercorp-7types.conll against the ANERcorp train file it was made from.

Usage: python3 check.py PATH/TO/anercorp-train.conll [anercorp-7types.conll]

Checks: every sentence has a `# sent N` comment, N is a multiple of 10 and the
sentences come in order; tokens equal the source sentence N; tags are BIO over
{PERS, LOC, ORG, MISC, TITLE, DATE, EVENT}; the source's PERS/LOC/ORG tags are
unchanged; new tags sit only on source O tokens, except EVENT, which may also
cover a source MISC. Prints mention counts per type and per half
(develop = even position in the sample, report = odd).
"""
import sys
from collections import Counter

TYPES = {"PERS", "LOC", "ORG", "MISC", "TITLE", "DATE", "EVENT"}


def read_source(path):
    sents, cur = [], []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line.strip():
                if cur:
                    sents.append(cur)
                    cur = []
                continue
            cur.append(tuple(line.split()))
    if cur:
        sents.append(cur)
    return sents


def read_eval(path):
    out, idx, cur = [], None, []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if line.startswith("# sent "):
                assert idx is None, f"line {n}: sentence without blank line"
                idx = int(line[7:])
            elif not line.strip():
                if idx is not None:
                    out.append((idx, cur))
                idx, cur = None, []
            else:
                assert idx is not None, f"line {n}: token before '# sent'"
                parts = line.split(" ")
                assert len(parts) == 2, f"line {n}: not 'token TAG'"
                cur.append(tuple(parts))
    if idx is not None:
        out.append((idx, cur))
    return out


def spans(tags):
    res, start, typ = [], None, None
    for i, t in enumerate(tags + ["O"]):
        if start is not None and not (t.startswith("I-") and t[2:] == typ):
            res.append((start, i, typ))
            start = None
        if t.startswith("B-"):
            start, typ = i, t[2:]
    return res


def main():
    src = read_source(sys.argv[1])
    ev = read_eval(sys.argv[2] if len(sys.argv) > 2 else "anercorp-7types.conll")
    errors = 0
    expected = list(range(0, len(src), 10))
    if [i for i, _ in ev] != expected[: len(ev)]:
        print("sentence order/indices differ from every 10th sentence")
        errors += 1
    counts = {"develop": Counter(), "report": Counter()}
    nsent = Counter()
    for pos, (idx, toks) in enumerate(ev):
        half = "develop" if pos % 2 == 0 else "report"
        nsent[half] += 1
        s = src[idx]
        if [w for w, _ in toks] != [w for w, _ in s]:
            print(f"sent {idx}: tokens differ")
            errors += 1
            continue
        tags = [t for _, t in toks]
        prev = "O"
        for i, t in enumerate(tags):
            if t != "O":
                bio, _, typ = t.partition("-")
                if bio not in ("B", "I") or typ not in TYPES:
                    print(f"sent {idx} tok {i}: bad tag {t}")
                    errors += 1
                if bio == "I" and prev[2:] != typ:
                    print(f"sent {idx} tok {i}: I- without B-: {t}")
                    errors += 1
            old = s[i][1]
            if old[2:] in ("PERS", "LOC", "ORG") and old != t:
                print(f"sent {idx} tok {i}: source tag {old} changed to {t}")
                errors += 1
            if t[2:] in ("TITLE", "DATE") and old != "O":
                print(f"sent {idx} tok {i}: {t} on source {old}")
                errors += 1
            if t[2:] == "EVENT" and old[2:] not in ("", "MISC"):
                print(f"sent {idx} tok {i}: EVENT on source {old}")
                errors += 1
            prev = t
        for _, _, typ in spans(tags):
            counts[half][typ] += 1
    print(f"sentences: {len(ev)} (develop {nsent['develop']}, report {nsent['report']})")
    print(f"{'type':6} {'develop':>8} {'report':>8} {'all':>6}")
    for typ in ["PERS", "LOC", "ORG", "MISC", "TITLE", "DATE", "EVENT"]:
        d, r = counts["develop"][typ], counts["report"][typ]
        print(f"{typ:6} {d:8} {r:8} {d + r:6}")
    print("errors:", errors)
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
