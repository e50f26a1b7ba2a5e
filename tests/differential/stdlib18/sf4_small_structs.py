"""array, bisect with key=, graphlib, queue (Queue/LifoQueue/PriorityQueue), sched with a fake clock, reprlib, uuid from fixed bytes, ipaddress planning."""
import array
import bisect
import graphlib
import ipaddress
import queue
import reprlib
import sched
import uuid

a = array.array("i", [5, -3, 12])
a.append(7)
a.extend([1, 2])
a.insert(0, 99)
print(a, a.typecode, a.itemsize, len(a), a[1:3], a.index(12), a.count(2), a.tolist(), a.buffer_info()[1])
a.reverse()
a.remove(-3)
print(a, a.pop(), a.pop(0), a * 2, a + array.array("i", [0]))
b = array.array("d", [1.5, 2.25])
print(b, b.tobytes().hex(), array.array("d", b.tobytes()), array.array("u", "héllo"), array.array("B", b"\x01\xff"))
h = array.array("H", [1, 2, 513])
h.byteswap()
print(h, array.array("b", [1, 2]) == array.array("h", [1, 2]), array.array("f", [0.1])[0], array.typecodes)
for bad in [lambda: array.array("b", [200]), lambda: array.array("x"), lambda: array.array("i", [1.5]), lambda: array.array("I", [-1]), lambda: a.index(12345)]:
    try:
        bad()
    except (OverflowError, ValueError, TypeError) as e:
        print(type(e).__name__, e)

people = [("ann", 31), ("bob", 25), ("cid", 40), ("dee", 25)]
people.sort(key=lambda p: p[1])
ages = [p[1] for p in people]
print(bisect.bisect_left(people, 25, key=lambda p: p[1]), bisect.bisect_right(people, 25, key=lambda p: p[1]), bisect.bisect(ages, 30))
bisect.insort(people, ("eve", 33), key=lambda p: p[1])
bisect.insort_left(people, ("fay", 25), key=lambda p: p[1])
print(people)
grades = "FDCBA"
print([grades[bisect.bisect([60, 70, 80, 90], s)] for s in [33, 99, 77, 70, 89, 90, 100]])

deps = {"deploy": {"test", "build"}, "test": {"build"}, "build": {"fetch"}, "docs": {"fetch"}, "fetch": set()}
ts = graphlib.TopologicalSorter(deps)
print(list(ts.static_order()))
ts2 = graphlib.TopologicalSorter()
for node, pre in deps.items():
    ts2.add(node, *sorted(pre))
ts2.prepare()
rounds = []
while ts2.is_active():
    ready = sorted(ts2.get_ready())
    rounds.append(ready)
    ts2.done(*ready)
print(rounds)
try:
    list(graphlib.TopologicalSorter({"a": {"b"}, "b": {"c"}, "c": {"a"}}).static_order())
except graphlib.CycleError as e:
    print("CycleError", e.args[0], sorted(e.args[1]))
try:
    t = graphlib.TopologicalSorter({"a": set()})
    t.prepare()
    t.prepare()
except ValueError as e:
    print("ValueError", e)

pq = queue.PriorityQueue()
for item in [(3, "low"), (1, "high"), (2, "mid"), (1, "also high")]:
    pq.put(item)
print([pq.get() for _ in range(pq.qsize())], pq.empty())
lq = queue.LifoQueue(maxsize=2)
lq.put(1)
lq.put(2)
print(lq.full(), lq.get(), lq.get_nowait())
try:
    lq.get_nowait()
except queue.Empty:
    print("Empty")
fq = queue.Queue(maxsize=1)
fq.put("x")
try:
    fq.put_nowait("y")
except queue.Full:
    print("Full")
fq.get()
fq.task_done()
fq.join()
sq = queue.SimpleQueue()
sq.put(5)
print(sq.get(), sq.empty(), sq.qsize())

