from _star_pkg import *

print(public_fn())
print(CONST)
try:
    print(_hidden)
except NameError as e:
    print("NameError:", e)
try:
    print(not_exported())
except NameError as e:
    print("NameError:", e)
