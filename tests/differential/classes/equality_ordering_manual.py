# A hand-written value class with __eq__, ordering, __hash__ and __repr__.
class Version:
    def __init__(self, text):
        self.parts = tuple(int(p) for p in text.split("."))
    def __repr__(self):
        return "Version(" + ".".join(map(str, self.parts)) + ")"
    def __eq__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts == other.parts
    def __lt__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts < other.parts
    def __le__(self, other):
        return self == other or self < other
    def __hash__(self):
        return hash(self.parts)
vs = [Version(s) for s in ["1.10", "1.2", "1.2.1", "0.9", "1.2"]]
print(sorted(vs), max(vs), min(vs))
print(Version("1.2") == Version("1.2"), Version("1.2") != Version("1.3"), Version("1.2") == "1.2")
print(Version("2.0") > Version("1.9"), Version("1.0") >= Version("1.0"), Version("1.0") <= Version("0.5"))
print(len(set(vs)), Version("1.2") in vs, vs.index(Version("1.2")), vs.count(Version("1.2")))
try:
    Version("1.0") < "2.0"
except TypeError as e:
    print("TypeError", e)
print({Version("1.0"): "one"}[Version("1.0")])
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __eq__(self, other):
        return isinstance(other, Money) and self.cents == other.cents
m = Money(5)
print(m == Money(5), m != Money(5), m != Money(6), Money.__hash__ is None)
try:
    {m}
except TypeError as e:
    print("TypeError", e)