now = [0.0]
log = []
s = sched.scheduler(timefunc=lambda: now[0], delayfunc=lambda d: now.__setitem__(0, now[0] + d))
s.enter(5, 1, log.append, ("five",))
s.enter(1, 2, log.append, ("one-low",))
s.enter(1, 1, log.append, ("one-high",))
ev = s.enterabs(3, 1, log.append, argument=("three",))
s.enter(4, 1, lambda **kw: log.append(kw), kwargs={"k": "v"})
s.cancel(ev)
print(len(s.queue), [e.priority for e in s.queue])
s.run()
print(log, now[0], s.empty())

r = reprlib.Repr()
r.maxlist = 3
r.maxstring = 12
print(reprlib.repr(list(range(100))), reprlib.repr("x" * 100), reprlib.repr({i: i for i in range(10)}), reprlib.repr(set(range(20))))
print(r.repr(list(range(10))), r.repr("abcdefghijklmnopqrstuvwxyz"), r.repr([[1, [2, [3, [4, [5]]]]]]), reprlib.repr((1,) * 10), reprlib.repr(10 ** 50))


class Node:
    @reprlib.recursive_repr()
    def __repr__(self):
        return f"Node({self.children!r})"


n = Node()
n.children = [n]
print(repr(n))

u = uuid.UUID(bytes=bytes(range(16)))
print(u, u.hex, u.int, u.version, u.variant, u.urn, repr(u), u.fields[:3], u.bytes_le.hex())
print(uuid.UUID("{12345678-1234-5678-1234-567812345678}"), uuid.uuid3(uuid.NAMESPACE_DNS, "python.org"), uuid.uuid5(uuid.NAMESPACE_URL, "https://example.com/x"))
print(uuid.UUID("12345678123456781234567812345678") == uuid.UUID(int=0x12345678123456781234567812345678), uuid.UUID(fields=(1, 2, 3, 4, 5, 6)), uuid.NAMESPACE_OID)
for bad in ["xyz", "1234", "{12345678-1234-5678-1234-56781234567}"]:
    try:
        uuid.UUID(bad)
    except ValueError as e:
        print("ValueError", e)
print(len(str(uuid.uuid4())), uuid.uuid4().version)

net = ipaddress.ip_network("10.20.0.0/16")
subnets = list(net.subnets(new_prefix=18))
print(net, net.num_addresses, net.netmask, net.hostmask, net.broadcast_address, subnets)
print(list(ipaddress.ip_network("192.168.1.0/29").hosts()), ipaddress.ip_address("10.20.5.9") in subnets[0], subnets[1].supernet(), net.overlaps(ipaddress.ip_network("10.20.128.0/17")))
print(list(ipaddress.collapse_addresses([ipaddress.ip_network(n) for n in ["10.0.0.0/25", "10.0.0.128/25", "10.0.1.0/24"]])), list(net.address_exclude(ipaddress.ip_network("10.20.0.0/18"))))
v6 = ipaddress.ip_address("2001:db8::1")
print(v6, v6.exploded, v6.compressed, v6.version, v6.is_private, v6.reverse_pointer, ipaddress.ip_address("::ffff:192.0.2.1").ipv4_mapped)
print(ipaddress.ip_interface("192.0.2.5/24"), ipaddress.ip_interface("192.0.2.5/24").network, ipaddress.ip_address(3232235777), int(ipaddress.ip_address("0.0.1.0")))
print(sorted([ipaddress.ip_address("10.0.0.10"), ipaddress.ip_address("10.0.0.9"), ipaddress.ip_address("9.255.255.255")]), ipaddress.ip_address("127.0.0.1").is_loopback, ipaddress.ip_address("169.254.1.1").is_link_local)
for bad in ["256.1.1.1", "10.0.0.0/33", "1.2.3", "10.0.0.1/24"]:
    try:
        print(ipaddress.ip_network(bad))
    except ValueError as e:
        print(type(e).__name__, e)
print(ipaddress.ip_network("10.0.0.1/24", strict=False), list(ipaddress.summarize_address_range(ipaddress.ip_address("10.0.0.0"), ipaddress.ip_address("10.0.0.10"))))
