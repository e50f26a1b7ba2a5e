def halve(x):
    if x > 2:
        raise ValueError(f"too big: {x}")
    return x // 2


result = {halve(v) for v in range(5)}
