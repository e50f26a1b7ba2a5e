# Bank ledger: class hierarchy, custom exceptions with chaining, context managers, money as floats.
from contextlib import contextmanager
import itertools


class BankError(Exception):
    pass


class InsufficientFunds(BankError):
    def __init__(self, account, amount):
        self.account, self.amount = account, amount
        super().__init__(f"{account.owner}: cannot withdraw {amount:.2f}, balance {account.balance:.2f}")


class Frozen(BankError):
    pass


_ids = itertools.count(1001)


class Account:
    kind = "basic"

    def __init__(self, owner, balance="0"):
        self.id = next(_ids)
        self.owner = owner
        self.balance = float(balance)
        self.frozen = False
        self.log = []

    def __repr__(self):
        return f"<{type(self).__name__} #{self.id} {self.owner} {self.balance}>"

    def _record(self, what, amount):
        self.log.append((what, amount, self.balance))

    def deposit(self, amount):
        amount = float(amount)
        if amount <= 0:
            raise ValueError(f"deposit must be positive, got {amount}")
        if self.frozen:
            raise Frozen(f"account {self.id} is frozen")
        self.balance += amount
        self._record("dep", amount)

    def withdraw(self, amount):
        amount = float(amount)
        if self.frozen:
            raise Frozen(f"account {self.id} is frozen")
        if amount > self.available():
            raise InsufficientFunds(self, amount)
        self.balance -= amount
        self._record("wd", amount)

    def available(self):
        return self.balance

    def month_end(self):
        pass


class Savings(Account):
    kind = "savings"
    rate = 0.015

    def month_end(self):
        interest = round(self.balance * self.rate / 12, 2)
        self.balance += interest
        self._record("int", interest)


class Checking(Account):
    kind = "checking"

    def __init__(self, owner, balance="0", overdraft="100"):
        super().__init__(owner, balance)
        self.overdraft = float(overdraft)

    def available(self):
        return self.balance + self.overdraft

    def month_end(self):
        if self.balance < 0:
            fee = 12.50
            self.balance -= fee
            self._record("fee", fee)


@contextmanager
def transaction(*accounts):
    saved = [(a, a.balance, len(a.log)) for a in accounts]
    try:
        yield
    except BankError as e:
        for a, bal, n in saved:
            a.balance = bal
            del a.log[n:]
        print(f"  rolled back: {e}")
    finally:
        print("  balances:", ", ".join(f"{a.owner}={a.balance}" for a in accounts))


def transfer(src, dst, amount):
    with transaction(src, dst):
        dst.deposit(amount)
        src.withdraw(amount)


alice = Savings("alice", "1200.00")
bob = Checking("bob", "50.00")
carol = Account("carol")
print(alice, bob, carol)
transfer(alice, bob, "200")
transfer(bob, carol, "300")
transfer(bob, carol, "340.10")
carol.frozen = True
transfer(alice, carol, "5")
try:
    carol.withdraw("1")
except BankError as e:
    print(type(e).__name__, e, isinstance(e, Exception))
try:
    alice.deposit("-3")
except ValueError as e:
    print("ValueError:", e)
for acct in (alice, bob, carol):
    acct.month_end()
    print(f"{acct.kind:>9} {acct.owner:<6} {acct.balance:>10,.2f}  entries={len(acct.log)}")
print(alice.log[-1], bob.log)
try:
    try:
        bob.withdraw("1000")
    except InsufficientFunds as e:
        raise BankError("statement failed") from e
except BankError as e:
    print(e, "<-", e.__cause__, "| amount:", e.__cause__.amount)
total = sum((a.balance for a in (alice, bob, carol)), 0.0)
print("total", total, round(total, 1), float(total) > 1000)
