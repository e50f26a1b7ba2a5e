class BankError(Exception):
    """Base error for the bank."""


class InsufficientFunds(BankError):
    def __init__(self, account, needed):
        super().__init__(f"account {account.number} needs {needed:.2f} more")
        self.account = account
        self.needed = needed


class AccountFrozen(BankError):
    pass


class Account:
    _next = 1000

    def __init__(self, owner, balance=0.0):
        Account._next += 1
        self.number = Account._next
        self.owner = owner
        self.balance = balance
        self.frozen = False
        self.history = []

    def __repr__(self):
        return f"Account({self.number}, {self.owner!r}, {self.balance:.2f})"

    def withdraw(self, amount):
        if self.frozen:
            raise AccountFrozen(f"{self.owner}'s account is frozen")
        if amount > self.balance:
            raise InsufficientFunds(self, amount - self.balance)
        self.balance -= amount
        self.history.append(("withdraw", amount))

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError(f"invalid amount: {amount!r}")
        self.balance += amount
        self.history.append(("deposit", amount))


def transfer(src, dst, amount):
    try:
        src.withdraw(amount)
    except InsufficientFunds as exc:
        raise BankError(f"transfer {src.number}->{dst.number} failed") from exc
    else:
        dst.deposit(amount)
    finally:
        print(f"  audit: transfer of {amount} attempted")


alice = Account("Alice", 100)
bob = Account("Bob", 20.5)
print(alice, bob)
for amt in (30, 500, -1):
    try:
        if amt < 0:
            bob.deposit(amt)
        else:
            transfer(alice, bob, amt)
    except BankError as e:
        print("BankError:", e)
        print("  cause:", repr(e.__cause__))
        print("  needed:", e.__cause__.needed)
    except ValueError as e:
        print("ValueError:", e, e.args)

bob.frozen = True
try:
    transfer(bob, alice, 1)
except AccountFrozen as e:
    print(type(e).__name__, e, isinstance(e, BankError), e.__context__)

errors = []
for acct, amt in [(alice, 10), (bob, 5), (alice, 1000)]:
    try:
        acct.withdraw(amt)
    except BankError as e:
        errors.append(e)
print([type(e).__name__ for e in errors])
print(alice.history, bob.history)
print(InsufficientFunds.__mro__[1].__name__, BankError.__doc__)


def nested():
    try:
        try:
            1 / 0
        except ZeroDivisionError:
            raise KeyError("missing")
    except KeyError as e:
        print("context:", type(e.__context__).__name__, e.__context__, repr(e))
        print("suppress:", e.__suppress_context__)
        try:
            raise RuntimeError("again") from None
        except RuntimeError as r:
            print(r.__suppress_context__, r.__cause__, type(r.__context__).__name__)


nested()
raise InsufficientFunds(alice, 12.345)
