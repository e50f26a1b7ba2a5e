# __enter__/__exit__: return values, exception info, suppression, nesting.
class Resource:
    def __init__(self, name, suppress=False):
        self.name, self.suppress = name, suppress
    def __enter__(self):
        print(f"enter {self.name}")
        return self
    def __exit__(self, exc_type, exc, tb):
        info = None if exc_type is None else (exc_type.__name__, str(exc))
        print(f"exit {self.name} {info}")
        return self.suppress
with Resource("a") as r:
    print("inside", r.name)
with Resource("outer") as o, Resource("inner") as i:
    print("both", o.name, i.name)
with Resource("s", suppress=True):
    raise ValueError("swallowed")
print("continued after suppression")
try:
    with Resource("p"):
        raise KeyError("propagates")
except KeyError as e:
    print("caught", e)
def early_return():
    with Resource("ret"):
        return "returned value"
print(early_return())
for i in range(3):
    with Resource(f"loop{i}"):
        if i == 1:
            continue
        if i == 2:
            break
        print("body", i)
class EnterValue:
    def __enter__(self):
        return 42
    def __exit__(self, *a):
        return False
with EnterValue() as v:
    print("as binds __enter__ result:", v)
with EnterValue():
    print("no as")
class Timer:
    def __enter__(self):
        self.log = ["start"]
        return self.log
    def __exit__(self, et, ev, tb):
        self.log.append("stop")
t = Timer()
with t as log:
    log.append("work")
print(t.log)
try:
    with 5:
        pass
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
class NoExit:
    def __enter__(self):
        return self
try:
    with NoExit():
        pass
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
with Resource("x") as (r2):
    pass
with (Resource("paren1") as p1,
      Resource("paren2") as p2):
    print("parenthesized", p1.name, p2.name)
class Exploding:
    def __enter__(self):
        raise RuntimeError("enter failed")
    def __exit__(self, *a):
        print("never")
try:
    with Exploding():
        print("never")
except RuntimeError as e:
    print("RuntimeError", e)
