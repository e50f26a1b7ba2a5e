"""zipfile in memory (io.BytesIO): ZIP_STORED write/writestr/read/namelist/infolist/getinfo, ZipInfo fields, open for reading and writing, append mode, errors, zipfile.Path."""
import io
import zipfile

FIXED = (2024, 3, 15, 10, 30, 0)


def info(name, **kw):
    zi = zipfile.ZipInfo(name, date_time=FIXED)
    for k, v in kw.items():
        setattr(zi, k, v)
    return zi


buf = io.BytesIO()
with zipfile.ZipFile(buf, "w", compression=zipfile.ZIP_STORED) as zf:
    zf.writestr(info("readme.txt"), "Read me first.\n")
    zf.writestr(info("data/numbers.csv"), "\n".join(f"{i},{i * i}" for i in range(10)))
    zf.writestr(info("data/blob.bin"), bytes(range(256)))
    zf.writestr(info("unicodé.txt"), "non-ascii name")
    with zf.open(info("streamed.txt"), "w") as w:
        w.write(b"written ")
        w.write(b"through a handle\n")
    zf.comment = b"archive comment"
raw = buf.getvalue()
print(len(raw), raw[:4], raw[-22:-18] if raw[-22:-18] == b"PK\x05\x06" else "eocd elsewhere", zipfile.is_zipfile(io.BytesIO(raw)))

with zipfile.ZipFile(io.BytesIO(raw)) as zf:
    print(zf.namelist(), zf.comment, zf.testzip())
    for zi in zf.infolist():
        print(repr(zi.filename), zi.file_size, zi.compress_size, zi.compress_type, zi.date_time, f"{zi.CRC:08x}", zi.is_dir(), zi.flag_bits, zi.create_system, zi.external_attr >> 16, zi.header_offset)
    print(zf.read("readme.txt"), zf.read("data/numbers.csv").decode().splitlines()[-1], zf.read("data/blob.bin")[250:], zf.read("unicodé.txt"))
    gi = zf.getinfo("streamed.txt")
    print(gi, gi.filename, gi.file_size)
    with zf.open("data/numbers.csv") as f:
        print(f.readline(), f.read(10), f.readable(), f.seekable())
        f.seek(0)
        print(sum(int(line.split(b",")[1]) for line in f))
    with zf.open("streamed.txt") as f, io.TextIOWrapper(f, encoding="utf-8") as t:
        print(repr(t.read()))
    try:
        zf.getinfo("missing.txt")
    except KeyError as e:
        print("KeyError", e)
    try:
        zf.read("nope")
    except KeyError as e:
        print("KeyError", e)

with zipfile.ZipFile(buf, "a") as zf:
    zf.writestr(info("appended.txt"), "added later")
    print(zf.namelist()[-2:])
with zipfile.ZipFile(buf) as zf:
    print(len(zf.infolist()), zf.read("appended.txt"))
    p = zipfile.Path(zf)
    print(sorted(x.name for x in p.iterdir()), (p / "data").is_dir(), (p / "data" / "blob.bin").is_file(), (p / "readme.txt").read_text())
    print([x.name for x in (p / "data").iterdir()], (p / "nope").exists())

try:
    zipfile.ZipFile(io.BytesIO(b"not a zip file at all"))
except zipfile.BadZipFile as e:
    print("BadZipFile", e)
try:
    with zipfile.ZipFile(io.BytesIO(), "w") as zf:
        zf.writestr(info("dup.txt"), "1")
        zf.writestr(info("dup.txt"), "2")
        print(len(zf.namelist()), zf.namelist())
except Exception as e:
    print(type(e).__name__, e)
try:
    zipfile.ZipFile(io.BytesIO(), "x" if False else "q")
except ValueError as e:
    print("ValueError", e)
zi = zipfile.ZipInfo("dir/", date_time=FIXED)
print(zi.is_dir(), repr(zipfile.ZipInfo("a.txt", date_time=FIXED)), zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED, zipfile.ZIP_BZIP2, zipfile.ZIP_LZMA)
try:
    zipfile.ZipInfo("old", date_time=(1970, 1, 1, 0, 0, 0)).date_time
    with zipfile.ZipFile(io.BytesIO(), "w") as zf:
        zf.writestr(zipfile.ZipInfo("old", date_time=(1970, 1, 1, 0, 0, 0)), "x")
except ValueError as e:
    print("ValueError", e)

# An archive with deflated members (written by CPython's zlib): reading inflates them.
DEFLATED = b'PK\x03\x04\x14\x00\x00\x00\x08\x00\x059\xa6R&\x13\x9b\x8c\x1e\x00\x00\x00Y\x02\x00\x00\x12\x00\x00\x00notes/deflated.txt+\xc9HU(,\xcdL\xceVH*\xca/\xcfSH\xcb\xafP(\x19\x15\x1b\x15\xa3P\x8c\x0b\x00PK\x03\x04\x14\x00\x00\x00\x08\x00\x059\xa6R\x83\x16\xdc\x8c\x03\x00\x00\x00\x01\x00\x00\x00\x0f\x00\x00\x00notes/short.txt\xab\x00\x00PK\x01\x02\x14\x03\x14\x00\x00\x00\x08\x00\x059\xa6R&\x13\x9b\x8c\x1e\x00\x00\x00Y\x02\x00\x00\x12\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x80\x01\x00\x00\x00\x00notes/deflated.txtPK\x01\x02\x14\x03\x14\x00\x00\x00\x08\x00\x059\xa6R\x83\x16\xdc\x8c\x03\x00\x00\x00\x01\x00\x00\x00\x0f\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x80\x01N\x00\x00\x00notes/short.txtPK\x05\x06\x00\x00\x00\x00\x02\x00\x02\x00}\x00\x00\x00~\x00\x00\x00\x00\x00'
with zipfile.ZipFile(io.BytesIO(DEFLATED)) as zf:
    for zi in zf.infolist():
        body = zf.read(zi)
        print(zi.filename, zi.compress_type, zi.file_size, zi.compress_size, len(body), body[:24], zf.testzip())
    with zf.open("notes/deflated.txt") as f:
        print(f.read(7), f.read(5), len(f.read()))
