print("init _shop start")
from . import pricing
from .pricing import apply_discount as discount

VERSION = "1.2"
print("init _shop end")
