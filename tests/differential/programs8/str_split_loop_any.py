# `for w in x.split()` where x's type is unknown: an exact str steps through its pieces; other
# receivers' split() results are iterated as a for loop would (lazily, lists by index).


class LazySplit:
    def split(self):
        print("  split() called")
        for w in ["lazy", "pieces", None]:
            print("  yielding", w)
            yield w


class ListSplit:
    def __init__(self):
        self.out = ["a", "b"]

    def split(self):
        return self.out


class TupleSplit:
    def split(self):
        return ("t1", "t2")


class Sub(str):
    def split(self):
        return ["sub", "override"]


class NotIterable:
    def split(self):
        return 42


def loop(x):
    out = []
    for w in x.split():
        print("  got", repr(w))
        out.append(w)
    return out


lines = ["alpha beta  gamma", "", "   ", "tab\tsep\nnew\u3000ideo\x85nel", "é \U0001F600x y\U0001F600", Sub("a b"), Plain := str("p q")]
for line in lines:
    print(repr(line), loop(line))
print(loop(LazySplit()))
print(loop(TupleSplit()))

# A list returned by split() and grown during the loop is iterated to its new end.
ls = ListSplit()
for w in ls.split():
    print("list item", w)
    if len(ls.out) < 5:
        ls.out.append(w + "+")

# break, continue and else.
for text in ["one two three", "four five"]:
    for w in text.split():
        if w == "two":
            break
        if w == "four":
            continue
        print("word", w)
    else:
        print("no break in", repr(text))

# Errors keep CPython's messages.
for bad in [NotIterable(), 7, None]:
    try:
        for w in bad.split():
            print(w)
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)

# Unpacking targets.
try:
    for a, b in ListSplit().split():
        print("unpacked", a, b)
except ValueError as e:
    print("ValueError", e)
for a, b in ["xy", "zw"]:
    print("unpacked", a, b)
pairs = {}
for line in ["k1=v1 k2=v2", "k3=v3"]:
    for kv in line.split():
        k, v = kv.split("=")
        pairs[k] = v
print(pairs)
