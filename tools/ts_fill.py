#!/usr/bin/env python3
"""Fill Qt Linguist .ts files from plain TSV dictionaries.

Patron keeps its zh_CN translations in translations/zh_CN.tsv (source TAB translation, with
\\n for newlines), because a flat file is easy to review and to merge. After `lupdate` (the
`update_translations` build target) has added new source strings, run:

    tools/ts_fill.py translations/patron_zh_CN.ts translations/zh_CN.tsv
    tools/ts_fill.py --english translations/patron_en.ts

and translate whatever it reports as missing. --english fills each string with its source
text and derives the plural forms of "(s)" strings ("%n item(s)" -> "%n item" / "%n items").
"""
import sys
import xml.etree.ElementTree as ET


def load_tsv(path):
    table = {}
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line or line.startswith("## "):  # a comment; "#" alone is a translatable string
                continue
            if "\t" not in line:
                sys.exit(f"{path}:{n}: no TAB in line")
            src, dst = line.split("\t", 1)
            table[src.replace("\\n", "\n")] = dst.replace("\\n", "\n")
    return table


def main(argv):
    english = "--english" in argv
    args = [a for a in argv if a != "--english"]
    ts_path = args[0]
    table = {}
    for p in args[1:]:
        table.update(load_tsv(p))
    tree = ET.parse(ts_path)
    missing = []
    for msg in tree.iter("message"):
        src = msg.find("source").text or ""
        tr = msg.find("translation")
        numerus = msg.get("numerus") == "yes"
        if english:
            text = table.get(src, src)
        else:
            text = table.get(src)
        if text is None:
            if tr.get("type") == "unfinished" or (not numerus and not (tr.text or "")):
                missing.append(src)
            continue
        for child in list(tr):
            tr.remove(child)
        tr.text = None
        if numerus:
            if english:
                forms = [text.replace("(s)", ""), text.replace("(s)", "s")]
            else:
                forms = [text]
            for form in forms:
                ET.SubElement(tr, "numerusform").text = form
        else:
            tr.text = text
        if "type" in tr.attrib:
            del tr.attrib["type"]
    with open(ts_path, "wb") as f:
        f.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(f, encoding="utf-8", xml_declaration=False)
    for src in missing:
        print("missing:", src.replace("\n", "\\n"))
    print(f"{ts_path}: {len(missing)} missing", file=sys.stderr)
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
