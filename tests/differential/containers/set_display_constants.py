# Set displays of 3+ constants (CPython folds them to a frozenset constant, re-created from its
# own table order when the code object's constants are merged): negative numbers, tuples and
# colliding elements keep CPython's iteration order.
print({-1, -2, 7, 15, 23})
print({23, 15, 7, -1, -2, 31})
print({(1, 2), (3, 4), (5, 6), (7, 8)})
print({(0, 0), (1, 2, 3), (-512, 511, 0), (16383, -16384)})
print({8, 16, 24, 32, 1, 9}, {1, 9, 17, 25, 33, 41, 49})
print({-8, 0, 8, -16, 16}, {~0, ~7, ~15, +7}, {not 0, not 1, 2})
print({0.5, 8.5, -1.5, 16.0}, {(1, (2, 3)), (9, (2, 3)), (17, ())})
x = 8
print({x, 16, 24, 32}, {1, 9, -x}, {(x, 1), (16, 1), (24, 1)})
print(sorted({-1, -2, 7}), len({1, 1.0, True, -1, ~0}))
