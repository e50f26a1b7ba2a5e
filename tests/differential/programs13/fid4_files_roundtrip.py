# A small notes-file manager exercising open() modes, seek/tell, newline handling, iteration.
import os

path = "fid4_notes_tmp.txt"
if os.path.exists(path):
    os.remove(path)
with open(path, "w", encoding="utf-8") as f:
    print(f.name, f.mode, f.closed, f.writable(), f.readable())
    n = f.write("first line\n")
    f.writelines(["second\n", "third – unicode ✓\n"])
    print(n, f.tell() > 0)
print(f.closed)
with open(path, "a") as f:
    f.write("appended\n")
with open(path) as f:
    print(f.mode, f.readline(), end="")
    pos = f.tell()
    rest = f.read()
    print(repr(rest))
    f.seek(pos)
    print(repr(f.readline()))
    f.seek(0)
    print(len(f.readlines()))
    f.seek(0)
    print([line.rstrip("\n") for line in f])
    print(repr(f.read()), repr(f.readline()))
try:
    with open(path, "x") as f:
        pass
except FileExistsError as e:
    print("FileExistsError:", e.errno, e.filename, e.strerror)
with open(path, "r+") as f:
    f.write("FIRST")
    f.seek(0)
    print(repr(f.readline()))
with open(path, "rb") as f:
    data = f.read()
    print(type(data).__name__, len(data), data[:5], f.mode)
with open(path, "w", newline="") as f:
    f.write("a\r\nb\rc\n")
with open(path, newline="") as f:
    print(repr(f.read()))
with open(path) as f:
    print(repr(f.read()))
with open(path, newline="\n") as f:
    print(f.readlines())
with open(path, "wb") as f:
    print(f.write(b"\x00\x01binary\xff"))
with open(path, "rb") as f:
    print(f.read(3), f.read(), f.read())
with open(path, "ab") as f:
    f.write(bytearray(b"++"))
print(os.path.getsize(path))
f = open(path, "rb")
f.close()
try:
    f.read()
except ValueError as e:
    print("ValueError:", e)
for mode in ["z", "rw", "rbt"]:
    try:
        open(path, mode)
    except ValueError as e:
        print("ValueError:", e)
try:
    open("no/such/dir/file.txt")
except FileNotFoundError as e:
    print("FileNotFoundError:", e)
try:
    with open(path, "w") as f:
        f.write(5)
except TypeError as e:
    print("TypeError:", e)
try:
    with open(path) as f:
        f.write("x")
except Exception as e:
    print(type(e).__name__, e)
with open(path, "w", encoding="utf-8") as f:
    for i in range(3):
        print(f"row {i}", i * i, sep=",", file=f)
with open(path, encoding="utf-8") as f:
    for lineno, line in enumerate(f, 1):
        print(lineno, line.strip().split(","))
os.remove(path)
print(os.path.exists(path))
