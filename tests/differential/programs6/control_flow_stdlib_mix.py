import contextlib, io, sys, copy, json, os.path, time, abc, string, textwrap
def f():
    try:
        return "try"
    finally:
        print("finally runs")
print(f())
def g():
    for i in range(3):
        try:
            if i == 1:
                continue
            if i == 2:
                break
        finally:
            print("fin", i)
    else:
        print("no")
    return i
print(g())
def h():
    try:
        1 / 0
    except ZeroDivisionError:
        return "exc"
    else:
        return "else"
    finally:
        print("h-finally")
print(h())
with contextlib.ExitStack() as stack:
    for n in "abc":
        stack.callback(print, "closing", n)
    stack.enter_context(contextlib.suppress(KeyError))
    print("inside")
buf = io.StringIO()
with contextlib.redirect_stdout(buf):
    print("captured", 1, 2, sep="-")
    help_text = "x"
print(repr(buf.getvalue()))
@contextlib.contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    except ValueError as e:
        print("handled", e)
    finally:
        print(f"</{name}>")
with tag("b") as t, tag("i") as u:
    print(t, u)
with tag("p"):
    raise ValueError("inside p")
print("after")
class Res:
    def __enter__(self):
        print("enter"); return self
    def __exit__(self, et, ev, tb):
        print("exit", et.__name__ if et else None, ev)
        return et is KeyError
with Res():
    {}["k"]
try:
    with Res():
        [][0]
except IndexError as e:
    print("propagated", e)
print(1 < 2 < 3 > 2 != 5, 1 < 2 > 3, (lambda: [1, 2, 3])()[-1], [1, 2, 3][::-2])
x = [0, 1, 2, 3, 4, 5]
del x[1::2]; print(x)
x[1:2] = "ab"; print(x)
d = {"a": 1, **{"a": 2, "b": 3}, "c": 4}
print(d, d | {"z": 0}, {**d}.keys() - {"a"}, dict(zip("ab", range(2))), {1: "a"} == {1.0: "a"})
fs = frozenset([3, 1, 2])
print(fs, set(), frozenset(), {1, 2} ^ {2, 3}, {1, 2} <= {1, 2, 3}, fs | {9}, type(fs | {9}).__name__)
print(f"{10**30:,}", f"{-1234567:_}", f"{2**70:x}", f"{0.5:%}", f"{1e-10:g}", f"{123456789:e}")
print(b"%s=%d" % (b"k", 5), b"abc".upper(), b"  x ".strip(), bytes(3), b"a" in b"cat", b"xyz"[1], b"xyz"[1:])
print(complex(1, 2) * 1j, abs(3 + 4j), (1 + 2j).conjugate(), complex("1+2j"), 2j ** 2, (1 + 1j) == complex(1, 1))
print(copy.deepcopy({"a": [1, {"b": (2, [3])}]}), copy.copy([1, [2]])[1] is not None)
class Node:
    def __init__(self): self.kids = []; self.parent = None
root = Node(); kid = Node(); kid.parent = root; root.kids.append(kid)
r2 = copy.deepcopy(root); print(r2.kids[0].parent is r2, r2 is not root)
print(json.dumps({"b": [1, 2.5, None, True], "a": "é\n", "t": (1, 2)}), json.dumps("é", ensure_ascii=False))
print(json.dumps({"x": {"y": [1, {"z": []}]}}, indent=4, separators=(",", ": ")))
print(json.loads('{"a": [1, 2.0, 1e5, -0, null, true, "\\u00e9"]}'), json.loads("3.0"), json.dumps(float("inf")) if True else "")
try:
    json.loads("{bad json}")
except json.JSONDecodeError as e:
    print("JSONDecodeError:", e, e.pos, e.lineno, e.colno)
try:
    json.dumps({1, 2})
except TypeError as e:
    print("TypeError:", e)
class Enc(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, set):
            return sorted(o)
        return super().default(o)
print(json.dumps({"s": {3, 1}}, cls=Enc), json.dumps({2: "a", 1: "b"}, sort_keys=True), json.dumps([1, [2]], separators=(",", ":")))
print(json.loads('{"v": 1}', object_hook=lambda d: {k.upper(): v for k, v in d.items()}))
print(os.path.join("a", "b", "/c", "d"), os.path.splitext("x/y.tar.gz"), os.path.basename("/p/q.txt"), os.path.dirname("/p/q.txt"), os.path.normpath("a/./b/../c"), os.path.split("a/b/"), os.path.isabs("/x"))
print(os.path.commonprefix(["abc", "abd"]), os.sep, os.path.relpath("/a/b/c", "/a"), os.path.exists("/definitely/not/here"))
print(type(time.time()).__name__, time.strftime("%Y", time.gmtime(0)), time.gmtime(86400 * 365).tm_year)
print(string.ascii_letters[:5], string.digits, string.punctuation[:6], string.hexdigits, string.whitespace == " \t\n\r\x0b\x0c")
print(textwrap.wrap("a" * 25 + " bb ccc", 10), textwrap.wrap("", 5))
print(sys.getsizeof(1) > 0, isinstance(sys.maxsize, int))
