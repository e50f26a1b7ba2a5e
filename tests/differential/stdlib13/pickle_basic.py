import pickle

values = [None, True, False, 0, 1, -1, 255, 256, 65535, 65536, -70000, 2**31, 2**63, -2**100, 10**30,
          0.5, -2.25, 1e100, float("inf"), "", "hello", "ünïcödé \u20ac \U0001f600 back\\slash\nnewline", "x" * 300, b"", b"\x00\xff", b"y" * 300,
          bytearray(b"ba"), (), (1,), (1, 2), (1, 2, 3), (1, 2, 3, 4), [], [1, "a", None],
          {}, {"a": 1, "b": [2, 3]}, set(), {1, 2, 3}, frozenset({"f"}), complex(1, 2),
          [[1, 2], [3, [4, (5, 6)]]], {"nested": {"deep": ({"x": 1},)}}, list(range(2000)),
          {i: str(i) for i in range(1500)}]
for v in values:
    data = pickle.dumps(v)
    back = pickle.loads(data)
    print(type(v).__name__, back == v or v != v, type(back).__name__, len(data), data[:60])
for proto in range(0, 6):
    d = pickle.dumps({"k": [1, 2.5, "s", (None, True)], "b": b"\x01"}, protocol=proto)
    print(proto, len(d), d)
    print(pickle.loads(d))

shared = [1, 2]
obj = [shared, shared, {"again": shared}]
back = pickle.loads(pickle.dumps(obj))
print(back, back[0] is back[1], back[2]["again"] is back[0])
rec = []
rec.append(rec)
r2 = pickle.loads(pickle.dumps(rec))
print(r2[0] is r2, len(pickle.dumps(rec)))
print(pickle.HIGHEST_PROTOCOL, pickle.DEFAULT_PROTOCOL)
try:
    pickle.loads(b"")
except EOFError as e:
    print("EOFError:", e)
try:
    pickle.dumps(lambda: 1)
except (pickle.PicklingError, AttributeError) as e:
    print(type(e).__name__)
