#!/usr/bin/env python3
"""Generate core/catalog/PinyinTable.cpp, the pinyin-initial table behind 助记码 search.

Usage (from the repository root; needs only Python 3 and Debian's `unicode-data` package):

    tools/gen_pinyin_table.py                       # reads /usr/share/unicode/Unihan_Readings.txt.bz2
    tools/gen_pinyin_table.py --unihan FILE [--output core/catalog/PinyinTable.cpp]

The output is committed, so a build never needs Unihan; rerun this after a Unicode upgrade and
commit the result together with the Unicode version printed in its header.

What it stores: for every code point that has a Mandarin reading in kMandarin, kTGHZ2013,
kXHC1983 or kHanyuPinyin, the distinct initial letters (a-z) of all its readings, tone marks
stripped (zh/ch/sh count as z/c/s: one letter per character). kMandarin alone is not enough: it
gives 长 only zhǎng, while shoppers type "cc" for 长城.

The letters of one character are ordered by how standard the reading is: kMandarin first (the
usual modern reading), then the modern dictionaries (kTGHZ2013, kXHC1983), then the historical
kHanyuPinyin. Pinyin.cpp relies on this order: the first letter is the character's usual
initial, so the first variant of a name is its most likely 助记码.
"""

import argparse
import bz2
import sys
import unicodedata

# Most standard first: see the module comment.
FIELDS = ("kMandarin", "kTGHZ2013", "kXHC1983", "kHanyuPinyin")
MAX_INITIALS = 7  # PinyinEntry::initials is char[8]

LICENCE = """\
UNICODE, INC. LICENSE AGREEMENT - DATA FILES AND SOFTWARE (Unicode-DFS-2016)

See Terms of Use <https://www.unicode.org/copyright.html>
for definitions of Unicode Inc.'s Data Files and Software.

NOTICE TO USER: Carefully read the following legal agreement.
BY DOWNLOADING, INSTALLING, COPYING OR OTHERWISE USING UNICODE INC.'S
DATA FILES ("DATA FILES"), AND/OR SOFTWARE ("SOFTWARE"),
YOU UNEQUIVOCALLY ACCEPT, AND AGREE TO BE BOUND BY, ALL OF THE
TERMS AND CONDITIONS OF THIS AGREEMENT.
IF YOU DO NOT AGREE, DO NOT DOWNLOAD, INSTALL, COPY, DISTRIBUTE OR USE
THE DATA FILES OR SOFTWARE.

COPYRIGHT AND PERMISSION NOTICE

Copyright (c) 1991-2022 Unicode, Inc. All rights reserved.
Distributed under the Terms of Use in https://www.unicode.org/copyright.html.

Permission is hereby granted, free of charge, to any person obtaining
a copy of the Unicode data files and any associated documentation
(the "Data Files") or Unicode software and any associated documentation
(the "Software") to deal in the Data Files or Software
without restriction, including without limitation the rights to use,
copy, modify, merge, publish, distribute, and/or sell copies of
the Data Files or Software, and to permit persons to whom the Data Files
or Software are furnished to do so, provided that either
(a) this copyright and permission notice appear with all copies
of the Data Files or Software, or
(b) this copyright and permission notice appear in associated
Documentation.

THE DATA FILES AND SOFTWARE ARE PROVIDED "AS IS", WITHOUT WARRANTY OF
ANY KIND, EXPRESS OR IMPLIED, INCLUDING BUT NOT LIMITED TO THE
WARRANTIES OF MERCHANTABILITY, FITNESS FOR A PARTICULAR PURPOSE AND
NONINFRINGEMENT OF THIRD PARTY RIGHTS.
IN NO EVENT SHALL THE COPYRIGHT HOLDER OR HOLDERS INCLUDED IN THIS
NOTICE BE LIABLE FOR ANY CLAIM, OR ANY SPECIAL INDIRECT OR CONSEQUENTIAL
DAMAGES, OR ANY DAMAGES WHATSOEVER RESULTING FROM LOSS OF USE,
DATA OR PROFITS, WHETHER IN AN ACTION OF CONTRACT, NEGLIGENCE OR OTHER
TORTIOUS ACTION, ARISING OUT OF OR IN CONNECTION WITH THE USE OR
PERFORMANCE OF THE DATA FILES OR SOFTWARE.

Except as contained in this notice, the name of a copyright holder
shall not be used in advertising or otherwise to promote the sale,
use or other dealings in these Data Files or Software without prior
written authorization of the copyright holder."""


