# Logging helper that reprs values: every escape and quote combination.
samples = ["plain", "it's", 'say "hi"', "both ' and \"", "\\back\\slash", "tab\there", "nl\nx",
           "cr\rx", "\x00\x07\x08\x1b\x7f", "\x80\x9f\xa0\xad", "ü é ñ", "\u200b\u200d\ufeff", "\ud800" if False else "x",
           "\U0001f600", "\u0301", "\u2028\u2029", "'", '"', "'\"", "", " ", "\x0b\x0c", "\xff", "\u00a0"]
for s in samples:
    r = repr(s)
    print(r, len(r), ascii(s))
print(repr(["it's", 'a"b', "\n"]), repr(("x",)), repr({"k'": "v\""}), str(["tab\t"]))
print(repr(b"it's"), repr(b'"'), repr(b"'\""), repr(b"\x00\n\t\xff\x7f"), repr(bytearray(b"a'b")))
print(ascii("naïve ☃ 😀"), ascii(b"x"), ascii(["é"]), f"{'é'!a}", f"{'q'!r:>6}|")

class Tag:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return f"Tag({self.name!r})"
    def __str__(self):
        return f"<{self.name}>"
t = Tag("b'o\"ld")
print(t, repr(t), [t], str([t]), f"{t}", f"{t!r}", "%s %r" % (t, t), "{} {!r}".format(t, t))
print("{!s:>12}|{!r:<14}|".format(t, "x"))
print(str(b"bytes"), str(1.0), str(None), repr(None), str(...), repr(NotImplemented), repr(Ellipsis))
print(repr(1e-7), repr(-0.0), repr(float("nan")), repr(float("-inf")), repr(10**20), repr(2j) if False else "")
print(repr(range(5)), repr(range(1, 10, 2)), repr(range(0)), repr(slice(1, None, 2)), repr(slice(None)))
print(repr(frozenset()), repr(set()), repr({1}), repr(frozenset({3})), repr(dict()), repr(()), repr([]))
print(repr(type), repr(int), repr(Tag) .endswith(".Tag'>"), repr(len), repr(print))
d = {"a": 1}
print(repr(d.keys()), repr(d.values()), repr(d.items()), repr(iter([])).startswith("<list_iterator"))
print(repr("\\n"), "\\n", r"\d+\.", len(r"\n"), "\N{BULLET} \N{EM DASH}", "\x41\101\u0041")
s = 'He said "don\'t"'
print(s, repr(s), repr(repr(s)), eval_free := s.count('"'))
print(f"{'a'!r}{'b'!s}{3!r}", f"{{literal}}", f"{'{'}{'}'}", f"{3:{'>'}{5}}", f"{'x' * 3=}", f"{1 + 1 = }")
name, score = "Zoë", 0.875
print(f"{name=}", f"{score=:.1%}", f"{name!r:^10}", f"{name.upper()=!s}")
