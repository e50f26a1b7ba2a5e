import re

data = [3, 8, 1, 9, 4, 10, 2]
if (n := len(data)) > 5:
    print(f"long list ({n} items)")
evens = [y for x in data if (y := x * 2) > 10]
print(evens, y)
print([(x, sq) for x in range(6) if (sq := x * x) % 2 == 0])
lines = ["key=value", "junk", "a=1", "=empty", "b="]
parsed = {m[1]: m[2] for line in lines if (m := re.match(r"(\w+)=(.*)", line))}
print(parsed)
total = 0
print([total := total + v for v in data], total)
matrix = [[r * 3 + c for c in range(3)] for r in range(3)]
print(matrix, [row[i] for i, row in enumerate(matrix)], [v for row in matrix for v in row if v % 2])
print({v % 3: v for v in range(10)}, {c for c in "mississippi"} == set("misp"), sorted({c for c in "hello"}))
print(list(zip(*matrix)), [list(col) for col in zip(*matrix)][::-1])
gen = (x for x in range(3))
print(sum(gen), sum(gen))
nested = [[1, [2, 3]], [4], [], [[5, [6]]]]


def flatten(xs):
    for x in xs:
        if isinstance(x, list):
            yield from flatten(x)
        else:
            yield x


print(list(flatten(nested)))
words = "the cat sat on the mat with the hat".split()
index = {}
for pos, w in enumerate(words):
    index.setdefault(w, []).append(pos)
print(index, {w: len(p) for w, p in index.items() if len(p) > 1})
print([w.upper() if len(w) > 2 else w for w in words], [i for i, w in enumerate(words) if w == "the"])
pairs = [(a, b) for a in range(4) for b in range(a) if (a + b) % 2]
print(pairs, len(pairs))
chunks = [data[i:i + 3] for i in range(0, len(data), 3)]
print(chunks, [sum(c) for c in chunks], max(chunks, key=sum))
x = 10
print([x for x in range(3)], x)
funcs = {name: (lambda v, k=k: v * k) for k, name in enumerate(["zero", "one", "two"])}
print({k: f(5) for k, f in funcs.items()})
print(any((found := v) > 8 for v in data), found)
print(dict(sorted(((w, len(w)) for w in set(words)), key=lambda kv: (-kv[1], kv[0]))[:4]))
