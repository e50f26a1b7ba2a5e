import tomllib
from datetime import date, datetime
from decimal import Decimal

CONFIG = '''
# Service configuration
title = "Inventory \\u2603 service"
version = 3
ratio = 0.75
enabled = true
big = 1_000_000
hex = 0xDEAD_BEEF
octal = 0o755
binary = 0b1101
neg_float = -1.5e-3
inf_val = inf
released = 2024-03-01
updated = 2024-03-01T12:30:45Z
local_time = 07:32:00
path = 'C:\\Users\\raw'
multi = """
Roses are red
  Violets are blue"""
literal_multi = \'\'\'
no \\escapes here\'\'\'

[owner]
name = "Ann O'Neil"
emails = ["ann@example.com", "admin@example.com"]

[database]
ports = [8000, 8001, 8002]
data = [["delta", "phi"], [3.14]]
temp_targets = { cpu = 79.5, case = 72.0 }

[servers.alpha]
ip = "10.0.0.1"
role = "frontend"

[servers.beta]
ip = "10.0.0.2"
role.kind = "backend"
role.weight = 2

[[products]]
name = "Hammer"
sku = 738594937

[[products]]

[[products]]
name = "Nail"
sku = 284758393
color = "gray"
'''

data = tomllib.loads(CONFIG)
for key in ("title", "version", "ratio", "enabled", "big", "hex", "octal", "binary", "neg_float", "inf_val"):
    v = data[key]
    print(f"{key:<10} {type(v).__name__:<6} {v!r}")
print(repr(data["released"]), repr(data["updated"]), repr(data["local_time"]))
print(repr(data["path"]), repr(data["multi"]), repr(data["literal_multi"]))
print(data["owner"], data["database"])
for name, srv in data["servers"].items():
    print(name, srv)
print(data["products"], len(data["products"]))
print(sorted(data), isinstance(data["released"], date), data["updated"].tzinfo)
dec = tomllib.loads("price = 19.99\nqty = 3", parse_float=Decimal)
print(dec, dec["price"] * dec["qty"])

BAD = [
    "a = ",
    "a = 1\na = 2",
    "[t]\nx = 1\n[t]\ny = 2",
    "s = \"unterminated",
    "arr = [1, 2",
    "k = 01",
    "= 3",
    "x = 1 y = 2",
    "d = 2024-13-01",
]
for doc in BAD:
    try:
        tomllib.loads(doc)
        print("parsed?!", doc)
    except tomllib.TOMLDecodeError as e:
        print(f"{doc!r:30} -> {e}")
try:
    tomllib.loads(b"x = 1")
except TypeError as e:
    print("TypeError:", e)
