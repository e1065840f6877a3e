#!/usr/bin/python3
"""Build notes.jsonl and gold.jsonl from the hand-written marked-up notes in source/*.txt.

Markup
------
A line beginning with '### ' starts a new note; the rest of that line is the note kind
(nursing, discharge, phone, socialwork, casemgmt, rt, progress, ed, radiology, pathology, ...).
Lines beginning with '#!' are comments and are dropped. Everything else up to the next '### '
line is the note text (leading/trailing blank lines removed, inner line breaks kept).

An identifier is written [[surface text|CODE]]; CODE is looked up in CODES below, which
gives (category, required, source_label). '[[' and ']]' never occur in the notes themselves.

Run:  /usr/bin/python3 build.py
"""
import collections
import glob
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))

CODES = {
    # names (required)
    "P": ("NAME", True, "PATIENT_NAME"),
    "R": ("NAME", True, "RELATIVE"),
    "C": ("NAME", True, "CLINICIAN"),
    "N": ("NAME", True, "STAFF"),          # nurses, RTs, SW, CM, techs, interpreters
    "O": ("NAME", True, "OTHER_PERSON"),   # friends, neighbours, guardians, landlords
    "I": ("NAME", True, "INITIALS"),
    # dates
    "D": ("DATE", True, "DATE"),
    "W": ("DATE", True, "WEEKDAY_DATE"),
    "DM": ("DATE", True, "MONTH_YEAR"),
    "DN": ("DATE", True, "DAY_OF_MONTH"),
    "MO": ("DATE", True, "MONTH"),
    "Y": ("DATE", False, "YEAR"),
    "H": ("DATE", False, "HOLIDAY"),
    # places
    "L": ("LOCATION", True, "CITY"),
    "ST": ("LOCATION", True, "STREET"),
    "Z": ("LOCATION", True, "ZIP"),
    "NB": ("LOCATION", True, "NEIGHBORHOOD"),
    "SA": ("STATE", False, "STATE"),
    "CO": ("COUNTRY", False, "COUNTRY"),
    "HO": ("HOSPITAL", False, "HOSPITAL"),
    # ages 90+
    "A": ("AGE", True, "AGE_OVER_89"),
    # contact
    "PH": ("PHONE", True, "PHONE"),
    "PG": ("PHONE", True, "PAGER"),
    "X": ("PHONE", True, "EXTENSION"),
    "FX": ("FAX", True, "FAX"),
    "EM": ("EMAIL", True, "EMAIL"),
    "URL": ("URL", True, "URL"),
    "IP": ("IP", True, "IP_ADDRESS"),
    # ids
    "SSN": ("SSN", True, "SSN"),
    "MRN": ("MRN", True, "MRN"),
    "HP": ("HEALTH_PLAN", True, "HEALTH_PLAN"),
    "AC": ("ACCOUNT", True, "ACCOUNT"),
    "LIC": ("LICENSE", True, "LICENSE"),
    "VH": ("VEHICLE", True, "VEHICLE"),
    "DV": ("DEVICE", True, "DEVICE_SERIAL"),
    "ID": ("ID", True, "OTHER_ID"),
    "ACC": ("ID", True, "ACCESSION"),
}

SPAN_RE = re.compile(r"\[\[([^\[\]|]+)\|([A-Z]+)\]\]")
# Surfaces that deliberately also occur as ordinary words in the same note
# (e.g. wife "Rose" and "temp rose to 100.9"): not reported by the consistency check.
INTENDED_HOMOGRAPHS = {"rose"}


def parse_sources():
    notes = []  # (kind, raw_text, srcfile, lineno)
    for path in sorted(glob.glob(os.path.join(HERE, "source", "*.txt"))):
        cur = None
        with open(path, encoding="utf-8") as fh:
            for lineno, line in enumerate(fh, 1):
                line = line.rstrip("\n")
                if line.startswith("#!"):
                    continue
                if line.startswith("### "):
                    if cur:
                        notes.append(cur)
                    cur = [line[4:].strip(), [], os.path.basename(path), lineno]
                    continue
                if cur is None:
                    if line.strip():
                        sys.exit(f"{path}:{lineno}: text before first note header")
                    continue
                cur[1].append(line)
        if cur:
            notes.append(cur)
    return notes


def render(raw, where):
    """Strip markup; return plain text and spans."""
    out = []
    spans = []
    pos = 0  # index into raw
    plain_len = 0
    for m in SPAN_RE.finditer(raw):
        before = raw[pos:m.start()]
        out.append(before)
        plain_len += len(before)
        surface, code = m.group(1), m.group(2)
        if code not in CODES:
            sys.exit(f"{where}: unknown code {code!r} in {m.group(0)!r}")
        if surface != surface.strip() or not surface.strip():
            sys.exit(f"{where}: span with edge whitespace {m.group(0)!r}")
        if re.match(r"(?i)(dr|mr|mrs|ms|miss|md|rn)\.?\s", surface) or re.search(r"(?i),?\s(md|rn|np|pa-c|do)$", surface):
            sys.exit(f"{where}: title inside span {surface!r}")
        spans.append((plain_len, plain_len + len(surface), code, surface))
        out.append(surface)
        plain_len += len(surface)
        pos = m.end()
    out.append(raw[pos:])
    text = "".join(out)
    for bad in ("[[", "]]", "|"):
        if bad in text:
            i = text.index(bad)
            sys.exit(f"{where}: stray markup {bad!r} near {text[max(0, i-40):i+40]!r}")
    return text, spans


