# Lone surrogates (from chr, or from decoding with surrogateescape) count as one code point each,
# and standard output's strict UTF-8 refuses them piece by piece, as CPython's print does.
import sys

hi = chr(0xD800)
lo = chr(0xDC80)
print(len(hi), len(hi + "a"), len("a" + hi), len("ab" + lo), len(hi * 3))
print(repr(hi), ascii(lo), hi.isprintable(), ord(hi), [hex(ord(c)) for c in "x" + hi + "y"])
print(hi in "a" + hi, ("a" + hi).index(hi), (hi + "bc")[1:], len(list(hi + "q")))

raw = b"caf\xe9 ok"
text = raw.decode("utf-8", "surrogateescape")
print(len(text), repr(text), text.encode("utf-8", "surrogateescape") == raw)

for args in [("plain", hi, "tail"), (hi,), ("x" + lo + lo + "y",)]:
    try:
        print(*args)
    except UnicodeEncodeError as e:
        print("|", e.encoding, e.start, e.end, e.reason)
        print("|", e)
try:
    sys.stdout.write("w" + hi + "\n")
except UnicodeEncodeError as e:
    print("|", e)
try:
    print(f"[{text}]")
except UnicodeEncodeError as e:
    print("|", e)
print("done")
print(hi.encode("utf-8", "surrogatepass"), (lo + "z").encode("ascii", "surrogateescape"))
print(("a" + chr(0xDCFF) + "b").encode("latin-1", "surrogateescape"))
try:
    hi.encode("utf-8", "surrogateescape")
except UnicodeEncodeError as e:
    print("|", e)
