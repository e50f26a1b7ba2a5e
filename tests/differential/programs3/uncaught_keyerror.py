# Inventory lookup that ends with an uncaught KeyError raised in a nested call.
stock = {"apple": 3, "pear": 0, "plum": 7}


def take(name, qty):
    have = stock[name]
    if have < qty:
        raise ValueError(f"only {have} {name}(s) left, wanted {qty}")
    stock[name] = have - qty
    return stock[name]


for item, n in [("apple", 2), ("plum", 7), ("pear", 1)]:
    try:
        print(item, "->", take(item, n))
    except ValueError as e:
        print("refused:", e)

print(sorted(stock.items()))
print("about to fail")
take("kiwi", 1)
print("never printed")
