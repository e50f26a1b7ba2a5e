import sys


class ResourceError(Exception):
    pass


class Resource:
    opened = []

    def __init__(self, name, fail_close=False):
        self.name = name
        self.fail_close = fail_close
        Resource.opened.append(name)

    def close(self):
        Resource.opened.remove(self.name)
        if self.fail_close:
            raise ResourceError(f"could not close {self.name}")


def process(data, fail_close=False):
    r = Resource("db", fail_close)
    try:
        return sum(int(x) for x in data)
    finally:
        r.close()


for data, fc in [(["1", "2"], False), (["1", "x"], False), (["3"], True), (["y"], True)]:
    try:
        print("result", process(data, fc))
    except Exception as e:
        ctx = e.__context__
        print(f"{type(e).__name__}: {e} | context={type(ctx).__name__ if ctx else None}: {ctx}")
print("still open:", Resource.opened)


def cleanup_logs():
    try:
        raise ValueError("primary")
    finally:
        try:
            raise KeyError("secondary")
        except KeyError as k:
            print("inside finally, context:", repr(k.__context__))


try:
    cleanup_logs()
except ValueError as e:
    print("propagated:", repr(e), e.__context__)


def loop_finally():
    out = []
    for i in range(4):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            out.append(i)
        finally:
            out.append(f"f{i}")
    return out


print(loop_finally())


def swallow():
    try:
        1 / 0
    finally:
        return "swallowed"


print(swallow())


def nested_finally(n):
    log = []
    try:
        try:
            if n:
                raise RuntimeError("inner")
            log.append("body ok")
        finally:
            log.append("inner finally")
            if n > 1:
                raise TypeError("from inner finally")
    except (RuntimeError, TypeError) as e:
        log.append(f"caught {type(e).__name__}; ctx={type(e.__context__).__name__}")
    finally:
        log.append("outer finally")
    return log


for n in range(3):
    print(n, nested_finally(n))


def gen():
    try:
        yield 1
        yield 2
    finally:
        print("gen cleanup")


g = gen()
print(next(g))
g.close()
print(list(gen()))
try:
    try:
        raise OSError("disk")
    finally:
        print("exc_info in finally:", sys.exc_info()[0].__name__)
except OSError as e:
    print("after:", e)
try:
    try:
        pass
    finally:
        x = undefined_name  # noqa
except NameError as e:
    print("NameError:", e, e.__context__)
