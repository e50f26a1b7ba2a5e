"""Bank accounts with a custom exception hierarchy and traceback printing."""
import traceback
import sys
from decimal import Decimal


class BankError(Exception):
    """Base class for bank errors."""


class InsufficientFunds(BankError):
    def __init__(self, account, amount):
        super().__init__(f"account {account.number} has {account.balance}, needs {amount}")
        self.account = account
        self.amount = amount


class AccountFrozen(BankError):
    pass


class Account:
    _next = 1000

    def __init__(self, owner, balance=Decimal("0")):
        Account._next += 1
        self.number = Account._next
        self.owner = owner
        self.balance = Decimal(balance)
        self.frozen = False
        self.history = []

    def __repr__(self):
        return f"Account({self.number}, {self.owner!r}, {self.balance})"

    def deposit(self, amount):
        amount = Decimal(amount)
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self._check()
        self.balance += amount
        self.history.append(("dep", amount))

    def withdraw(self, amount):
        amount = Decimal(amount)
        self._check()
        if amount > self.balance:
            raise InsufficientFunds(self, amount)
        self.balance -= amount
        self.history.append(("wd", amount))

    def _check(self):
        if self.frozen:
            raise AccountFrozen(f"account {self.number} is frozen")


def transfer(src, dst, amount):
    try:
        src.withdraw(amount)
    except InsufficientFunds as exc:
        raise BankError(f"transfer {src.number}->{dst.number} failed") from exc
    dst.deposit(amount)


alice = Account("Alice", "100.50")
bob = Account("Bob")
print(alice, bob)
alice.deposit("20.25")
transfer(alice, bob, "50")
print(alice, bob)

for action in [lambda: transfer(bob, alice, "75.00"),
               lambda: alice.deposit(-5),
               lambda: setattr(bob, "frozen", True) or bob.deposit(1)]:
    try:
        action()
    except BankError as e:
        print(type(e).__name__, "->", e)
        if e.__cause__ is not None:
            print("  caused by", type(e.__cause__).__name__, e.__cause__)
            print("  needs", e.__cause__.amount, "on", e.__cause__.account.owner)
    except ValueError as e:
        print("ValueError:", e)

print(issubclass(InsufficientFunds, BankError), isinstance(AccountFrozen("x"), Exception))
print(alice.history)
print(bob.history)

try:
    bob.withdraw("1")
except BankError:
    lines = traceback.format_exc().splitlines()
    print(lines[0])
    print(lines[-1])

try:
    transfer(alice, bob, "1000")
except BankError as e:
    print("".join(traceback.format_exception_only(type(e), e)), end="")
    print(repr(e.__cause__))
    print(e.__suppress_context__, e.__context__ is e.__cause__)

total = sum((a.balance for a in (alice, bob)), Decimal(0))
print(f"total holdings: {total} ({total:.1f})")
print(sorted([alice, bob], key=lambda a: a.balance))
sys.stdout.write("done\n")
