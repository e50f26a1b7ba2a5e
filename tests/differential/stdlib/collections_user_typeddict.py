# typing.TypedDict and collections.UserDict / UserList / UserString.
from typing import TypedDict
from collections import UserDict, UserList, UserString

class Movie(TypedDict):
    title: str
    year: int

m = Movie(title="Blade Runner", year=1982)
print(m, type(m).__name__, m["title"], isinstance(m, dict))
m2 = Movie({"title": "Alien", "year": 1979})
print(m2, m2 == {"title": "Alien", "year": 1979})
print(sorted(Movie.__required_keys__), Movie.__total__)

class Partial(TypedDict, total=False):
    name: str
print(Partial(), Partial(name="x"), Partial.__total__, sorted(Partial.__optional_keys__))

Point = TypedDict("Point", {"x": int, "y": int})
print(Point(x=1, y=2))

# UserDict
class LowerDict(UserDict):
    def __setitem__(self, key, value):
        super().__setitem__(key.lower(), value)

ld = LowerDict({"A": 1}, B=2)
ld["C"] = 3
print(ld, ld.data, len(ld), "a" in ld, "A" in ld, ld["b"])
print(sorted(ld.keys()), sorted(ld.values()), sorted(ld.items()))
print(ld.get("zz", 0), ld.pop("a"), ld)
ld.update({"D": 4})
print(ld, dict(ld), list(ld))
try:
    ld["missing"]
except KeyError as e:
    print("KeyError", e)

class Defaulting(UserDict):
    def __missing__(self, key):
        return key * 2
print(Defaulting()["ab"])

# UserList
class Stack(UserList):
    def push(self, x):
        self.append(x)

    def peek(self):
        return self[-1]

s = Stack([1, 2])
s.push(3)
print(s, s.peek(), len(s), s.data, s[0], s[1:], type(s[1:]).__name__)
s.extend([4, 5])
print(s, s.pop(), s.index(2), s.count(1), 3 in s)
s.sort(reverse=True)
print(s, s + [0], [9] + s, s * 2, s == [4, 3, 2, 1], s < [5])
s.reverse()
s.insert(0, 0)
s.remove(3)
print(s, list(reversed(s)), sorted(s), sum(s))
t = s.copy()
t.clear()
print(t, s)

# UserString
class Shout(UserString):
    def shout(self):
        return self.data.upper() + "!"

u = Shout("hello")
print(u, repr(u), u.shout(), len(u), u[1], u + " there", "ell" in u, u == "hello")
print(u.upper(), type(u.upper()).__name__, u.split("l"), str(u))
