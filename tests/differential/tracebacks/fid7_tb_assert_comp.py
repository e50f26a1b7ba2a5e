# An assertion with a formatted message failing inside a helper called from a list comprehension
# inside a generator expression consumer: the traceback shows every frame.
def check(row):
    total = sum(row)
    assert total % 2 == 0, f"odd total {total} in {row!r}"
    return total // 2


def halves(rows):
    return [check(r) for r in rows]


grid = [[1, 1], [2, 4, 6], [3, 4]]
print(halves(grid[:2]))
print(max(h for h in halves(grid)))
