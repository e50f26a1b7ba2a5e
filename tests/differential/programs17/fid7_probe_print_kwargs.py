# print with sep/end/file/flush, errors on bad arguments, stderr interleaving that must not reach stdout.
import sys, io
print("a", "b", sep="")
print("a", "b", sep=None, end=None)
print("x", 1, 2.5, None, sep=" | ", end=" <END>\n")
print(end="")
print()
print("no newline", end="")
print(" continued")
print("to stderr", file=sys.stderr)
print("flushed", flush=True)
print(*range(5), sep=", ", end=".\n", flush=False)
buf = io.StringIO()
print("into", "buffer", sep="_", file=buf)
print(42, file=buf, end="!")
print(repr(buf.getvalue()))
print("file None", file=None)
for bad in [dict(sep=5), dict(end=[]), dict(file=5), dict(file="x"), dict(sep=b"-"), dict(bogus=1)]:
    try:
        print("v", "w", **bad)
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
class W:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
        return len(s)
w = W()
print("one", "two", file=w, sep="+")
print(file=w)
print(w.parts)
class Flushy(W):
    def flush(self):
        self.parts.append("<flush>")
f = Flushy()
print("x", file=f, flush=True)
print(f.parts)
try:
    print("x", file=W(), flush=True)
except AttributeError as e:
    print("AttributeError", e)
class Weird:
    def __str__(self):
        return "weird-str"
    def __repr__(self):
        return "weird-repr"
print(Weird(), [Weird()], (Weird(),), {1: Weird()}, sep=" ; ")
class BadStr:
    def __str__(self):
        return 5
try:
    print(BadStr())
except TypeError as e:
    print("TypeError", e)
sys.stdout.write("direct write\n")
n = sys.stdout.write("count me\n")
print(n)
print("é", "中文", "😀", sep="")
sys.stderr.write("err write\n")
print("%s" % "\t|tab", "a\x00b".replace("\x00", "NUL"))
print(sys.stdout.isatty() if False else "tty skipped", sys.stdout.encoding.lower().replace("-", ""))