def age_value(s):
    d = re.sub(r"\D", "", s)
    if d:
        return int(d)
    s = s.lower()
    if s.startswith("ninety"):
        return 90
    if "hundred" in s:
        return 100
    return None


def main():
    notes = parse_sources()
    kinds = collections.Counter()
    cat_req = collections.Counter()
    label_counts = collections.Counter()
    notes_out, gold_out = [], []
    warnings = []
    for i, (kind, lines, src, lineno) in enumerate(notes, 1):
        nid = f"blind-rs-{i:04d}"
        where = f"{src}:{lineno} ({nid})"
        while lines and not lines[0].strip():
            lines.pop(0)
        while lines and not lines[-1].strip():
            lines.pop()
        raw = "\n".join(lines)
        text, spans = render(raw, where)
        if not text.strip():
            sys.exit(f"{where}: empty note")
        for ch in text:
            if ord(ch) > 0xFFFF:
                sys.exit(f"{where}: non-BMP character {ch!r}")
            if ord(ch) < 32 and ch not in "\n\t":
                sys.exit(f"{where}: control character {ch!r}")
        kinds[kind] += 1
        prev_end = -1
        for (s, e, code, surface) in spans:
            cat, req, label = CODES[code]
            assert text[s:e] == surface, where
            if s < prev_end:
                sys.exit(f"{where}: overlapping spans at {s}")
            prev_end = e
            if cat == "AGE":
                v = age_value(surface)
                if v is None or v < 90:
                    sys.exit(f"{where}: AGE span {surface!r} is not >= 90")
            gold_out.append({"id": nid, "start": s, "end": e, "category": cat,
                             "required": req, "source_label": label, "text": surface})
            cat_req[(cat, req)] += 1
            label_counts[(cat, label, req)] += 1
        # consistency check: a required surface that also occurs unannotated elsewhere in the note
        covered = [False] * len(text)
        for (s, e, _, _) in spans:
            for k in range(s, e):
                covered[k] = True
        for (s, e, code, surface) in spans:
            if not CODES[code][1] or len(surface) < 3 or surface.lower() in INTENDED_HOMOGRAPHS:
                continue
            for m in re.finditer(r"(?<![A-Za-z0-9])" + re.escape(surface) + r"(?![A-Za-z0-9])",
                                 text, flags=re.I):
                if not any(covered[m.start():m.end()]):
                    warnings.append(f"{where}: {surface!r} also occurs unannotated at {m.start()}")
        notes_out.append({"id": nid, "text": text, "_kind": kind})

    # write
    with open(os.path.join(HERE, "notes.jsonl"), "w", encoding="utf-8") as fh:
        for n in notes_out:
            fh.write(json.dumps({"id": n["id"], "text": n["text"]}, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "gold.jsonl"), "w", encoding="utf-8") as fh:
        for g in gold_out:
            fh.write(json.dumps(g, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "kinds.json"), "w", encoding="utf-8") as fh:
        json.dump({n["id"]: n["_kind"] for n in notes_out}, fh, indent=0)

    # re-validate from the written files
    texts = {}
    with open(os.path.join(HERE, "notes.jsonl"), encoding="utf-8") as fh:
        for line in fh:
            o = json.loads(line)
            texts[o["id"]] = o["text"]
    last = {}
    with open(os.path.join(HERE, "gold.jsonl"), encoding="utf-8") as fh:
        for line in fh:
            g = json.loads(line)
            t = texts[g["id"]]
            assert t[g["start"]:g["end"]] == g["text"], g
            # UTF-16 length equals Python length for BMP-only text
            assert len(t.encode("utf-16-le")) == 2 * len(t)
            assert g["start"] >= last.get(g["id"], 0), ("overlap/order", g)
            last[g["id"]] = g["end"]

    lens = [len(n["text"]) for n in notes_out]
    print(f"notes: {len(notes_out)}  chars: min {min(lens)} max {max(lens)} total {sum(lens)}")
    print("kinds:", dict(kinds))
    ds = [len(n["text"]) for n in notes_out if n["_kind"] == "discharge"]
    if ds:
        print(f"discharge lengths: {sorted(ds)}")
    nophi = [n["id"] for n in notes_out if not any(g["id"] == n["id"] and g["required"] for g in gold_out)]
    print(f"notes with no required span: {len(nophi)}")
    print(f"spans: {len(gold_out)}  required: {sum(v for (c, r), v in cat_req.items() if r)}")
    for (c, r), v in sorted(cat_req.items(), key=lambda x: (not x[0][1], x[0][0])):
        print(f"  {c:12s} required={str(r):5s} {v}")
    print("by label:")
    for (c, l, r), v in sorted(label_counts.items()):
        print(f"  {c:12s} {l:14s} {str(r):5s} {v}")
    for w in warnings:
        print("WARN", w)


if __name__ == "__main__":
    main()
