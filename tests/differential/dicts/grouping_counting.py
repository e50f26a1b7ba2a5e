# Common dict idioms: grouping, counting, inverting, nested updates.
words = "the quick brown fox jumps over the lazy dog then the fox sleeps".split()
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
print(freq)
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:3]
print(top)
by_len = {}
for w in words:
    by_len.setdefault(len(w), []).append(w)
print(by_len)
print({k: sorted(set(v)) for k, v in sorted(by_len.items())})
by_first = {}
for w in sorted(set(words)):
    by_first.setdefault(w[0], []).append(w)
print(by_first)
inverted = {}
for k, v in freq.items():
    inverted.setdefault(v, []).append(k)
print(inverted)
inventory = {"apple": {"qty": 3, "price": 0.5}, "pear": {"qty": 0, "price": 0.75}}
inventory["apple"]["qty"] -= 1
inventory.setdefault("kiwi", {"qty": 10, "price": 0.2})
in_stock = {name: info for name, info in inventory.items() if info["qty"] > 0}
print(inventory)
print(in_stock, sum(i["qty"] * i["price"] for i in inventory.values()))
matrix = {(r, c): r * c for r in range(3) for c in range(3) if r != c}
print(matrix, matrix.get((1, 1), "diag"))
