# A module body runs once no matter how often it is imported; circular imports.
import sys
import _side_effects
import _side_effects
import _side_effects as again
from _side_effects import items
items.append("added via from-import")
print(_side_effects.loaded_times, again.items, _side_effects is again)
def reimport():
    import _side_effects
    return _side_effects.items
print(reimport(), "_side_effects" in sys.modules)
import _cycle_a
print(_cycle_a.A_VALUE, _cycle_a.from_b(), _cycle_a._cycle_b.from_a())
import _cycle_b
print(_cycle_b.B_VALUE, _cycle_b._cycle_a is _cycle_a)
def load_twice():
    import _side_effects as first
    import _side_effects as second
    return first is second, len(first.items)
print(load_twice())
print(sorted(name for name in sys.modules if name.startswith("_cycle") or name == "_side_effects"))
_side_effects.loaded_times += 1
import _side_effects as fresh_name
print(fresh_name.loaded_times)
