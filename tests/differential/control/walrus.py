# Assignment expressions (:=).
data = [3, 8, 1, 9, 4]
if (n := len(data)) > 3:
    print(f"list is long ({n} elements)")
print(n)
values = iter([5, 3, 0, 7])
while (v := next(values)) != 0:
    print("value", v)
print("stopped at", v)
print([y for x in range(6) if (y := x * x) % 2 == 0], y)
results = [last := i * 2 for i in range(4)]
print(results, last)
def f(x):
    return x * 10
print([(x, fx) for x in range(4) if (fx := f(x)) > 15])
print((total := 10) + total, total)
stack = [1, 2, 3]
while stack and (top := stack.pop()) != 2:
    print("popped", top)
print("top", top, stack)
import_like = {"a": 1}
if (val := import_like.get("a")) is not None:
    print("got", val)
if (missing := import_like.get("z")) is None:
    print("missing is", missing)
def counter():
    count = 0
    def inc():
        nonlocal count
        return (count := count + 1)
    return inc
inc = counter()
print(inc(), inc(), inc())
chunks = []
text = "abcdefgh"
pos = 0
while (chunk := text[pos:pos + 3]):
    chunks.append(chunk)
    pos += 3
print(chunks)
print(any((hit := w).startswith("b") for w in ["apple", "banana", "cherry"]), hit)
