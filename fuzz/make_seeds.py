#!/usr/bin/env python3
"""Writes the seed corpora in fuzz/corpus/<target>/ from the repo's small fixtures.

Run from anywhere: python3 fuzz/make_seeds.py. Seeds are small, valid-looking inputs of
each format; the fuzzer mutates from there. Sidecar and brat seeds are `TEXT \\0 FILE`
(see fuzz/src/lib.rs). Only files inside this repository are read.
"""
import io
import json
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "fuzz" / "corpus"
SEED = (ROOT / "seeds" / "000_812f1e39dd98ed92.txt").read_text(encoding="utf-8")
SECOND = (ROOT / "tests" / "fixtures" / "second.txt").read_text(encoding="utf-8")
GOLD = json.loads((ROOT / "tests" / "fixtures" / "seed-000.gold.json").read_text(encoding="utf-8"))
PARAS = [p for p in SEED.split("\n") if p.strip()]
SHORT = "\n".join(PARAS[:3])


def write(target, name, data):
    d = OUT / target
    d.mkdir(parents=True, exist_ok=True)
    if isinstance(data, str):
        data = data.encode("utf-8")
    (d / name).write_bytes(data)


def fnv1a64(text):
    h = 0xCBF29CE484222325
    for b in text.encode("utf-8"):
        h ^= b
        h = (h * 0x100000001B3) & 0xFFFFFFFFFFFFFFFF
    return f"{h:016x}"


def txt_seeds():
    write("load_txt", "seed-article", SEED)
    write("load_txt", "second", SECOND)
    write("load_txt", "crlf-bom", "\ufeff" + SHORT.replace("\n", "\r\n"))
    write("load_txt", "cr-only", SHORT.replace("\n", "\r"))
    write("load_txt", "cp1256", SHORT.encode("cp1256"))
    write("load_txt", "iso-8859-6", "بيروت\nقال الوزير".encode("iso-8859-6"))
    write("load_txt", "utf16le-bom", b"\xff\xfe" + SHORT.encode("utf-16-le"))
    write("load_txt", "utf16be-bom", b"\xfe\xff" + PARAS[0].encode("utf-16-be"))
    write("load_txt", "latin-mixed", "Reuters — " + PARAS[1] + "\n\n\n  \t\n" + "x" * 40)


HTML = """<!DOCTYPE html>
<html lang="ar" dir="rtl"><head><meta charset="utf-8">
<title>{title} | موقع الأخبار</title>
<meta property="og:title" content="{title}">
<style>p {{ color: red }}</style><script>var a = "<p>لا</p>";</script></head>
<body><header><h1>الموقع</h1><nav><a href="/">الرئيسية</a></nav></header>
<main><article><header><h1>{title}</h1></header>
<p>{p1}<br>{p2}</p>
<div class="share-buttons">شارك</div>
<blockquote><p>{p3}</p></blockquote>
<ul><li>أولا</li><li>ثانيا <b>بخط</b> <i>مائل</i></li></ul>
<table><tr><td>خلية</td><td>&amp; &nbsp; &#x645;</td></tr></table>
<h2>عنوان فرعي</h2><p hidden>مخفي</p><p aria-hidden="true">مخفي</p>
<p style="display:none">مخفي</p><figure><figcaption>صورة</figcaption></figure>
<!-- تعليق --></article><aside>ذات صلة</aside></main><footer>حقوق</footer></body></html>
"""


def html_seeds():
    page = HTML.format(title=PARAS[0], p1=PARAS[1], p2=PARAS[2], p3=PARAS[3])
    write("load_html", "article", page)
    legacy = page.replace('<meta charset="utf-8">',
                          '<meta http-equiv="Content-Type" content="text/html; charset=windows-1256">')
    write("load_html", "cp1256-meta", legacy.encode("cp1256", errors="replace"))
    write("load_html", "bare", "<p>" + PARAS[1] + "</p><div>نص<div>متداخل</div></div>")
    write("load_html", "no-article", "<html><body><main role=main><h3>عنوان</h3>"
          "<dl><dt>مصطلح</dt><dd>تعريف</dd></dl><p>نص</p></main></body></html>")
    write("load_html", "nested", "<div>" * 60 + "عميق" + "</div>" * 60)


MD = """# {title}

{p1}

## عنوان فرعي

> {p2}

- بند **أول**
- بند *ثان* مع [رابط](https://example.com) و`شيفرة`
  1. مرقم

| عمود | آخر |
|---|---|
| خلية | خلية |

```
code block
```

<div>html داخل</div>

***
سطر  
بكسر
"""


