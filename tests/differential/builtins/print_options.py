# print() with sep, end, file and flush.
import sys
print()
print("a", "b", "c")
print("a", "b", "c", sep="")
print("a", "b", "c", sep=", ", end=".\n")
print("no newline", end="")
print(" <- continued")
print(1, 2.5, None, True, [1], {"k": "v"}, (1,), sep=" | ")
print("x", sep=None, end=None)
print(*range(5), sep="-")
print("multi\nline", "second")
print("to stderr", file=sys.stderr)
print("to stdout explicitly", file=sys.stdout)
print("flushed", flush=True)
print("", end="")
print("tab\tsep", "x", sep="\t")
print(sep="ignored", end="only end\n")
print("é", "😀", "中文")
for bad in [dict(sep=5), dict(end=1), dict(file=42)]:
    try:
        print("x", **bad)
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
r = print("print returns")
print(r)
class Writer:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
        return len(s)
w = Writer()
print("captured", 42, sep=":", file=w)
print(w.parts)
print(end="")
sys.stdout.write("sys.stdout.write works\n")
n = sys.stdout.write("count\n")
print(n)
