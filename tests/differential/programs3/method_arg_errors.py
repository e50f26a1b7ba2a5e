class Account:
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance

    def deposit(self, amount):
        self.balance += amount
        return self.balance

    def transfer(self, other, amount, *, note=""):
        self.balance -= amount
        other.balance += amount
        return note

    @staticmethod
    def fee(x):
        return x * 0.01

    @classmethod
    def empty(cls, owner):
        return cls(owner)


a = Account("ann", 10)
b = Account.empty("ben")
tests = [
    lambda: a.deposit(1, 2),
    lambda: a.deposit(),
    lambda: a.transfer(b),
    lambda: a.transfer(b, 1, 2),
    lambda: a.transfer(b, 1, nope=2),
    lambda: a.transfer(b, 1, note="x", note2="y"),
    lambda: Account(),
    lambda: Account("a", 1, 2),
    lambda: Account.fee(),
    lambda: Account.fee(1, 2),
    lambda: Account.empty(),
    lambda: Account.deposit(5),
    lambda: a.missing(),
    lambda: a.missing_attr,
    lambda: Account.nothing,
    lambda: a.deposit(amount=1, extra=2),
    lambda: a.deposit(5, amount=1),
]
for t in tests:
    try:
        print("ok", t())
    except (TypeError, AttributeError) as e:
        print(type(e).__name__ + ":", e)


def plain(x, y=1, *args, z, **kw):
    return x, y, args, z, kw


print(plain(1, z=2), plain(1, 2, 3, z=4, w=5))
for call in (lambda: plain(), lambda: plain(1), lambda: plain(1, y=2, x=3, z=0), lambda: len(), lambda: len(1, 2),
             lambda: int("x", 2, 3), lambda: divmod(1), lambda: (lambda q: q)(1, 2), lambda: (lambda: 0)(5)):
    try:
        print(call())
    except TypeError as e:
        print("TypeError:", e)
print(a.balance, b.balance, b.owner)
