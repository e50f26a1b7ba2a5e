# An API client whose functions get called wrongly: the exact TypeError texts.
def fetch(url, /, method="GET", *, timeout=10, **headers):
    return f"{method} {url} t={timeout} h={sorted(headers.items())}"

def paginate(start, stop, step=1, *pages, total, **opts):
    return (start, stop, step, pages, total, opts)

def pos_only(a, b, /):
    return a + b

def kw_only(*, key, value=None):
    return key, value

class Client:
    def get(self, path, *, retries=3):
        return f"GET {path} x{retries}"
    @classmethod
    def make(cls, name):
        return cls.__name__ + ":" + name
    @staticmethod
    def ping(host, port=80):
        return f"{host}:{port}"

c = Client()
calls = [
    ("fetch()", lambda: fetch()),
    ("fetch(url=)", lambda: fetch(url="x")),
    ("fetch ok", lambda: fetch("u", "POST", timeout=1, accept="json", url="dup-in-headers")),
    ("fetch 3 pos", lambda: fetch("u", "GET", 5)),
    ("fetch method twice", lambda: fetch("u", "GET", method="PUT")),
    ("paginate()", lambda: paginate()),
    ("paginate(1)", lambda: paginate(1)),
    ("paginate no total", lambda: paginate(1, 2, 3, 4, 5)),
    ("paginate ok", lambda: paginate(1, 2, 3, 4, 5, total=9, x=1)),
    ("paginate start twice", lambda: paginate(1, 2, start=0, total=1)),
    ("pos_only kw", lambda: pos_only(1, b=2)),
    ("pos_only both kw", lambda: pos_only(a=1, b=2)),
    ("pos_only 3", lambda: pos_only(1, 2, 3)),
    ("pos_only 1", lambda: pos_only(1)),
    ("kw_only pos", lambda: kw_only(1)),
    ("kw_only none", lambda: kw_only()),
    ("kw_only bad", lambda: kw_only(key=1, other=2)),
    ("method missing", lambda: c.get()),
    ("method extra", lambda: c.get("/", 5)),
    ("method kw typo", lambda: c.get("/", retry=1)),
    ("unbound", lambda: Client.get("/")),
    ("classmethod", lambda: Client.make()),
    ("staticmethod", lambda: c.ping()),
    ("staticmethod many", lambda: Client.ping(1, 2, 3)),
    ("lambda", lambda: (lambda x, y=2: x)()),
    ("builtin len", lambda: len()),
    ("builtin len 2", lambda: len([], [])),
    ("str.join kw", lambda: ",".join(iterable=["a"])),
    ("int kw", lambda: int(x="5")),
    ("sorted pos", lambda: sorted([3, 1], None)),
    ("dict.get kw", lambda: {}.get(key=1)),
    ("call int", lambda: 5()),
    ("call None", lambda: None()),
    ("call str", lambda: "abc"()),
    ("splat non-iter", lambda: fetch(*5)),
    ("double-star non-map", lambda: fetch("u", **[1])),
    ("double-star non-str key", lambda: fetch("u", **{1: 2})),
    ("dup via star", lambda: fetch("u", **{"timeout": 1}, timeout=2)),
    ("dup two stars", lambda: kw_only(**{"key": 1}, **{"key": 2})),
    ("init args", lambda: Client(1)),
    ("object args", lambda: object(1)),
]
for label, fn in calls:
    try:
        print(f"{label}: {fn()!r}")
    except TypeError as e:
        print(f"{label}: TypeError: {e}")

def defaults(item, bucket=[], counts={}):
    bucket.append(item)
    counts[item] = counts.get(item, 0) + 1
    return bucket, counts
defaults("a")
defaults("b")
print(defaults("a"), defaults.__defaults__, defaults.__kwdefaults__, fetch.__kwdefaults__)
print(fetch.__code__.co_argcount if hasattr(fetch, "__code__") else "", fetch.__name__, fetch.__qualname__, Client.get.__qualname__)
def annotated(a: int, b: "str" = "x", *args: float, c: bool = True, **kw: dict) -> list:
    return []
print(annotated.__annotations__)
print(annotated.__defaults__, annotated.__kwdefaults__)
