print("init _shop.catalog")
ITEMS = {}
