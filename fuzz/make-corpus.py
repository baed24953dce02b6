#!/usr/bin/env python3
"""Turns the golden vectors in tests/data/golden into seed corpora for the fuzz targets."""
import pathlib
import sys

root = pathlib.Path(__file__).resolve().parent.parent
out = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else "build/fuzz/corpus")
(out / "stream").mkdir(parents=True, exist_ok=True)
(out / "properties").mkdir(parents=True, exist_ok=True)
count = 0
for path in sorted((root / "tests/data/golden").glob("*.hex")):
    lines = path.read_text().splitlines()
    version = "5"
    hexdigits = []
    for line in lines:
        if line.startswith("#"):
            if line.startswith("# version:"):
                version = line.split(":", 1)[1].strip()
            continue
        hexdigits.append(line)
    try:
        data = bytes.fromhex("".join(hexdigits))
    except ValueError:
        continue
    selector = b"\x01" if version == "4" else b"\x00"
    (out / "stream" / path.stem).write_bytes(selector + data)
    count += 1
print(f"{count} seeds in {out}")
