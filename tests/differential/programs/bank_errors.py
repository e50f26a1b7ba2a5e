class BankError(Exception):
    """Base error."""


class InsufficientFunds(BankError):
    def __init__(self, account, amount):
        super().__init__(f"{account.owner} cannot withdraw {amount}")
        self.account = account
        self.amount = amount


class FrozenAccount(BankError):
    pass


class Account:
    _next_id = 1
    interest = 0.01

    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        self.id = Account._next_id
        Account._next_id += 1
        self.frozen = False
        self.history = []

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self.balance += amount
        self.history.append(("dep", amount))
        return self

    def withdraw(self, amount):
        if self.frozen:
            raise FrozenAccount(self.owner)
        if amount > self.balance:
            raise InsufficientFunds(self, amount)
        self.balance -= amount
        self.history.append(("wd", amount))
        return self

    def __repr__(self):
        return f"Account({self.owner!r}, {self.balance})"

    def __str__(self):
        return f"#{self.id} {self.owner}: {self.balance:.2f}"

    def __eq__(self, other):
        if not isinstance(other, Account):
            return NotImplemented
        return self.id == other.id

    def __hash__(self):
        return hash(self.id)


class Savings(Account):
    interest = 0.05

    def add_interest(self):
        self.balance = round(self.balance * (1 + self.interest), 2)


def transfer(src, dst, amount):
    try:
        src.withdraw(amount)
    except InsufficientFunds as e:
        print("transfer failed:", e, "| short by", e.amount - e.account.balance)
        return False
    except BankError as e:
        print("bank error:", type(e).__name__, e.args)
        return False
    else:
        dst.deposit(amount)
        return True
    finally:
        print("transfer attempted", src.owner, "->", dst.owner, amount)


a = Account("alice", 100)
b = Savings("bob", 50)
print(a, b, repr(a), [a, b])
print(transfer(a, b, 30), a.balance, b.balance)
print(transfer(a, b, 300))
b.frozen = True
print(transfer(b, a, 1))
b.frozen = False
b.add_interest()
print(b.balance, Savings.interest, Account.interest, b.interest)
print(a == a, a == b, a != b, a == 5, len({a, b, a}))
print(isinstance(b, Account), issubclass(Savings, Account), Savings.__mro__)
print(Savings.__name__, Savings.__bases__, type(b).__name__)

try:
    a.deposit(-1)
except ValueError as e:
    print(repr(e), str(e), e.args)

def nested():
    try:
        {}["missing"]
    except KeyError as e:
        raise BankError("lookup failed") from e

try:
    nested()
except BankError as e:
    print(e, repr(e.__cause__), e.__suppress_context__)

def ctx():
    try:
        1 / 0
    except ZeroDivisionError:
        raise RuntimeError("while handling")

try:
    ctx()
except RuntimeError as e:
    print(e, type(e.__context__).__name__, e.__cause__)

errors = []
for val in ["10", "x", None, "3.5", [1]]:
    try:
        errors.append(int(val))
    except (ValueError, TypeError) as e:
        errors.append(f"{type(e).__name__}: {e}")
for e in errors:
    print(e)

class Resource:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("open", self.name)
        return self
    def __exit__(self, et, ev, tb):
        print("close", self.name, et.__name__ if et else None)
        return et is KeyError

with Resource("r1") as r:
    print("using", r.name)
with Resource("r2"):
    raise KeyError("swallowed")
print("after r2")
try:
    with Resource("r3"):
        raise IndexError("not swallowed")
except IndexError as e:
    print("got", repr(e))

def process(accounts):
    for acc in accounts:
        acc.withdraw(500)

process([a, b])
