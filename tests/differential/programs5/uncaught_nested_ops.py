"""An uncaught error deep in a method chain: traceback frames and carets."""


class Account:
    def __init__(self, owner, balance):
        self.owner = owner
        self.balance = balance
        self.history = []

    def withdraw(self, amount):
        if amount > self.balance:
            raise ValueError(f"insufficient funds: {self.balance} < {amount}")
        self.balance -= amount
        self.history.append(-amount)

    def ratio(self, other):
        return self.balance / other.balance * 100 + len(self.history)


class Bank:
    def __init__(self):
        self.accounts = {}

    def open(self, owner, balance=0):
        self.accounts[owner] = Account(owner, balance)
        return self.accounts[owner]

    def report(self):
        names = sorted(self.accounts)
        for a, b in zip(names, names[1:]):
            r = self.accounts[a].ratio(self.accounts[b])
            print(f"{a}/{b}: {r:.1f}")


bank = Bank()
bank.open("ann", 100).withdraw(30)
bank.open("bob", 50)
bank.open("cat", 0)
try:
    bank.accounts["bob"].withdraw(70)
except ValueError as e:
    print("handled:", e)
bank.report()
print("unreachable")
