# Comprehensions have their own scope; the first iterable is evaluated in the enclosing scope.
x = "outer x"
result = [x for x in range(3)]
print(result, x)
i = 99
squares = [i * i for i in range(4)]
print(squares, i)
print(sorted({k for k in "ab"}), {k: 1 for k in "cd"})
try:
    print(k)
except NameError as e:
    print("NameError", e)
def f():
    y = 10
    return [y + n for n in range(3)]
print(f())
class C:
    base = [1, 2, 3]
    doubled = [v * 2 for v in base]
    try:
        offset = 10
        shifted = [v + offset for v in base]
    except NameError as e:
        shifted = f"NameError: {e}"
print(C.doubled, C.shifted)
funcs = [lambda: n for n in range(3)]
print([fn() for fn in funcs])
funcs2 = [lambda n=n: n for n in range(3)]
print([fn() for fn in funcs2])
data = [[1, 2], [3]]
print([len(data) for data in data])
print(data)
counter = 0
def bump():
    global counter
    counter += 1
    return counter
print([bump() for _ in range(3)], counter)
gen = (n for n in range(3))
print(list(gen), list(gen))
total = 0
vals = [total := total + v for v in [1, 2, 3]]
print(vals, total)
