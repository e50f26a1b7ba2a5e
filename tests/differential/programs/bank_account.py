# Bank account simulation: classes, exceptions, transaction history and a statement.
class InsufficientFunds(Exception):
    def __init__(self, account, amount):
        super().__init__(f"{account.owner}: cannot withdraw {amount:.2f}, balance {account.balance:.2f}")
        self.shortfall = amount - account.balance
class Account:
    next_number = 1000
    def __init__(self, owner, balance=0.0):
        self.owner = owner
        self.balance = balance
        self.number = Account.next_number
        Account.next_number += 1
        self.history = [("open", balance)]
    def deposit(self, amount):
        if amount <= 0:
            raise ValueError(f"deposit must be positive, got {amount}")
        self.balance += amount
        self.history.append(("deposit", amount))
        return self.balance
    def withdraw(self, amount):
        if amount > self.balance:
            raise InsufficientFunds(self, amount)
        self.balance -= amount
        self.history.append(("withdraw", -amount))
        return self.balance
    def month_end(self):
        pass
    def __repr__(self):
        return f"{type(self).__name__}(#{self.number} {self.owner} {self.balance:,.2f})"
class Savings(Account):
    rate = 0.02
    def month_end(self):
        interest = round(self.balance * self.rate / 12, 2)
        self.balance += interest
        self.history.append(("interest", interest))
class Checking(Account):
    overdraft = 100.0
    fee = 2.5
    def withdraw(self, amount):
        if amount > self.balance + self.overdraft:
            raise InsufficientFunds(self, amount)
        self.balance -= amount
        self.history.append(("withdraw", -amount))
        return self.balance
    def month_end(self):
        if self.balance < 0:
            self.balance -= self.fee
            self.history.append(("fee", -self.fee))
def transfer(src, dst, amount):
    src.withdraw(amount)
    dst.deposit(amount)
    return f"moved {amount:.2f} from #{src.number} to #{dst.number}"
bank = [Savings("ann", 1200.0), Checking("bob", 50.0), Account("cid")]
print(bank)
operations = [
    lambda: bank[0].deposit(300),
    lambda: bank[1].withdraw(120),
    lambda: bank[1].withdraw(100),
    lambda: bank[2].deposit(-5),
    lambda: transfer(bank[0], bank[2], 250.755),
    lambda: transfer(bank[2], bank[1], 1000),
    lambda: bank[2].withdraw(0.005),
]
for op in operations:
    try:
        print("ok:", op())
    except InsufficientFunds as e:
        print("declined:", e, f"(short {e.shortfall:.2f})")
    except ValueError as e:
        print("invalid:", e)
for month in range(1, 4):
    for acct in bank:
        acct.month_end()
    print(f"after month {month}:", bank)
for acct in bank:
    print(f"--- statement #{acct.number} ({acct.owner}) ---")
    running = 0.0
    for kind, amount in acct.history:
        running += amount
        print(f"{kind:<10}{amount:>12,.2f}{running:>12,.2f}")
    print(f"{'balance':<10}{acct.balance:>24,.2f}")
total = sum(a.balance for a in bank)
richest = max(bank, key=lambda a: a.balance)
print(f"total deposits {total:,.2f}; richest {richest.owner}")
