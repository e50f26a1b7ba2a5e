# Comprehensions over exact lists and strs (walked by index).
def comps(words, text):
    upper = [w.upper() for w in words if w]
    pairs = [(a, b) for a in words for b in text if b != " "]
    lens = {w: len(w) for w in words}
    chars = {c for c in text}
    codes = [ord(c) for c in text]
    total = sum(len(w) for w in words)
    anyq = any(c == "q" for c in text)
    longest = max(len(w) for w in words)
    return upper, len(pairs), pairs[:3], lens, sorted(chars), codes, total, anyq, longest


def lazy():
    xs = [1, 2, 3]
    g = (x * 10 for x in xs)
    print(next(g))
    xs.append(4)
    xs.pop(0)
    print(list(g))
    s = "ab\U0001F600c"
    gs = (c for c in s)
    print(next(gs), [ord(c) for c in gs])
    nested = [[c for c in w] for w in ["hi", "yo"]]
    print(nested)
    spl = [p.strip() for p in "a, b ,c".split(",")]
    print(spl)
    srt = [k for k in sorted({"b": 1, "a": 2})]
    print(srt)


print(comps(["alpha", "", "beta"], "a b\U0001F601"))
print([ord(c) for c in "x" + chr(0xD800) + "\U0001F602"])
lazy()
