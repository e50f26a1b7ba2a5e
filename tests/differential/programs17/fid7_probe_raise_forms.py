# raise of non-exceptions, except with non-exception classes, __traceback__/with_traceback, assert messages, del errors.
def attempt(label, fn):
    try:
        fn()
        print(label, "no error")
    except BaseException as e:
        print(label, "->", type(e).__name__ + ":", e)
def r1(): raise 5
def r2(): raise "text"
def r3(): raise int
def r4(): raise ValueError from 3
def r5(): raise ValueError("x") from KeyError
def r6(): raise None
def r7(): raise ValueError
def r8(): raise Exception("a", 2)
for i, fn in enumerate([r1, r2, r3, r4, r5, r6, r7, r8]):
    attempt(f"r{i + 1}", fn)
try:
    raise ValueError("x") from KeyError
except ValueError as e:
    print(type(e.__cause__).__name__, e.__cause__.args, e.__suppress_context__)
def exc_nonclass():
    try:
        raise ValueError("v")
    except "ValueError":
        pass
attempt("except str", exc_nonclass)
def exc_int_tuple():
    try:
        raise KeyError("k")
    except (KeyError, 3):
        print("caught by tuple with junk")
attempt("except tuple", exc_int_tuple)
def exc_junk_no_raise():
    try:
        pass
    except 42:
        pass
attempt("except 42 no raise", exc_junk_no_raise)
def exc_junk_order():
    try:
        raise KeyError("k")
    except (3, KeyError):
        print("caught")
attempt("except (3, KeyError)", exc_junk_order)
def tb_demo():
    try:
        1 / 0
    except ZeroDivisionError as e:
        tb = e.__traceback__
        print(type(tb).__name__, tb is not None)
        e2 = RuntimeError("again").with_traceback(tb)
        print(e2.__traceback__ is tb)
        e3 = e2.with_traceback(None)
        print(e3 is e2, e3.__traceback__)
tb_demo()
print(ValueError("fresh").__traceback__)
try:
    ValueError().with_traceback(5)
except TypeError as e:
    print("TypeError", e)
def asserts():
    for cond, msg in [(True, "never"), (False, "plain"), (0, None), ([], ("tuple", 1)), ("", 42)]:
        try:
            if msg is None:
                assert cond
            else:
                assert cond, msg
            print("passed", repr(cond))
        except AssertionError as e:
            print("AssertionError", repr(e), e.args)
asserts()
try:
    assert 1 == 2, f"{1} != {2}"
except AssertionError as e:
    print(e)
def del_names():
    a = 1
    del a
    try:
        print(a)
    except UnboundLocalError as e:
        print("UnboundLocalError", e)
    try:
        del a
    except UnboundLocalError as e:
        print("UnboundLocalError", e)
del_names()
gv = 1
del gv
try:
    gv
except NameError as e:
    print("NameError", e)
try:
    del gv
except NameError as e:
    print("NameError", e)
class Obj:
    cls_attr = 1
    def __init__(self):
        self.x = 1
o = Obj()
del o.x
for fn in [lambda: o.x, lambda: o.__delattr__("x"), lambda: o.__delattr__("cls_attr")]:
    attempt("attr", fn)
del Obj.cls_attr
attempt("cls", lambda: Obj.cls_attr)
d = {"k": 1}
lst = [1, 2, 3]
del d["k"], lst[0]
print(d, lst)
for fn in [lambda: d.__delitem__("k"), lambda: lst.__delitem__(5), lambda: (1, 2).__delitem__(0), lambda: "ab".__delitem__(0)]:
    attempt("item", fn)
def del_tuple_item():
    t = (1, 2)
    del t[0]
attempt("del t[0]", del_tuple_item)
def del_str_item():
    s = "ab"
    del s[0]
attempt("del s[0]", del_str_item)
def del_slice_step():
    x = list(range(10))
    del x[1::3], x[-1]
    print(x)
del_slice_step()
def del_nested():
    m = {"a": [1, {"b": 2}]}
    del m["a"][1]["b"]
    a, b = 1, 2
    del (a, b)
    print(m, "a" in dir())
del_nested()
class NoDel:
    __slots__ = ()
    def __delitem__(self, k):
        raise KeyError(f"cannot delete {k!r}")
attempt("custom", lambda: NoDel().__delitem__("q"))
def exc_in_except():
    try:
        raise ValueError("first")
    except ValueError:
        raise TypeError("second")
try:
    exc_in_except()
except TypeError as e:
    print(repr(e), repr(e.__context__), e.__cause__, e.__suppress_context__)
def raise_from_none():
    try:
        raise ValueError("hidden")
    except ValueError:
        raise KeyError("shown") from None
try:
    raise_from_none()
except KeyError as e:
    print(repr(e), repr(e.__context__), e.__cause__, e.__suppress_context__)
def bare_raise_outside():
    raise
attempt("bare raise", bare_raise_outside)
class NotExc:
    pass
attempt("raise NotExc()", lambda: (_ for _ in ()).throw(NotExc()))
attempt("raise class with bad init", lambda: (_ for _ in ()).throw(type("E", (Exception,), {"__init__": lambda self: None})))
