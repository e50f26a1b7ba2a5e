# Method calls with 0-2 plain arguments on receivers of unknown type: exact strs take the str
# method table directly; str subclasses, user classes with the same method names and other
# builtin types keep the general path.


class Shout(str):
    def capitalize(self):
        return "SUB:" + str.capitalize(self)

    def count(self, x):
        return -1


class Text:
    def capitalize(self):
        return "Text.capitalize"

    def count(self, x):
        return "Text.count(%r)" % (x,)

    def find(self, a, b):
        return ("find", a, b)

    def title(self):
        return "Text.title"


class Plain(str):
    pass


def call_all(objs):
    for o in objs:
        print(type(o).__name__, repr(o.capitalize()), repr(o.title()))
        print("  count", o.count("a"), "swapcase", repr(o.swapcase() if isinstance(o, str) else None))


def finds(objs):
    for o in objs:
        print(type(o).__name__, o.find("a", 1) if not isinstance(o, list) else o.count(1))


values = ["hello world", "", "ÉCOLE été", "a\U0001F600b a", "ǆemal ǅ", "ﬁsh ß", "ΣΑΣ ΟΔΟΣ", Shout("abc"), Plain("xyz aa"), Text()]
call_all(values)
finds(["banana", "", "\U0001F600a\U0001F600a", Shout("aaa"), Plain("bab"), Text()])
finds([[1, 2, 1]])

# Other methods through the same helpers, on strs and on values of other types.
items = ["a,b,,c", "  padded  ", "x\U00010400y", b"bytes", (1, 2, 1), [3, 1, 3]]
for it in items:
    if isinstance(it, str):
        print(repr(it.partition(",")), repr(it.rpartition(",")), it.isalpha(), it.isspace(), repr(it.center(12, "*")))
        print(repr(it.zfill(12)), repr(it.rjust(10)), repr(it.ljust(10, "-")), it.index(it[-1]), it.rfind(it[0]))
        print(repr(it.removeprefix("a,")), repr(it.removesuffix("  ")), it.encode("utf-8") if it.isascii() else "non-ascii")
    else:
        print(type(it).__name__, it.count(1) if not isinstance(it, bytes) else it.count(b"t"), it.index(it[0]))

# Errors raised through the fast path are CPython's.
for bad in [lambda s: s.count(), lambda s: s.center(), lambda s: s.find(1), lambda s: s.zfill("3"),
            lambda s: s.startswith(1), lambda s: s.index("zz"), lambda s: s.toString(), lambda s: s.nosuch(1, 2)]:
    try:
        print(bad("text"))
    except (TypeError, ValueError, AttributeError) as e:
        print(type(e).__name__, e)

# A method stored on an instance under a str method's name.
t = Text()
t.title = lambda: "instance attr"
print(t.title())
print("abc".title(), Shout("xy").title(), type(Shout("xy").title()).__name__)
