# Dict and set comprehensions.
words = ["apple", "avocado", "banana", "blueberry", "cherry"]
print({w: len(w) for w in words})
print({w[0]: w for w in words})
print({k: v for k, v in zip("abc", range(3)) if v})
print({v: k for k, v in {"x": 1, "y": 2, "z": 1}.items()})
print({i: i ** 2 for i in range(-2, 3)})
print({(i, j): i * j for i in range(2) for j in range(2)})
print({x % 4 for x in range(20)}, {abs(x) for x in [-3, 3, -1, 2]})
print(sorted({w[0] for w in words}), sorted({len(w) for w in words}))
print({n for n in range(10) if n % 2 == 0} & {n for n in range(10) if n % 3 == 0})
squares = {n: n * n for n in range(6)}
print({k: v for k, v in squares.items() if v > 5}, {v for v in squares.values() if v % 2})
grid = {(r, c): "#" if (r + c) % 2 else "." for r in range(3) for c in range(3)}
print("".join(grid[0, c] for c in range(3)), len(grid))
print({True: "t", 1: "one", 1.0: "float"}, {x: 0 for x in [1, 1.0, True]})
counts = {ch: "mississippi".count(ch) for ch in "mississippi"}
print(counts)
print({str(k): [v] * k for k, v in enumerate("ab", start=1)})
try:
    {[x]: x for x in range(2)}
except TypeError as e:
    print("TypeError", e)
