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
