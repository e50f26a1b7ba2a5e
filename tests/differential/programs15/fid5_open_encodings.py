# open() with an encoding and an errors handler: latin-1, ascii, utf-16 (one BOM) round trips.
import os

path = "fid5_enc_tmp.txt"


def raw():
    with open(path, "rb") as f:
        return f.read()


with open(path, "w", encoding="latin-1") as f:
    print(f.encoding, f.errors, f.write("café ÿ\n"), f.tell())
    f.write("naïve\n")
print(raw())
with open(path, encoding="latin-1") as f:
    print(repr(f.read()), f.encoding)
with open(path, encoding="latin_1") as f:
    print(f.readline().rstrip("\n"), f.tell(), repr(f.readline()))
try:
    with open(path, encoding="utf-8") as f:
        f.read()
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e.encoding, e.start, e.end, e.reason)
try:
    open(path).read()
except UnicodeDecodeError as e:
    print("default encoding:", e)
with open(path, encoding="utf-8", errors="replace") as f:
    print(repr(f.read()))
with open(path, encoding="ascii", errors="ignore") as f:
    print(repr(f.read()))
with open(path, encoding="ascii", errors="backslashreplace") as f:
    print(repr(f.read()))

with open(path, "w", encoding="utf-16") as f:
    f.write("hi ")
    f.write("é😀\n")
data = raw()
print(data, len(data), data.count(b"\xff\xfe"))
with open(path, encoding="utf-16") as f:
    print(repr(f.read()))
with open(path, "a", encoding="utf-16") as f:
    f.write("more")
print(raw()[-8:], raw().count(b"\xff\xfe"))
with open(path, encoding="utf-16-le") as f:
    print(repr(f.read()))
with open(path, "w", encoding="utf-16-be") as f:
    f.write("AB")
print(raw())

with open(path, "w", encoding="ascii") as f:
    f.write("plain\n")
    try:
        f.write("snowman ☃\n")
    except UnicodeEncodeError as e:
        print("UnicodeEncodeError:", e)
with open(path, "w", encoding="ascii", errors="xmlcharrefreplace") as f:
    f.write("snowman ☃ é\n")
print(raw())
with open(path, "w", encoding="latin-1", errors="replace") as f:
    f.write("euro € and ÿ\n")
print(raw())
try:
    open(path, encoding="klingon")
except LookupError as e:
    print("LookupError:", e)
try:
    open(path, encoding=8)
except TypeError as e:
    print("TypeError:", e)
with open(path, "w", encoding="UTF-8") as f:
    f.write("é")
    print(f.encoding)
print(raw())
with open(path, "w") as f:
    print(f.encoding)
os.remove(path)
print(os.path.exists(path))
