# `for w in s.split()` over a str walks the pieces without building the list.
def pieces(s):
    out = []
    for w in s.split():
        out.append(w)
    return out


def main():
    samples = [
        "",
        "   ",
        "one",
        "  lead and trail  ",
        "tabs\tand\nnewlines\r\nand\x0bvt\x0cff",
        "seps\x1c\x1d\x1e\x1fhere",
        "nbsp\xa0em\u2003ideo\u3000nel\x85ls\u2028ps\u2029end",
        "astral \U0001F600 \U0001F600x y\U0001F600",
        "not\u200bspace zero-width",
    ]
    for s in samples:
        got = pieces(s)
        print(got == s.split(), len(got), [len(p) for p in got])
    text = "the quick brown fox jumps over the lazy dog the end"
    counts = {}
    for w in text.split():
        if w == "lazy":
            continue
        counts[w] = counts.get(w, 0) + 1
        if w == "end":
            break
    else:
        print("no break")
    print(counts)
    for w in "a b".split():
        pass
    else:
        print("else ran", w)
    t = "x y z"
    for w in t.split():
        t = "rebound"
        print(w, t)


main()
