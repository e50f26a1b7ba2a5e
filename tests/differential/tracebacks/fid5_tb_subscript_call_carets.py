# The caret line of a frame whose call's callee is a subscript (`table[key](arg)`): CPython
# underlines the whole call.
HANDLERS = {"half": lambda v: v / 2, "inv": lambda v: 1 / v}
print(HANDLERS["half"](5))
print([HANDLERS[k](0) for k in ("half", "inv")])
