# Generator expressions passed to builtins and functions.
nums = [3, -1, 4, -1, 5, -9, 2, 6]
print(sum(n for n in nums if n > 0), max(abs(n) for n in nums), min((n for n in nums), default=0))
print(any(n > 5 for n in nums), all(n != 0 for n in nums), sorted(n * n for n in nums)[:3])
print(list(n for n in nums if n < 0), tuple(str(n) for n in nums[:3]), set(n % 3 for n in nums))
print(dict((n, n * n) for n in range(3)), ",".join(str(n) for n in range(5)))
print(len(list(x for x in range(1000) if x % 7 == 0)), next(n for n in nums if n > 4))
print(sum(x * y for x, y in zip([1, 2, 3], [4, 5, 6])), sum(1 for c in "mississippi" if c == "s"))
print(max((len(w), w) for w in "a bb ccc dd".split()), min(("x", i) for i in range(3)))
print(sorted((w for w in ["b", "a", "c"]), reverse=True), list(reversed([c for c in "abc"])))
print(" ".join(w.capitalize() for w in "hello big world".split()), "".join(reversed("abc")))
def consume(it):
    return [v for v in it]
print(consume(x + 1 for x in range(3)), consume((x for x in "ab")))
print(sum(sum(row) for row in [[1, 2], [3, 4]]), list(zip((c for c in "ab"), (n for n in range(5)))))
def first_match(pred, items):
    return next((x for x in items if pred(x)), "none")
print(first_match(str.isdigit, "ab3c4"), first_match(str.isupper, "abc"), first_match(bool, [0, "", [1]]))
pairs = list((x, y) for x in range(3) for y in "ab" if x != 1)
print(pairs, len(pairs))
gen = (c * 2 for c in "xyz")
print(next(gen), list(gen), list(gen))
counter = {"n": 0}
def tick(v):
    counter["n"] += 1
    return v
lazy = (tick(v) for v in range(100))
print(any(v > 3 for v in lazy), counter["n"], next(lazy), counter["n"])
