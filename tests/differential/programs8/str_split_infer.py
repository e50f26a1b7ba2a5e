# Type inference of strs: the pieces of a str's split/rsplit/splitlines are strs, and a str
# returned by a function defined later still types the list its split gives.


def build(n):
    out = []
    for i in range(n):
        out.append("w" + str(i % 7) + ("É" if i % 3 == 0 else "") + ("\U0001F600" if i % 5 == 0 else ""))
    return " ".join(out)


def main():
    text = build(40)
    words = text.split()
    lens = [len(w) for w in words if w[0] != "s"]
    print(len(words), sum(lens), words[:3], words[-2:])
    total = 0
    for w in text.split(" "):
        key = w.lower().strip("w0123456789")
        if key:
            total += len(key)
        print(repr(w[-1]), end=" ")
    print()
    print("total", total)
    for w in text.rsplit(None, 3):
        print(repr(w[:3]), len(w))
    for line in "a\nbb\r\n\nccc\u2028d".splitlines():
        print(repr(line), len(line), line.upper() or "<empty>")
    seen = {}
    for piece in "x,y,,x,\U0001F600,".split(","):
        seen[piece] = seen.get(piece, 0) + 1
        if not piece:
            print("empty piece")
    print(seen)
    firsts = [w[0] for w in text.split()]
    print("".join(firsts)[:20], len(firsts))
    sizes = {w: len(w) for w in "aa b\U0001F600 ccc".split()}
    print(sizes)


def later_text():
    return "late bound str for split"


def uses_later():
    t = later_text()
    ws = t.split()
    acc = []
    for w in ws:
        acc.append(w.upper() + w[::-1])
    print(acc, [w.title() for w in ws])


class Splitter:
    def split(self, *a):
        return iter(["not", "a", "str", 1])


def other(obj):
    for w in obj.split():
        print(repr(w), end=" ")
    print()


main()
uses_later()
other(Splitter())
other("plain str  here ")
