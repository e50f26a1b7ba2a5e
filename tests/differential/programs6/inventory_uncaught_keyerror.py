from collections import defaultdict

stock = {"apple": 10, "pear": 4, "plum": 0}
orders = [("apple", 3), ("pear", 5), ("plum", 1), ("kiwi", 2)]
shortfalls = defaultdict(int)


def fulfil(item, qty):
    have = stock[item]
    if have < qty:
        shortfalls[item] += qty - have
        stock[item] = 0
        return have
    stock[item] = have - qty
    return qty


shipped = {}
for item, qty in orders[:3]:
    shipped[item] = fulfil(item, qty)
    print(f"{item:<6} ordered {qty} shipped {shipped[item]} left {stock[item]}")
print(dict(shortfalls), sum(shipped.values()))
prices = {"apple": 0.5, "pear": 0.75}
total = 0
for item, n in shipped.items():
    total += prices.get(item, 0) * n
print(f"total {total:.2f}")
config = {"warehouse": {"north": {"bins": 12}}}
print(config["warehouse"]["north"]["bins"])
for item, qty in orders[3:]:
    shipped[item] = fulfil(item, qty)
