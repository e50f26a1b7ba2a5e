# __call__ makes instances callable.
class Multiplier:
    def __init__(self, factor):
        self.factor = factor
        self.calls = 0
    def __call__(self, x, *rest, scale=1):
        self.calls += 1
        return [v * self.factor * scale for v in (x,) + rest]
m = Multiplier(3)
print(m(1), m(1, 2, 3), m(2, scale=10), m.calls, callable(m), callable(Multiplier), callable(5))
print(list(map(Multiplier(2), [1, 2])), sorted([3, 1, 2], key=Multiplier(-1)))
class Counter:
    def __init__(self):
        self.n = 0
    def __call__(self):
        self.n += 1
        return self.n
c = Counter()
print([c() for _ in range(3)], c.n)
class Adder:
    def __call__(self, a, b):
        return a + b
try:
    Adder()(1)
except TypeError as e:
    print("TypeError", e)
class NotCallable:
    pass
try:
    NotCallable()()
except TypeError as e:
    print("TypeError", e)
class Chain:
    def __init__(self, path=""):
        self.path = path
    def __getattr__(self, name):
        return Chain(f"{self.path}/{name}")
    def __call__(self, *args):
        return f"GET {self.path} {args}"
api = Chain()
print(api.users.list(), api.repos.get("pyjs"))
class Memo:
    def __init__(self, fn):
        self.fn = fn
        self.cache = {}
    def __call__(self, n):
        if n not in self.cache:
            self.cache[n] = self.fn(n)
        return self.cache[n]
@Memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(100), len(fib.cache), type(fib).__name__)
