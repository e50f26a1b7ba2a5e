# Missing attributes of stdlib modules raise AttributeError; star imports bind multi-line
# exports; an uncaught AttributeError from a lookup ends with CPython's "Did you mean" hint.
import math
import random
from operator import *

print(add(2, 3), itemgetter(1)("xyz"), attrgetter("real")(4))
for mod, name in [(math, "sqroot"), (random, "randomint")]:
    try:
        getattr(mod, name)
    except AttributeError as e:
        print("AttributeError:", e)
try:
    math.sqroot(4)
except AttributeError as e:
    print("AttributeError:", e, e.name)
print(hasattr(math, "tau"), hasattr(math, "tao"))


class Account:
    def __init__(self):
        self.balance = 10
        self.owner = "ann"

    def deposit(self, n):
        self.balance += n


acct = Account()
acct.deposit(5)
print(acct.balance)
acct.balanse
