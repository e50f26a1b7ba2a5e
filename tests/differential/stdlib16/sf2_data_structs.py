"""dataclasses, collections, graphlib and queue in a small project-planning script."""
from dataclasses import dataclass, field, asdict, astuple, replace, fields, InitVar, KW_ONLY, make_dataclass, FrozenInstanceError, is_dataclass
from collections import Counter, OrderedDict, deque, ChainMap, namedtuple, defaultdict, UserDict, UserList, UserString
from graphlib import TopologicalSorter, CycleError
import queue

@dataclass(order=True)
class Task:
    priority: int
    name: str = field(compare=False)
    deps: list = field(default_factory=list, compare=False, repr=False)
    done: bool = field(default=False, compare=False)
@dataclass(frozen=True)
class Point:
    x: float
    y: float = 0.0
    def dist(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
@dataclass
class Account:
    owner: str
    balance: float = 0.0
    secret: InitVar[str] = "pw"
    _: KW_ONLY
    currency: str = "EUR"
    history: list = field(default_factory=list)
    def __post_init__(self, secret):
        self.hashed = len(secret)
@dataclass(slots=True, kw_only=True)
class Cfg:
    host: str
    port: int = 80
tasks = [Task(3, "deploy", ["build"]), Task(1, "design"), Task(2, "build", ["design"])]
print(sorted(tasks), tasks[0] > tasks[1], Task(1, "a") == Task(1, "b"))
p = Point(3, 4)
print(p, p.dist(), hash(p) == hash(Point(3, 4)), replace(p, y=0), asdict(p), astuple(p))
try:
    p.x = 1
except FrozenInstanceError as e:
    print("FrozenInstanceError:", e)
a = Account("ann", 10, "secret", currency="USD")
print(a, a.hashed, [f.name for f in fields(a)], asdict(a))
print(Cfg(host="h"), Cfg.__slots__ if hasattr(Cfg, "__slots__") else "", Task.__match_args__, is_dataclass(a), is_dataclass(Account))
try:
    Cfg("h")
except TypeError as e:
    print("TypeError:", e)
try:
    @dataclass
    class Bad:
        a: int = 1
        b: int
except TypeError as e:
    print("TypeError:", e)
try:
    @dataclass
    class Bad2:
        items: list = []
except ValueError as e:
    print("ValueError:", e)
Dyn = make_dataclass("Dyn", [("a", int), ("b", str, field(default="z"))], namespace={"twice": lambda self: self.a * 2})
print(Dyn(4), Dyn(4).twice(), Dyn.__name__)
@dataclass
class Nested:
    pts: list
    meta: dict
print(asdict(Nested([Point(1, 2)], {"k": Point(0)})), astuple(Nested([Point(1, 2)], {})))
@dataclass(eq=False, repr=False)
class Plain:
    v: int
print(Plain(1) == Plain(1), "Plain object" in repr(Plain(1)))
print(fields(Task)[2].default_factory, fields(Task)[0].type, fields(Task)[1].compare, repr(fields(Point)[1].default))

c = Counter("abracadabra")
d = Counter(a=1, b=5, z=2)
print(c, c + d, c - d, c & d, c | d, -d + Counter(q=-1), +Counter(a=-1, b=2))
c.subtract("aaa")
print(c, c.total(), sorted(c.elements())[:6], c.most_common(2), Counter({"x": 0}) == Counter(), d["missing"])
c.update({"a": 10})
print(c["a"], Counter("ab") <= Counter("abc") if hasattr(Counter, "__le__") else "", dict(Counter([1, 1, 2])))
od = OrderedDict.fromkeys("abcde")
od.move_to_end("b")
od.move_to_end("e", last=False)
print(list(od), od.popitem(), od.popitem(last=False), od, OrderedDict(a=1) == OrderedDict(a=1), OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1))
dq = deque(range(10), maxlen=5)
dq.rotate(2)
print(dq, dq.maxlen, repr(deque()), deque([1, 2, 3]).index(2))
dq.appendleft(-1)
dq.extendleft([-2, -3])
print(dq, dq[0], dq[-1], list(reversed(dq)), dq.count(8))
dq.rotate(-1)
print(dq)
try:
    deque().pop()
except IndexError as e:
    print("IndexError:", e)
defaults = {"color": "red", "user": "guest"}
env = {"user": "admin"}
cli = {}
cm = ChainMap(cli, env, defaults)
print(cm["user"], cm["color"], dict(cm), len(cm), cm.maps[1], cm)
child = cm.new_child({"color": "blue"})
print(child["color"], child.parents["color"], child.parents.parents, list(child))
child["x"] = 1
print(child.maps[0])
try:
    del cm["color"]
except KeyError as e:
    print("KeyError:", e)
Emp = namedtuple("Emp", "name dept salary", defaults=[1000])
e = Emp("ann", "eng")
print(e, e._asdict(), e._replace(salary=5), Emp._make(["b", "ops", 2]), Emp._field_defaults, Emp._fields, e.salary)
R = namedtuple("R", ["class", "def", "ok"], rename=True)
print(R._fields, R(1, 2, 3))
try:
    namedtuple("Bad", "a a")
except ValueError as e:
    print("ValueError:", e)
groups = defaultdict(lambda: defaultdict(int))
for dept, who in [("eng", "ann"), ("eng", "bo"), ("ops", "cy"), ("eng", "ann")]:
    groups[dept][who] += 1
print({k: dict(v) for k, v in groups.items()}, repr(defaultdict(list)), defaultdict(int, a=1))
class LowerDict(UserDict):
    def __setitem__(self, k, v):
        super().__setitem__(k.lower(), v)
ld = LowerDict({"A": 1})
ld["B"] = 2
print(ld, ld.data, "a" in ld, UserList([3, 1, 2]) + [0], UserString("abc").upper(), UserString("x") * 3)

ts = TopologicalSorter({"deploy": {"build", "test"}, "test": {"build"}, "build": {"design"}, "docs": {"design"}})
print(list(ts.static_order()))
ts2 = TopologicalSorter()
ts2.add("b", "a")
ts2.add("c", "a", "b")
ts2.add("d")
ts2.prepare()
rounds = []
while ts2.is_active():
    ready = sorted(ts2.get_ready())
    rounds.append(ready)
    ts2.done(*ready)
print(rounds)
try:
    list(TopologicalSorter({"a": {"b"}, "b": {"c"}, "c": {"a"}}).static_order())
except CycleError as e:
    print("CycleError:", e.args[0], sorted(e.args[1]))
q = queue.Queue(maxsize=2)
q.put(1)
q.put(2)
print(q.full(), q.qsize())
try:
    q.put_nowait(3)
except queue.Full:
    print("Full")
print(q.get(), q.get(), q.empty())
try:
    q.get_nowait()
except queue.Empty:
    print("Empty")
try:
    q.get(timeout=0.01)
except queue.Empty:
    print("Empty after timeout")
lq = queue.LifoQueue()
pq = queue.PriorityQueue()
for item in [(3, "c"), (1, "a"), (2, "b")]:
    lq.put(item)
    pq.put(item)
print([lq.get() for _ in range(3)], [pq.get() for _ in range(3)])
sq = queue.SimpleQueue()
sq.put("x")
print(sq.get(), sq.empty())
q2 = queue.Queue()
q2.put("job")
q2.get()
q2.task_done()
q2.join()
try:
    q2.task_done()
except ValueError as e:
    print("ValueError:", e)