def md_seeds():
    write("load_md", "article", MD.format(title=PARAS[0], p1=PARAS[1], p2=PARAS[2]))
    write("load_md", "plain", SHORT)
    write("load_md", "setext", "عنوان\n=====\n\nفقرة\n---\n\n* [ ] مهمة\n\n[^1]: حاشية\n")
    write("load_md", "nested", "> " * 40 + "عميق\n" + "  " * 20 + "- بند\n")


DOCUMENT = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"
 xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><w:body>
<w:p><w:pPr><w:pStyle w:val="Title"/><w:bidi/></w:pPr><w:r><w:t>{title}</w:t></w:r></w:p>
<w:p><w:pPr><w:pStyle w:val="Heading2"/></w:pPr><w:r><w:t>عنوان فرعي</w:t></w:r></w:p>
<w:p><w:r><w:rPr><w:rtl/></w:rPr><w:t xml:space="preserve">{p1} </w:t></w:r><w:r><w:tab/><w:t>تتمة</w:t><w:br/><w:t>سطر</w:t></w:r></w:p>
<w:p><w:pPr><w:pStyle w:val="Quote"/></w:pPr><w:r><w:t>{p2}</w:t></w:r><w:del><w:r><w:delText>محذوف</w:delText></w:r></w:del></w:p>
<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:instrText>PAGE</w:instrText><w:t>بند</w:t></w:r></w:p>
<w:tbl><w:tr><w:tc><w:p><w:r><w:t>خلية</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>أخرى &amp; &#1605;</w:t></w:r></w:p></w:tc></w:tr></w:tbl>
<mc:AlternateContent><mc:Choice><w:p><w:r><w:t>مربع</w:t></w:r></w:p></mc:Choice><mc:Fallback><w:p><w:r><w:t>مربع</w:t></w:r></w:p></mc:Fallback></mc:AlternateContent>
<w:p><w:pPr><w:pStyle w:val="MyStyle"/></w:pPr><w:r><w:t>نمط</w:t></w:r></w:p>
</w:body></w:document>
"""

STYLES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/></w:style>
<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:pPr><w:outlineLvl w:val="1"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="Quote"><w:name w:val="Quote"/></w:style>
<w:style w:type="paragraph" w:styleId="MyStyle"><w:name w:val="عنوان 3"/><w:basedOn w:val="Heading2"/></w:style>
</w:styles>
"""

CONTENT_TYPES = """<?xml version="1.0" encoding="UTF-8"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
</Types>
"""


def docx(document, styles=None, method=zipfile.ZIP_DEFLATED):
    def part(name):  # a fixed date, so the seeds are the same bytes on every run
        info = zipfile.ZipInfo(name, date_time=(2026, 1, 1, 0, 0, 0))
        info.compress_type = method
        return info

    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", method) as z:
        z.writestr(part("[Content_Types].xml"), CONTENT_TYPES)
        z.writestr(part("word/document.xml"), document)
        if styles is not None:
            z.writestr(part("word/styles.xml"), styles)
    return buf.getvalue()


def docx_seeds():
    doc = DOCUMENT.format(title=PARAS[0], p1=PARAS[1][:200], p2=PARAS[2][:200])
    write("load_docx", "styled", docx(doc, STYLES))
    write("load_docx", "stored", docx(doc, None, zipfile.ZIP_STORED))
    small = DOCUMENT.split("<w:body>")[0] + "<w:body><w:p><w:r><w:t>قطر</w:t></w:r></w:p></w:body></w:document>"
    write("load_docx", "one-paragraph", docx(small, None, zipfile.ZIP_STORED))
    write("docx_xml", "styled", doc + "\0" + STYLES)
    write("docx_xml", "unstyled", doc)
    loop = STYLES.replace("</w:styles>", '<w:style w:type="paragraph" w:styleId="LoopA">'
                          '<w:name w:val="a"/><w:basedOn w:val="LoopB"/></w:style>'
                          '<w:style w:type="paragraph" w:styleId="LoopB"><w:name w:val="b"/>'
                          '<w:basedOn w:val="LoopA"/></w:style></w:styles>')
    write("docx_xml", "based-on-loop", doc.replace('"MyStyle"', '"LoopA"') + "\0" + loop)


def sidecar_json(text, mentions, entities, content_hash=None):
    ms = []
    for m in mentions:
        s, e = m["start"], m["end"]
        ms.append({"start": s, "end": e, "label": m["type"], "entity": m.get("entity"),
                   "status": m.get("status", "auto"),
                   "quote": {"exact": text[s:e], "prefix": text[max(0, s - 32):s],
                             "suffix": text[e:e + 32]}})
    return json.dumps({
        "format": "sahifa-annotations", "version": 1,
        "document": {"path": "x.txt", "format": "text", "encoding": "UTF-8",
                     "content_hash": content_hash or fnv1a64(text), "char_len": len(text)},
        "created_at": "2026-11-29T02:30:00Z", "saved_at": "2026-11-29T02:41:13Z",
        "entities": entities, "mentions": ms,
        "unplaced": ms[:1],
    }, ensure_ascii=False, separators=(",", ":"))


