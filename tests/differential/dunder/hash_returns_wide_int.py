# __hash__ returning a str's hash (a 64-bit int past 2**53) is used as it is, so the object is
# found in sets holding the str; an int past 64 bits is hashed as an int.
class Key:
    def __init__(self, v):
        self.v = v

    def __hash__(self):
        return hash(self.v)

    def __eq__(self, other):
        return self.v == (other.v if isinstance(other, Key) else other)


class Huge:
    def __hash__(self):
        return 2**70 + 5


print(hash("a") == hash(Key("a")), hash("hello world") == hash(Key("hello world")))
print(Key("a") in {Key(1), "a"}, "a" in {Key("a")}, Key("a") in {"a"}, Key(1) in {1}, 1 in {Key(1)})
print(hash(Huge()) == hash(2**70 + 5), hash(Huge()))
print(len({Key("x"), "x", Key(2.5), 2.5}))
