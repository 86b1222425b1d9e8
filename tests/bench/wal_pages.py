#!/usr/bin/env python3
"""Which b-trees did one commit write? (docs/performance.md, "pages per checkout")

patron-bench --keep-wal FILE copies the WAL right after its last checkout and prints that
commit's frame range. This reads those frames' page numbers from the WAL, then walks every
b-tree of the (closed, checkpointed) database from its root through its interior pages, so each
written page is named by the table or index it belongs to. SQLCipher 3 pages are decrypted with
the raw key the bench keeps in bench.key (AES-256-CBC, IV in the page's reserved tail); the MAC
is not checked. Needs python3-cryptography.

usage: wal_pages.py STORE_DIR WAL_COPY FIRST LAST
       wal_pages.py STORE_DIR WAL_COPY --all

With --all it reads every commit still valid in the WAL copy (frames whose salts match the WAL
header, up to the last commit frame) and prints the pages per b-tree averaged over the commits
that wrote a page of `sales` (the checkouts) and, apart, over the other commits (the scans).
Run the bench without --idle-checkpoint for this, so the WAL holds a few dozen sales.
"""
import struct
import sys
from collections import Counter

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

PAGE = 4096
RESERVE = 48  # IV (16) + HMAC-SHA1 (20), rounded up to the AES block


def decrypt(key, page, pgno):
    skip = 16 if pgno == 1 else 0  # page 1 starts with the file's salt
    iv = page[PAGE - RESERVE:PAGE - RESERVE + 16]
    d = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
    plain = d.update(page[skip:PAGE - RESERVE]) + d.finalize()
    return (b"SQLite format 3\0" if pgno == 1 else b"") + plain + bytes(RESERVE)


def varint(b, i):
    v = 0
    for k in range(9):
        c = b[i + k]
        if k == 8:
            return (v << 8) | c, i + 9
        v = (v << 7) | (c & 0x7F)
        if c < 0x80:
            return v, i + k + 1
    return v, i + 9


def record(b, i):
    """The values of a record starting at b[i] (only what fits in the page)."""
    hlen, j = varint(b, i)
    end, types = i + hlen, []
    while j < end:
        t, j = varint(b, j)
        types.append(t)
    out, p = [], end
    for t in types:
        if t == 0:
            out.append(None)
        elif 1 <= t <= 6:
            n = [0, 1, 2, 3, 4, 6, 8][t]
            out.append(int.from_bytes(b[p:p + n], "big", signed=True))
            p += n
        elif t in (8, 9):
            out.append(t - 8)
        elif t == 7:
            p += 8
            out.append(0.0)
        else:
            n = (t - 12) // 2 if t % 2 == 0 else (t - 13) // 2
            raw = b[p:p + n]
            out.append(raw.decode("utf-8", "replace") if t % 2 else raw.hex())
            p += n
    return out


def cells(b, pgno):
    h = 100 if pgno == 1 else 0
    kind, n = b[h], struct.unpack(">H", b[h + 3:h + 5])[0]
    hdr = h + (12 if kind in (2, 5) else 8)
    return kind, [struct.unpack(">H", b[hdr + 2 * k:hdr + 2 * k + 2])[0] for k in range(n)], h


def children(b, pgno):
    kind, offs, h = cells(b, pgno)
    if kind not in (2, 5):
        return []
    kids = [struct.unpack(">I", b[o:o + 4])[0] for o in offs]
    kids.append(struct.unpack(">I", b[h + 8:h + 12])[0])
    return kids


def commits(wal):
    """Page numbers of each commit in the WAL, oldest first (frames of the current salts only)."""
    salts = wal[16:24]
    out, pages, f = [], [], 1
    while 32 + f * (24 + PAGE) <= len(wal):
        off = 32 + (f - 1) * (24 + PAGE)
        if wal[off + 8:off + 16] != salts:
            break
        pgno, commit_size = struct.unpack(">II", wal[off:off + 8])
        pages.append((f, pgno))
        if commit_size:
            out.append(pages)
            pages = []
        f += 1
    return out


def main():
    store, wal_path = sys.argv[1], sys.argv[2]
    every = sys.argv[3] == "--all"
    first, last = (0, 0) if every else (int(sys.argv[3]), int(sys.argv[4]))
    key = bytes.fromhex(open(f"{store}/bench.key").read().split()[0])
    db = open(f"{store}/patron.db", "rb")

    def page(n):
        db.seek((n - 1) * PAGE)
        return decrypt(key, db.read(PAGE), n)

    # sqlite_master: (name, root page) of every table and index, read through its own b-tree.
    roots, stack = {}, [1]
    while stack:
        n = stack.pop()
        b = page(n)
        kind, offs, _ = cells(b, n)
        if kind == 13:
            for o in offs:
                _, j = varint(b, o)
                _, j = varint(b, j)
                r = record(b, j)
                if r[0] in ("table", "index") and r[3]:
                    roots[r[3]] = r[1]
        stack += children(b, n)

    # Level by level: every leaf of a b-tree is at the same depth, so one look at the first page
    # of a level tells whether its pages have children (the leaves are never read).
    owner = {}
    for root, name in roots.items():
        owner[root] = name
        level = [root]
        while level and page(level[0])[100 if level[0] == 1 else 0] in (2, 5):
            below = []
            for n in level:
                below += children(page(n), n)
            for k in below:
                owner[k] = name
            level = below

    wal = open(wal_path, "rb").read()

    def name_of(f, pgno):
        off = 32 + (f - 1) * (24 + PAGE)
        b = decrypt(key, wal[off + 24:off + 24 + PAGE], pgno)
        level = "interior" if b[100 if pgno == 1 else 0] in (2, 5) else "leaf"
        return f"{owner.get(pgno, 'page 1 (schema)' if pgno == 1 else '?')} ({level})"

    if every:
        groups = {"checkout": [Counter(), 0], "other": [Counter(), 0]}
        for c in commits(wal):
            names = [name_of(f, pgno) for f, pgno in c]
            g = groups["checkout" if "sales (leaf)" in names else "other"]
            g[0].update(names)
            g[1] += 1
        for label, (counts, n) in groups.items():
            if not n:
                continue
            total = sum(counts.values())
            print(f"{label}: {n} commits, {total / n:.2f} frames per commit")
            for name, k in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
                print(f"  {k / n:5.2f}  {name}")
        return

    written = Counter()
    for f in range(first, last + 1):
        off = 32 + (f - 1) * (24 + PAGE)
        pgno = struct.unpack(">I", wal[off:off + 4])[0]
        b = decrypt(key, wal[off + 24:off + 24 + PAGE], pgno)
        level = "interior" if b[100 if pgno == 1 else 0] in (2, 5) else "leaf"
        name = owner.get(pgno, "page 1 (schema)" if pgno == 1 else "?")
        written[f"{name} ({level})"] += 1
        print(f"frame {f:5d} page {pgno:7d}  {name} ({level})")
    print(f"\n{last - first + 1} frames:")
    for name, n in written.most_common():
        print(f"  {n:3d}  {name}")


if __name__ == "__main__":
    main()
