"""Binary record files: struct packing, writing/reading with open(..., "wb"/"rb"), checksums."""
import os
import struct
import hashlib

RECORD = struct.Struct("<I16sdh")
MAGIC = b"PYJSREC1"
PATH = f"_fid_records_{os.getpid()}.bin"
TEXT_PATH = f"_fid_records_{os.getpid()}.txt"

readings = [
    (1, "alpha", 3.25, -4),
    (2, "beta-station", 1e-3, 17),
    (3, "gämma", -273.15, 0),
    (4, "δ", 12345.678, 32767),
]


def write_file(path, rows):
    with open(path, "wb") as f:
        f.write(MAGIC)
        f.write(struct.pack("<H", len(rows)))
        for rid, name, value, delta in rows:
            f.write(RECORD.pack(rid, name.encode("utf-8")[:16], value, delta))
        return f.tell() if hasattr(f, "tell") else None


def read_file(path):
    with open(path, "rb") as f:
        magic = f.read(len(MAGIC))
        if magic != MAGIC:
            raise ValueError(f"bad magic {magic!r}")
        (count,) = struct.unpack("<H", f.read(2))
        rows = []
        for _ in range(count):
            chunk = f.read(RECORD.size)
            rid, raw, value, delta = RECORD.unpack(chunk)
            rows.append((rid, raw.rstrip(b"\0").decode("utf-8"), value, delta))
        rest = f.read()
    return rows, rest


try:
    size = write_file(PATH, readings)
    print("wrote", size, "bytes; on disk", os.path.getsize(PATH), "record size", RECORD.size)
    rows, rest = read_file(PATH)
    for r in rows:
        print(f"{r[0]:>3} {r[1]:<14} {r[2]:>12.4f} {r[3]:>6}")
    print(rows == [(i, n, v, d) for i, n, v, d in readings], rest)
    with open(PATH, "rb") as f:
        blob = f.read()
    print(len(blob), blob[:10], blob[-4:].hex(), hashlib.sha256(blob).hexdigest()[:16], hashlib.md5(blob).hexdigest())
    with open(PATH, "ab") as f:
        f.write(b"\x00trailer\n")
        f.write(bytearray([1, 2, 3]))
    rows, rest = read_file(PATH)
    print(len(rows), rest)
    with open(PATH, "rb") as f:
        lines = list(f)
    print(len(lines), lines[-1], type(lines[0]).__name__)
    with open(PATH, "r+b") as f:
        f.seek(len(MAGIC))
        print(struct.unpack("<H", f.read(2)), f.tell())
    try:
        with open(PATH, "wb") as f:
            f.write("text, not bytes")
    except TypeError as e:
        print("TypeError:", e)
    try:
        read_file(PATH)
    except ValueError as e:
        print("ValueError:", e)
    with open(TEXT_PATH, "w", encoding="utf-8") as f:
        for r in readings:
            print(*r, sep="\t", file=f)
    with open(TEXT_PATH, "rb") as f:
        raw = f.read()
    print(raw.count(b"\t"), raw.splitlines()[2], raw.decode("utf-8").splitlines()[2])
    with open(TEXT_PATH, encoding="utf-8") as f:
        parsed = [line.rstrip("\n").split("\t") for line in f]
    print(parsed[-1], sum(float(p[2]) for p in parsed))
finally:
    for p in (PATH, TEXT_PATH):
        if os.path.exists(p):
            os.remove(p)
print(os.path.exists(PATH), os.path.exists(TEXT_PATH))
