# Bound methods as first-class values, calling through the class.
class Greeter:
    greeting = "Hello"
    def __init__(self, name):
        self.name = name
    def greet(self, punct="!"):
        return f"{self.greeting}, {self.name}{punct}"
g = Greeter("Ann")
bound = g.greet
print(bound(), bound("?"), Greeter.greet(g), Greeter.greet(g, "."), Greeter.greet(Greeter("Bob")))
print(bound.__self__ is g, bound.__func__ is Greeter.greet, bound.__name__, type(bound).__name__)
names = [Greeter(n) for n in ["x", "y"]]
print(list(map(Greeter.greet, names)), [f() for f in [n.greet for n in names]])
g.greet = lambda: "instance attribute wins"
print(g.greet(), Greeter.greet(g))
del g.greet
print(g.greet())
appender = [].append
appender(1)
print(appender.__self__)
lst = []
push = lst.append
for i in range(3):
    push(i)
print(lst)
upper = "abc".upper
print(upper(), str.upper("xyz"), list(map(str.strip, [" a ", "b "])))
d = {}
setter = d.__setitem__
setter("k", "v")
print(d, d.get.__name__)
print(bound == g.greet, g.greet == g.greet, Greeter("Ann").greet == bound)
try:
    Greeter.greet()
except TypeError as e:
    print("TypeError", e)
