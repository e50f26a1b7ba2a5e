print("_cycle_a: start")
import _cycle_b
A_VALUE = "a"
def from_b():
    return _cycle_b.B_VALUE
print("_cycle_a: end")
