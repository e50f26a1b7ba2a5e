class A:
    x = 5
    items = [1, 2]
    label = "name"

    @staticmethod
    def make(v):
        return A.__new__(A)


try:
    A().items()
except TypeError as e:
    print("TypeError:", e)
try:
    A.label.missing()
except AttributeError as e:
    print("AttributeError:", e)
try:
    (5).nothing
except AttributeError as e:
    print("AttributeError:", e)
try:
    None.append(1)
except AttributeError as e:
    print("AttributeError:", e)
try:
    [1].push(2)
except AttributeError as e:
    print("AttributeError:", e)
try:
    "s".foo()
except AttributeError as e:
    print("AttributeError:", e)
try:
    {}.bar
except AttributeError as e:
    print("AttributeError:", e)
try:
    A.nope
except AttributeError as e:
    print("AttributeError:", e)
try:
    len(5)
except TypeError as e:
    print("TypeError:", e)
try:
    5()
except TypeError as e:
    print("TypeError:", e)
try:
    "abc"()
except TypeError as e:
    print("TypeError:", e)
try:
    None()
except TypeError as e:
    print("TypeError:", e)
try:
    A()()
except TypeError as e:
    print("TypeError:", e)
try:
    iter(5)
except TypeError as e:
    print("TypeError:", e)
try:
    for _ in 3.5:
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    a, b = 1
except TypeError as e:
    print("TypeError:", e)
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print("ValueError:", e)
try:
    a, b, c = "ab"
except ValueError as e:
    print("ValueError:", e)
try:
    1 + "a"
except TypeError as e:
    print("TypeError:", e)
try:
    "a" * 2.5
except TypeError as e:
    print("TypeError:", e)
try:
    [] + ()
except TypeError as e:
    print("TypeError:", e)
try:
    -"x"
except TypeError as e:
    print("TypeError:", e)
try:
    {} < {}
except TypeError as e:
    print("TypeError:", e)
try:
    A() < A()
except TypeError as e:
    print("TypeError:", e)
try:
    "x"[1.5]
except TypeError as e:
    print("TypeError:", e)
try:
    [1, 2]["a"]
except TypeError as e:
    print("TypeError:", e)
try:
    {"a": 1}[["k"]]
except TypeError as e:
    print("TypeError:", e)
try:
    1 / 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    1 % 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    1.0 // 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    2 ** -1 // 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    int("12a")
except ValueError as e:
    print("ValueError:", e)
try:
    float("x1")
except ValueError as e:
    print("ValueError:", e)
try:
    [].index(1)
except ValueError as e:
    print("ValueError:", e)
try:
    "abc".index("z")
except ValueError as e:
    print("ValueError:", e)
try:
    chr(-1)
except ValueError as e:
    print("ValueError:", e)
try:
    import nonexistent_module_xyz
except ImportError as e:
    print(type(e).__name__, e, e.name)
try:
    from os import nonexistent_name_xyz
except ImportError as e:
    print(type(e).__name__, str(e).split(" (")[0])
try:
    del A.nothing_here
except AttributeError as e:
    print("AttributeError:", e)
try:
    object().x = 1
except AttributeError as e:
    print("AttributeError:", e)
try:
    (1, 2).append(3)
except AttributeError as e:
    print("AttributeError:", e)
print(A.make(1).x, type(A.make(2)).__name__)
