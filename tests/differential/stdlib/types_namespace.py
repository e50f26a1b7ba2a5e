from types import SimpleNamespace
import types

cfg = SimpleNamespace(host="localhost", port=8080, debug=False)
print(cfg, cfg.host, cfg.port)
cfg.port += 1
cfg.user = "admin"
del cfg.debug
print(cfg, vars(cfg), sorted(vars(cfg)))
print(SimpleNamespace() == SimpleNamespace(), SimpleNamespace(a=1) == SimpleNamespace(a=1), SimpleNamespace(a=1) == SimpleNamespace(a=2))
print(hasattr(cfg, "user"), getattr(cfg, "missing", "dflt"), isinstance(cfg, types.SimpleNamespace))
nested = SimpleNamespace(inner=SimpleNamespace(x=[1, 2]), name="outer")
print(nested, nested.inner.x[1])
nested.self = nested
print(nested)
points = [SimpleNamespace(x=i, y=i * i) for i in range(3)]
print(points, sorted(points, key=lambda p: -p.y)[0])
try:
    SimpleNamespace(1)
except TypeError as e:
    print("TypeError:", e)
print(cfg.port / 0)
