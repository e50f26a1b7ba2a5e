# any() and all(): short-circuiting and edge cases.
print(any([]), all([]), any([0, "", None]), all([1, "a", [0]]), any([0, 0.0, 1]), all([1, 0]))
print(any("abc"), all(""), any(x > 2 for x in [1, 2, 3]), all(x > 0 for x in [1, -1, 2]))
checked = []
def check(v):
    checked.append(v)
    return v
print(any(check(v) for v in [0, 0, 5, 0, 7]), checked)
checked.clear()
print(all(check(v) for v in [1, 2, 0, 3]), checked)
print(any([[], {}, set(), ()]), any([[0]]), all([[], [1]]), all([float("nan")]), any([0j]))
print(all(isinstance(v, int) for v in [1, True, 2 ** 80]), any(isinstance(v, str) for v in [1, b"x"]))
words = ["apple", "avocado", "apricot"]
print(all(w.startswith("a") for w in words), any(len(w) > 6 for w in words))
grid = [[1, 1], [1, 0]]
print(all(all(row) for row in grid), any(all(row) for row in grid))
try:
    any(5)
except TypeError as e:
    print("TypeError", e)
