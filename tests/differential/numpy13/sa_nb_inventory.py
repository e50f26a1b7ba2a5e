# Notebook: product inventory with category labels, filtering and sorting by name.
import numpy as np

products = np.array(["widget", "gadget", "doohickey", "gizmo", "thingamajig", "whatsit"])
category = np.array(["tools", "toys", "tools", "toys", "misc", "misc"])
stock = np.array([12, 0, 5, 33, 2, 0])
price = np.array([2.5, 10.0, 7.25, 3.0, 15.5, 1.0])
print(products[stock == 0])
low = np.where(stock < 5, "LOW", "ok")
print(low)
by_name = np.argsort(products)
print(products[by_name])
print(stock[by_name])
for c in np.unique(category):
    m = category == c
    print(c, products[m], f"value={float((stock[m] * price[m]).sum()):.2f}")
label = np.char.upper(category)
print(label)
print(np.char.ljust(products, 12) )
restock = products[(stock < 5) & (category != "misc")]
print(repr(restock))
print(np.sort(products)[-1], products.dtype)