def gold_annotations(text, limit):
    keys = list(GOLD["entities"])
    ids = {k: i + 1 for i, k in enumerate(keys)}
    mentions = []
    for m in sorted(GOLD["mentions"], key=lambda m: (m["start"], m["end"])):
        if m["end"] <= len(text) and len(mentions) < limit:
            mentions.append({"start": m["start"], "end": m["end"], "type": m["type"],
                             "entity": ids.get(m.get("entity"))})
    used = {m["entity"] for m in mentions}
    entities = []
    for k in keys:
        if ids[k] in used:
            e = GOLD["entities"][k]
            ent = {"id": ids[k], "label": e["type"], "name": e["name"]}
            if "title" in e:
                ent["title"] = e["title"]
            entities.append(ent)
    return mentions, entities


def sidecar_seeds():
    text = SEED[:1500]
    mentions, entities = gold_annotations(text, 12)
    for i, m in enumerate(mentions):
        m["status"] = ["auto", "confirmed", "manual", "rejected"][i % 4]
    write("sidecar", "same-text", text + "\0" + sidecar_json(text, mentions, entities))
    edited = "مقدمة جديدة. " + text.replace("\n", "\n\n", 3)
    write("sidecar", "text-changed", edited + "\0" + sidecar_json(text, mentions, entities))
    other = SECOND + "\0" + sidecar_json(text, mentions, entities)
    write("sidecar", "other-article", other)
    tiny = "قال الوزير في الدوحة"
    write("sidecar", "tiny", tiny + "\0" + sidecar_json(
        tiny, [{"start": 14, "end": 20, "type": "LOCATION", "entity": 1}],
        [{"id": 1, "label": "LOCATION", "name": "الدوحة", "note": "عاصمة"}]))
    write("sidecar", "not-a-sidecar", tiny + "\0" + '{"format":"x","version":2}')


def brat_seeds():
    text = SEED[:1500]
    mentions, entities = gold_annotations(text, 12)
    lines, names = [], {e["id"]: e["name"] for e in entities}
    for i, m in enumerate(mentions, 1):
        lines.append(f"T{i}\t{m['type']} {m['start']} {m['end']}\t{text[m['start']:m['end']]}")
        lines.append(f"A{i}\tStatus T{i} {['auto', 'confirmed', 'manual'][i % 3]}")
        if m["entity"]:
            lines.append(f"N{i}\tReference T{i} sahifa:{m['entity']}\t{names[m['entity']]}")
    lines.append("#1\tAnnotatorNotes T1\ttitle: اللواء\\nسطر\\tتاب")
    write("brat_import", "sahifa-export", text + "\0" + "\n".join(lines) + "\n")
    foreign = ("T1\tPerson 0 3;4 9\tقال الوزير\nT2\tGPE 14 20\tالدوحة\nT3\tLOCATION 14 20\tالدوحة\n"
               "R1\tLives Arg1:T1 Arg2:T2\nE1\tMove:T1\n*\tEquiv T2 T3\nA1\tNegated T1\n"
               "N1\tReference T2 Wikidata:Q3861\tالدوحة\n#2\tAnnotatorNotes T2\tnote: عاصمة\n")
    write("brat_import", "foreign", "قال الوزير\nفي الدوحة اليوم\0" + foreign)
    write("brat_import", "bad-offsets", "نص قصير\0T1\tORG 5 900\tx\nT2\tORG 3\tx\n")


def extract_seeds():
    for i in range(0, min(len(PARAS), 12), 3):
        write("extract", f"seed-paras-{i}", "\n".join(PARAS[i:i + 3]))
    write("extract", "second", SECOND)
    write("extract", "mixed", "قال الرئيس الأمريكي جو بايدن يوم 12 مارس 2024 في «البيت الأبيض» "
          "إن شركة Apple و«ريال مدريد» ... وزير الخارجية، الفريق أول ركن محمد بن سلمان\u0640\u064e.")


if __name__ == "__main__":
    txt_seeds()
    html_seeds()
    md_seeds()
    docx_seeds()
    for t in ["load_txt", "load_html", "load_md", "load_docx"]:
        for f in sorted((OUT / t).iterdir())[:2]:
            write("load_any", f"{t}-{f.name}", f.read_bytes())
    sidecar_seeds()
    brat_seeds()
    extract_seeds()
