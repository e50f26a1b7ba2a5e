pairs = [(1, 2), (3, 0)]
ratios = {a: a / b for a, b in pairs}
