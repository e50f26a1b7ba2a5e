class HelperFailure(Exception):
    pass
def explode(n):
    if n <= 0:
        raise HelperFailure(f"exploded at depth {n}")
    return explode(n - 1)
