# except with tuples, `as` binding, ordering, and the unbinding of the name.
def risky(n):
    return [lambda: 1 / 0, lambda: [][1], lambda: {}["x"], lambda: int("z"), lambda: None.attr, lambda: "ok"][n]()
for n in range(6):
    try:
        print(n, "result", risky(n))
    except (ZeroDivisionError, IndexError) as e:
        print(n, "tuple branch", type(e).__name__, e)
    except (KeyError, ValueError) as e:
        print(n, "second tuple", type(e).__name__, e)
    except AttributeError:
        print(n, "no as clause")
errors = (TypeError, ValueError)
try:
    int(None)
except errors as e:
    print("dynamic tuple", type(e).__name__)
nested = (KeyError, (ValueError, (TypeError,)))
try:
    try:
        raise TypeError("deep")
    except nested as e:
        print("nested tuple", e)
except TypeError as e:
    print("nested tuples are not allowed in except:", e)
try:
    raise ValueError("x")
except ValueError as err:
    pass
try:
    print(err)
except NameError as e:
    print("NameError", e)
err = "kept?"
try:
    raise KeyError("k")
except KeyError as err:
    pass
print("err" in dir())
try:
    try:
        raise ValueError("a")
    except 5:
        pass
except TypeError as e:
    print("TypeError", e)
which = []
try:
    raise IndexError("i")
except LookupError:
    which.append("LookupError first")
except IndexError:
    which.append("IndexError never reached")
print(which)