def readings(field, value):
    """The pinyin syllables of one Unihan field value."""
    out = []
    for token in value.split():
        # kMandarin: "zhǎng"; the others: "0121.040:cháng" or "20811.060:háng,xìng" with
        # dictionary positions before the colon.
        syllables = token.rsplit(":", 1)[-1] if field != "kMandarin" else token
        out.extend(s for s in syllables.split(",") if s)
    return out


def initial(syllable):
    """The ASCII initial of a pinyin syllable: ḿ → m, ǹ → n, ế → e, zhǎng → z."""
    for ch in unicodedata.normalize("NFKD", syllable):
        low = ch.lower()
        if "a" <= low <= "z":
            return low
    return None


def parse(path):
    per_char = {}  # code point → {field: [initials in reading order]}
    version = "unknown"
    opener = bz2.open if path.endswith(".bz2") else open
    with opener(path, "rt", encoding="utf-8") as f:
        for line in f:
            if line.startswith("# Unicode version:"):
                version = line.split(":", 1)[1].strip()
            if not line.startswith("U+"):
                continue
            cp_text, field, value = line.rstrip("\n").split("\t", 2)
            if field not in FIELDS:
                continue
            cp = int(cp_text[2:], 16)
            letters = [i for i in (initial(s) for s in readings(field, value)) if i]
            per_char.setdefault(cp, {}).setdefault(field, []).extend(letters)
    table = {}
    for cp, fields in per_char.items():
        ordered = []
        for field in FIELDS:
            for letter in fields.get(field, []):
                if letter not in ordered:
                    ordered.append(letter)
        if ordered:
            if len(ordered) > MAX_INITIALS:
                sys.exit("U+%04X has %d initials; widen PinyinEntry::initials" % (cp, len(ordered)))
            table[cp] = "".join(ordered)
    return version, table


def render(version, table):
    lines = [
        "// GENERATED by tools/gen_pinyin_table.py from Unihan_Readings.txt (Unicode %s)." % version,
        "// Do not edit: rerun the generator (see its header) and commit the result.",
        "//",
        "// Pinyin initials of every CJK character with a Mandarin reading in kMandarin, kTGHZ2013,",
        "// kXHC1983 or kHanyuPinyin; the usual reading's initial first. %d characters." % len(table),
        "//",
        "// This table is derived from the Unicode Character Database (Unihan), distributed under the",
        "// following licence:",
        "//",
    ]
    lines += [("// " + l).rstrip() for l in LICENCE.splitlines()]
    lines += [
        "",
        '#include "catalog/PinyinTable.h"',
        "",
        "#include <iterator>",
        "",
        "namespace patron::pinyin {",
        "",
        "// Sorted by code point (binary search in Pinyin.cpp).",
        "const PinyinEntry kTable[] = {",
    ]
    row = []
    for cp in sorted(table):
        row.append('{0x%X,"%s"}' % (cp, table[cp]))
        if len(row) == 8:
            lines.append("    " + ",".join(row) + ",")
            row = []
    if row:
        lines.append("    " + ",".join(row) + ",")
    lines += [
        "};",
        "",
        "const std::size_t kTableSize = std::size(kTable);",
        "",
        "} // namespace patron::pinyin",
        "",
    ]
    return "\n".join(lines)


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--unihan", default="/usr/share/unicode/Unihan_Readings.txt.bz2")
    ap.add_argument("--output", default="core/catalog/PinyinTable.cpp")
    args = ap.parse_args()
    version, table = parse(args.unihan)
    with open(args.output, "w", encoding="utf-8", newline="\n") as f:
        f.write(render(version, table))
    print("%s: %d characters (Unicode %s)" % (args.output, len(table), version))


if __name__ == "__main__":
    main()
