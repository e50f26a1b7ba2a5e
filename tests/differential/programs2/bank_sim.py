import random
from enum import Enum, auto
from decimal import Decimal


class TxKind(Enum):
    DEPOSIT = auto()
    WITHDRAW = auto()
    TRANSFER = auto()


class InsufficientFunds(Exception):
    def __init__(self, account, amount):
        super().__init__(f"{account.owner} cannot withdraw {amount}")
        self.account = account
        self.amount = amount


class Account:
    _next_id = 1

    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        self.id = Account._next_id
        Account._next_id += 1
        self.history = []

    def __repr__(self):
        return f"Account({self.owner!r}, balance={self.balance})"

    def __str__(self):
        return f"#{self.id} {self.owner}: {self.balance}"

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("amount must be positive")
        self.balance += amount
        self.history.append((TxKind.DEPOSIT, amount))

    def withdraw(self, amount):
        if amount > self.balance:
            raise InsufficientFunds(self, amount)
        self.balance -= amount
        self.history.append((TxKind.WITHDRAW, amount))


def transfer(src, dst, amount):
    src.withdraw(amount)
    dst.deposit(amount)
    src.history.append((TxKind.TRANSFER, -amount))
    dst.history.append((TxKind.TRANSFER, amount))


random.seed(42)
accounts = [Account(n, random.randint(50, 200)) for n in ["ann", "bob", "cy", "dee"]]
for a in accounts:
    print(a)
failures = 0
for step in range(25):
    a, b = random.sample(accounts, 2)
    amt = random.randint(1, 120)
    try:
        transfer(a, b, amt)
    except InsufficientFunds as e:
        failures += 1
        print(f"step {step}: {e} (has {e.account.balance})")
print("failures:", failures)
for a in sorted(accounts, key=lambda a: -a.balance):
    kinds = {}
    for k, _ in a.history:
        kinds[k.name] = kinds.get(k.name, 0) + 1
    print(repr(a), kinds)
print(sum(a.balance for a in accounts))
print(TxKind.DEPOSIT, repr(TxKind.WITHDRAW), TxKind(3), TxKind["TRANSFER"].value)
print(list(TxKind))
try:
    accounts[0].deposit(-5)
except ValueError as e:
    print(type(e).__name__, e)
d = Decimal("10.05") + Decimal("0.10")
print(d, d * 3, round(Decimal("2.675"), 2))
print(random.choice("abcdef"), random.random(), random.uniform(1, 2))
xs = list(range(10))
random.shuffle(xs)
print(xs)
print(random.choices(["a", "b", "c"], weights=[5, 1, 1], k=8))
print(random.gauss(0, 1))
