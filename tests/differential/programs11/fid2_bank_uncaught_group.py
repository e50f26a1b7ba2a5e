class InsufficientFunds(Exception):
    def __init__(self, account, needed):
        self.account = account
        self.needed = needed
        super().__init__(f"{account.owner} needs {needed:.2f} more")


class Account:
    _next_id = 100

    def __init__(self, owner, balance=0.0):
        self.owner = owner
        self.balance = balance
        self.id = Account._next_id
        Account._next_id += 1
        self.history = []

    def withdraw(self, amount):
        if amount > self.balance:
            raise InsufficientFunds(self, amount - self.balance)
        self.balance -= amount
        self.history.append(-amount)

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError(f"deposit must be positive, got {amount}")
        self.balance += amount
        self.history.append(amount)

    def __repr__(self):
        return f"Account({self.owner!r}, {self.balance:.2f})"


def batch(ops):
    errors = []
    for acct, kind, amount in ops:
        try:
            getattr(acct, kind)(amount)
        except (InsufficientFunds, ValueError) as e:
            e.add_note(f"while doing {kind}({amount}) on #{acct.id}")
            errors.append(e)
    if errors:
        raise ExceptionGroup("batch failed", errors)


a, b = Account("ann", 50), Account("bob", 10)
batch([(a, "withdraw", 20), (b, "deposit", 5)])
print(a, b, a.history, b.history)
try:
    batch([(a, "withdraw", 100), (b, "deposit", -1), (b, "withdraw", 1)])
except* InsufficientFunds as eg:
    for e in eg.exceptions:
        print("funds:", e, e.__notes__)
except* ValueError as eg:
    print("value:", [str(e) for e in eg.exceptions], eg.message)
print(a, b)
try:
    batch([(a, "withdraw", 1000)])
except ExceptionGroup as eg:
    print(repr(eg), len(eg.exceptions), eg.exceptions[0].needed)
    sub = eg.subgroup(lambda e: isinstance(e, InsufficientFunds))
    print(type(sub).__name__, sub.message)
batch([(b, "withdraw", 500), (a, "deposit", 0)])
