import uuid
import secrets
import html
import queue
import graphlib
import timeit
import operator
import unicodedata
import io
import os

u = uuid.UUID("12345678-1234-5678-1234-567812345678")
print(u, repr(u), u.hex, u.int, u.version, u.variant, u.bytes[:4], u.urn, u.fields[:3], str(uuid.UUID(int=5)), uuid.UUID(bytes=b"\x00" * 16))
print(uuid.uuid3(uuid.NAMESPACE_DNS, "python.org"), uuid.uuid5(uuid.NAMESPACE_URL, "https://x.org/"), uuid.uuid4().version, len(str(uuid.uuid4())), uuid.uuid1().version)
print(uuid.UUID("{12345678-1234-5678-1234-567812345678}") == u, uuid.UUID("12345678123456781234567812345678") == u, u < uuid.UUID(int=2 ** 127), uuid.NAMESPACE_OID)
try:
    uuid.UUID("xyz")
except ValueError as e:
    print("ValueError:", e)
print(len(secrets.token_hex(8)), len(secrets.token_bytes(5)), len(secrets.token_urlsafe(9)), secrets.choice("a"), 0 <= secrets.randbelow(10) < 10, secrets.compare_digest(b"a", b"a"), secrets.randbits(3) < 8)
print(html.escape('<a href="x">Tom & Jerry\'s</a>'), html.escape("<'>", quote=False), html.unescape("&lt;p&gt; &amp;amp; &#39; &#x41; &eacute; &copy; &notanentity; &nbsp;|"))
q = queue.Queue(maxsize=3)
for i in range(3):
    q.put(i)
print(q.qsize(), q.full(), q.get(), q.get_nowait(), q.empty())
try:
    queue.Queue().get_nowait()
except queue.Empty:
    print("Empty raised")
try:
    q.put(1); q.put(2); q.put_nowait(3)
except queue.Full:
    print("Full raised")
lq = queue.LifoQueue()
pq = queue.PriorityQueue()
for v in [3, 1, 2]:
    lq.put(v)
    pq.put((v, f"task{v}"))
print([lq.get() for _ in range(3)], [pq.get() for _ in range(3)])
sq = queue.SimpleQueue()
sq.put("x")
print(sq.get(), sq.empty())
q2 = queue.Queue()
q2.put(1)
q2.get()
q2.task_done()
q2.join()
print("joined")
deps = {"app": {"lib", "utils"}, "lib": {"core"}, "utils": {"core"}, "core": set(), "tests": {"app"}}
ts = graphlib.TopologicalSorter(deps)
order = list(ts.static_order())
print(order.index("core") < order.index("lib") < order.index("app") < order.index("tests"), len(order))
ts2 = graphlib.TopologicalSorter()
ts2.add("b", "a")
ts2.add("c", "b", "a")
ts2.prepare()
batches = []
while ts2.is_active():
    ready = sorted(ts2.get_ready())
    batches.append(ready)
    ts2.done(*ready)
print(batches)
try:
    list(graphlib.TopologicalSorter({"a": {"b"}, "b": {"a"}}).static_order())
except graphlib.CycleError as e:
    print("CycleError:", e.args[0], sorted(e.args[1]))
t = timeit.timeit(lambda: sum(range(10)), number=100)
print(t > 0, type(t).__name__, len(timeit.repeat(lambda: 1, repeat=3, number=10)), timeit.Timer(lambda: None).timeit(5) >= 0, callable(timeit.default_timer))
print(timeit.timeit(lambda: None, number=3) >= 0)
print(operator.add(1, 2), operator.itemgetter(1, 0)("ab"), operator.attrgetter("real", "imag")(3 + 4j), operator.methodcaller("split", ",")("a,b"), operator.attrgetter("__class__.__name__")(1))
print(operator.neg(3), operator.not_(0), operator.truth([]), operator.concat([1], [2]), operator.contains("abc", "b"), operator.countOf([1, 1, 2], 1), operator.indexOf("abc", "c"), operator.index(7))
print(operator.getitem({"a": 1}, "a"), operator.is_(None, None), operator.xor(5, 3), operator.lshift(1, 4), operator.truediv(7, 2), operator.floordiv(7, 2), operator.mod(-7, 3), operator.pow(2, 5), operator.matmul if True else "")
lst = [1, 2, 3]
operator.setitem(lst, 0, 9)
operator.delitem(lst, 1)
print(lst, operator.iadd([1], [2]), operator.length_hint([1, 2, 3, 4, 5]), repr(operator.itemgetter(1)), repr(operator.attrgetter("a.b")), repr(operator.methodcaller("f", 1, k=2)))
for ch in "aÅé€😀\u0301ß1":
    print(repr(ch), unicodedata.name(ch, "?"), unicodedata.category(ch), unicodedata.combining(ch), unicodedata.east_asian_width(ch), unicodedata.decimal(ch, None), unicodedata.numeric(ch, None), unicodedata.mirrored(ch))
s = "Ame\u0301lie Ångström ﬁ"
for form in ["NFC", "NFD", "NFKC", "NFKD"]:
    n = unicodedata.normalize(form, s)
    print(form, len(n), ascii(n), unicodedata.is_normalized(form, s))
print(unicodedata.lookup("GREEK SMALL LETTER ALPHA"), unicodedata.unidata_version, unicodedata.decomposition("é"), unicodedata.digit("7"))
print("".join(c for c in unicodedata.normalize("NFD", "Café Noël") if not unicodedata.combining(c)))
try:
    unicodedata.lookup("NO SUCH CHAR")
except KeyError as e:
    print("KeyError", e)
try:
    unicodedata.name("\x00")
except ValueError as e:
    print("ValueError", e)
bio = io.BytesIO(b"line1\nline2\n")
print(bio.readline(), bio.read(), bio.tell(), bio.seek(0), bio.read(3), bio.getvalue(), bio.getbuffer().nbytes)
sio = io.StringIO("a\nb\nc")
print(sio.readlines(), sio.tell(), sio.seek(2), sio.read(), sio.write("ZZ"), sio.getvalue())
w = io.TextIOWrapper(io.BytesIO(), encoding="utf-8", newline="\n")
w.write("héllo\n")
w.flush()
print(w.buffer.getvalue())
print(io.StringIO("x").readable(), io.BytesIO().writable(), io.SEEK_END, os.environ.get("PYJS_NOPE", "unset"), type(os.getcwd()).__name__, os.getpid() > 0)
