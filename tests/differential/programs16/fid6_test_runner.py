# A simple unit-test runner: decorators collect tests, fixtures, assertion failures with messages.
import functools
import traceback
import sys

REGISTRY = []


def test(fn=None, *, tags=(), expect=None):
    def wrap(f):
        REGISTRY.append({"fn": f, "tags": set(tags), "expect": expect, "name": f.__name__})
        return f
    return wrap(fn) if fn is not None else wrap


def fixture(factory):
    @functools.wraps(factory)
    def deco(fn):
        @functools.wraps(fn)
        def inner():
            return fn(factory())
        return inner
    return deco


class Skip(Exception):
    pass


def approx(a, b, tol=1e-9):
    return abs(a - b) <= tol * max(1.0, abs(a), abs(b))


@test
def test_addition():
    assert 1 + 1 == 2
    assert 0.1 + 0.2 != 0.3
    assert approx(0.1 + 0.2, 0.3)


@test(tags=["strings"])
def test_upper():
    assert "abc".upper() == "ABC", "upper broke"
    assert "straße".upper() == "STRASSE"


@test(tags=["strings"])
def test_failing_message():
    words = ["a", "b"]
    assert len(words) == 3, f"expected 3 words, got {len(words)}: {words!r}"


@test
def test_failing_bare():
    x = {"k": [1, 2]}
    assert x["k"][1] == 3


@test(expect=ZeroDivisionError)
def test_raises():
    return 1 / 0


@test(expect=KeyError)
def test_raises_wrong():
    return [][1]


@test(expect=ValueError)
def test_no_raise():
    return int("12")


@test
def test_skip():
    raise Skip("not on this platform")


@test
def test_error():
    return None.upper()


@fixture
def sample():
    return {"items": [3, 1, 2], "name": "sample"}


@test(tags=["fixtures"])
@sample
def test_fixture(data):
    assert sorted(data["items"]) == [1, 2, 3]
    assert data["name"].title() == "Sample"


@test(tags=["fixtures"])
@sample
def test_fixture_fail(data):
    assert data["items"] == sorted(data["items"]), data["items"]


def run(selected=None):
    results = {"pass": 0, "fail": 0, "error": 0, "skip": 0}
    for t in REGISTRY:
        if selected and not (t["tags"] & selected):
            continue
        name = t["name"]
        try:
            t["fn"]()
            if t["expect"]:
                raise AssertionError(f"{t['expect'].__name__} not raised")
        except Skip as e:
            results["skip"] += 1
            print(f"SKIP  {name}: {e}")
            continue
        except AssertionError as e:
            if t["expect"] is AssertionError:
                results["pass"] += 1
                print(f"ok    {name}")
                continue
            results["fail"] += 1
            msg = str(e) or "assertion failed"
            print(f"FAIL  {name}: {msg} ({len(e.args)} args)")
            continue
        except Exception as e:
            if t["expect"] and isinstance(e, t["expect"]):
                results["pass"] += 1
                print(f"ok    {name} (raised {type(e).__name__}: {e})")
            else:
                results["error"] += 1
                tb = traceback.extract_tb(e.__traceback__)
                print(f"ERROR {name}: {type(e).__name__}: {e} [frames: {[f.name for f in tb]}]")
                print("      " + traceback.format_exception_only(type(e), e)[-1].strip())
            continue
        results["pass"] += 1
        print(f"ok    {name}")
    total = sum(results.values())
    print(", ".join(f"{v} {k}" for k, v in results.items() if v), f"of {total}")
    return results


print([t["name"] for t in REGISTRY])
r = run()
print("--- strings + fixtures only")
run({"strings", "fixtures"})
print(test_fixture.__name__, test_fixture.__wrapped__.__name__, sample.__name__)
print(sys.exit.__name__, r == {"pass": 5, "fail": 3, "error": 2, "skip": 1})
