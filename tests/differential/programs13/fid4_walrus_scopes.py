# Log scanning with walrus, comprehension scoping, global/nonlocal, and conditional definitions.
import re
log = ["INFO start", "WARN disk 91%", "ERROR db timeout", "INFO ok", "ERROR disk full", "WARN cpu 80%"]
pattern = re.compile(r"(\w+) (.*)")
counts = {}
for line in log:
    if (m := pattern.match(line)) and (level := m.group(1)) != "INFO":
        counts[level] = counts.get(level, 0) + 1
print(counts, level, m.group(2))
errors = [msg for line in log if (msg := line.split(" ", 1)[1]) and line.startswith("ERROR")]
print(errors, msg)
print([y := 10, y ** 2], y)
data = [3, 8, 1, 9, 4]
if (n := len(data)) > 3:
    print(f"{n} items, max {(mx := max(data))}, at {data.index(mx)}")
chunks = []
it = iter(range(10))
while (chunk := [x for _, x in zip(range(3), it)]):
    chunks.append(chunk)
print(chunks)
total = 0
def add_global(v):
    global total
    total += v
    return total
print([add_global(v) for v in range(4)], total)
def make():
    level = 0
    def up():
        nonlocal level
        level += 1
        return level
    return [up() for _ in range(3)], level
print(make())
x = "module"
class Scope:
    x = "class"
    y = [x for _ in range(1)]
    z = (lambda: x)()
    def method(self):
        return x
print(Scope.y, Scope.z, Scope().method())
def conditional(flag):
    if flag:
        def helper():
            return "A"
    else:
        def helper():
            return "B"
    return helper()
print(conditional(True), conditional(False))
try:
    exec_like = [z for z in range(3) if z > undefined_name]
except NameError as e:
    print("NameError:", e)
def late_binding():
    fs = []
    for i in range(3):
        def f():
            return i
        fs.append(f)
    i = 100
    return [f() for f in fs]
print(late_binding())
def del_local():
    v = 1
    del v
    try:
        return v
    except UnboundLocalError as e:
        return f"UnboundLocalError: {e}"
print(del_local())
g = 5
def reads_then_global():
    global g
    g = g * 2
    del g
    try:
        return g
    except NameError as e:
        return f"NameError: {e}"
print(reads_then_global())
print(sum(v for v in range(5) if v % 2), {k: v for k, v in zip("abc", range(3)) if v}, {c for c in "hello"} == set("helo"))
matrix = [[1, 2], [3, 4]]
print([[row[i] for row in matrix] for i in range(2)], [v for row in matrix for v in row if v != 2])
print((lambda *a, **k: (a, k))(1, x=2), (lambda: (yield))().__class__.__name__ if False else "")
