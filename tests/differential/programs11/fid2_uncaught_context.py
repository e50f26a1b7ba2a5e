from collections import OrderedDict

inventory = OrderedDict(apple=3, pear=0, plum=7)


def ratio(name):
    try:
        return 10 / inventory[name]
    except ZeroDivisionError:
        print("zero stock for", name)
        return inventory[name + "_backup"]


for name in inventory:
    if inventory[name]:
        print(f"{name}: {ratio(name):.3f}")

try:
    ratio("pear")
except KeyError as e:
    print("KeyError", e, "context:", repr(e.__context__))

def report():
    total = 0
    for name, qty in inventory.items():
        total += qty
        print(name, qty, total)
    inventory.move_to_end("apple")
    print(list(inventory))
    return ratio("pear")

report()
