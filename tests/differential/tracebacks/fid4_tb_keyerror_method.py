# A KeyError from a nested dict lookup inside a method called via a property.
class Inventory:
    def __init__(self):
        self.stock = {"apple": {"qty": 3}, "pear": {}}
    def qty(self, name):
        return self.stock[name]["qty"]
    @property
    def pear_qty(self):
        return self.qty("pear")

inv = Inventory()
print(inv.qty("apple"))
print(inv.pear_qty)
