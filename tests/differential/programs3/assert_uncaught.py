def mean(xs):
    assert xs, "mean of empty sequence"
    return sum(xs) / len(xs)


print(mean([1, 2, 3]))
try:
    mean([])
except AssertionError as e:
    print("AssertionError:", e)
try:
    assert 1 == 2
except AssertionError as e:
    print("bare assert args:", e.args)
x = 5
assert x > 10, f"x too small: {x}"
