# str.format with positional, numbered, keyword, attribute and item fields.
print("{} {} {}".format(1, "two", 3.0))
print("{0} {1} {0}".format("a", "b"), "{1}{0}".format("x", "y"))
print("{name} is {age}".format(name="Bob", age=40), "{0} {x}".format(1, x=2))
print("{{literal}} {}".format("x"), "{{}}".format(), "{{{0}}}".format(5))
print("{!r} {!s} {!a}".format("é", "é", "é"), "{0!r:>8}".format("x"))
point = {"x": 3, "y": 4, "0": "zero"}
print("{p[x]},{p[y]}".format(p=point), "{0[0]} {0[2]}".format("abc"), "{0[1][0]}".format([[1], [2]]))
class C:
    attr = "value"
    nested = None
c = C()
c.nested = C()
print("{0.attr} {0.nested.attr} {c.attr}".format(c, c=c))
print("{:>10}|{:<10}|{:^10}|{:*^11}|".format("r", "l", "c", "mid"))
print("{:d} {:5d} {:<5d}| {:x} {:#b} {:,} {:_} {:.3f} {:e} {:%}".format(1, 2, 3, 255, 5, 10 ** 6, 10 ** 6, 1 / 3, 12345.6789, 0.25))
print("{0:{1}}|{0:{1}.{2}f}|{3:{4}{5}10}|".format(3.14159, 8, 2, "x", "-", "^"))
print("{:{}}".format("a", 4) + "|", "{:{fill}>{w}}".format(7, fill="0", w=3))
args = ["a", "b"]
kw = {"k": "v"}
print("{0}{1}{k}".format(*args, **kw))
print("{0[x]}".format({"x": 1}), "{a.real}".format(a=5), "{0.imag}".format(2.5))
errors = [("{}", ()), ("{1}", ("a",)), ("{x}", ()), ("{0[5]}", ("abc",)), ("{0.nope}", (1,)),
          ("{", ()), ("}", ()), ("{0!x}", (1,)), ("{} {0}", (1, 2)), ("{0} {}", (1, 2)), ("{:d}", ("s",)),
          ("{0[x]}", ({},))]
for fmt, a in errors:
    try:
        print(fmt.format(*a))
    except (IndexError, KeyError, AttributeError, ValueError, TypeError) as e:
        print(repr(fmt), type(e).__name__, e)
print("{a}-{b}".format_map({"a": 1, "b": 2}))
class Default(dict):
    def __missing__(self, key):
        return "<" + key + ">"
print("{a}-{b}".format_map(Default(a="A")))
