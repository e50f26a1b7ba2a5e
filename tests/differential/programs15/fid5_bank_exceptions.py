"""Bank accounts with custom exceptions, context managers and a transaction log."""


class BankError(Exception):
    code = "E000"

    def __str__(self):
        base = super().__str__()
        return f"[{self.code}] {base}"


class InsufficientFunds(BankError):
    code = "E101"

    def __init__(self, account, amount):
        super().__init__(f"{account.owner} cannot withdraw {amount:.2f} (balance {account.balance:.2f})")
        self.shortfall = round(amount - account.balance, 2)


class AccountFrozen(BankError):
    code = "E102"


class LimitExceeded(BankError, ValueError):
    code = "E103"


class Account:
    _next = 1000
    rate = 0.015

    def __init__(self, owner, balance=0.0, limit=500):
        Account._next += 1
        self.number = Account._next
        self.owner = owner
        self.balance = balance
        self.limit = limit
        self.frozen = False
        self.history = []

    def __repr__(self):
        return f"Account({self.number}, {self.owner!r}, {self.balance:.2f})"

    def _check(self):
        if self.frozen:
            raise AccountFrozen(f"account {self.number} is frozen")

    def deposit(self, amount):
        self._check()
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self.balance += amount
        self.history.append(("dep", amount))

    def withdraw(self, amount):
        self._check()
        if amount > self.limit:
            raise LimitExceeded(f"{amount} over limit {self.limit}")
        if amount > self.balance:
            raise InsufficientFunds(self, amount)
        self.balance -= amount
        self.history.append(("wd", amount))
        return amount

    def add_interest(self, months=1):
        for _ in range(months):
            self.balance *= 1 + self.rate / 12
        self.balance = round(self.balance, 2)


class Savings(Account):
    rate = 0.04

    def withdraw(self, amount):
        if len([h for h in self.history if h[0] == "wd"]) >= 2:
            raise BankError("only two withdrawals per period")
        return super().withdraw(amount)


class Transaction:
    def __init__(self, *accounts):
        self.accounts = accounts

    def __enter__(self):
        self.saved = [(a.balance, list(a.history)) for a in self.accounts]
        return self

    def __exit__(self, et, ev, tb):
        if et is not None:
            for a, (bal, hist) in zip(self.accounts, self.saved):
                a.balance, a.history = bal, hist
            print(f"  rolled back because of {et.__name__}: {ev}")
            return issubclass(et, BankError)
        print("  committed")
        return False


def transfer(src, dst, amount):
    with Transaction(src, dst):
        src.withdraw(amount)
        dst.deposit(amount)


alice = Account("alice", 300.0)
bob = Savings("bob", 1000.0, limit=2000)
carol = Account("carol")
print(alice, bob, carol)

for src, dst, amt in [(alice, bob, 100), (alice, carol, 250), (bob, alice, 600), (bob, carol, 50.5),
                      (bob, carol, 10), (carol, alice, 1000), (alice, carol, -5)]:
    print(f"transfer {amt} {src.owner}->{dst.owner}")
    try:
        transfer(src, dst, amt)
    except ValueError as e:
        print("  ValueError escaped:", e, type(e).__mro__[1].__name__)

carol.frozen = True
try:
    carol.deposit(1)
except BankError as e:
    print(repr(e.code), str(e), e.args)

try:
    alice.withdraw(10_000)
except InsufficientFunds as e:
    print("insufficient", e.shortfall)
except LimitExceeded as e:
    print("limit:", e, isinstance(e, ValueError), LimitExceeded.__mro__)

try:
    alice.withdraw(400)
except InsufficientFunds as e:
    print("insufficient:", e, "short by", e.shortfall)

for acct in (alice, bob, carol):
    acct.add_interest(12)
    print(f"{acct.owner:>6} #{acct.number} {acct.balance:>10,.2f} {acct.history}")

total = sum(a.balance for a in (alice, bob, carol))
print(f"total {total:.2f} avg {total / 3:.4f} rate {Savings.rate:.1%}/{Account.rate:.2%}")
print(Account._next, Savings._next, Savings.__mro__)
print(issubclass(LimitExceeded, (KeyError, ValueError)), InsufficientFunds.code, BankError("x").args)
