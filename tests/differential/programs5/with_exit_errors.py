"""Context managers whose __exit__ raises or suppresses, and errors inside with bodies."""


class Guard:
    def __init__(self, name, suppress=(), fail=False):
        self.name = name
        self.suppress = suppress
        self.fail = fail

    def __enter__(self):
        print(f"enter {self.name}")
        return self

    def __exit__(self, et, ev, tb):
        print(f"exit {self.name}: {et.__name__ if et else None} {ev!r}")
        if self.fail:
            raise RuntimeError(f"{self.name} exit failed")
        return et is not None and issubclass(et, self.suppress)


with Guard("a", suppress=(KeyError,)):
    {}["k"]
print("after a")

try:
    with Guard("b", suppress=(KeyError,)):
        [][0]
except IndexError as e:
    print("IndexError escaped:", e)

try:
    with Guard("c", fail=True) as g:
        raise ValueError("body")
except RuntimeError as e:
    print("RuntimeError:", e, "| context:", repr(e.__context__))

try:
    with Guard("outer", suppress=(ValueError,)), Guard("inner", fail=True):
        print("body runs")
except RuntimeError as e:
    print("RuntimeError from inner exit:", e)

with Guard("outer2", suppress=(RuntimeError,)):
    with Guard("inner2", fail=True):
        raise TypeError("x")
print("outer2 swallowed")


def gen_with():
    with Guard("gen"):
        yield 1
        yield 2


for v in gen_with():
    print("got", v)


class NoExit:
    def __enter__(self):
        return self


try:
    with NoExit():
        pass
except (AttributeError, TypeError) as e:
    print(type(e).__name__ + ":", e)


def early_return():
    with Guard("ret"):
        return "returned"


print(early_return())
for i in range(3):
    with Guard(f"loop{i}", suppress=(ZeroDivisionError,)):
        if i == 1:
            continue
        print(1 / (i - 2))
print("done")
with Guard("final"):
    total = sum(range(5))
    print(total / (total - 10))
