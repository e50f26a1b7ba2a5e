__all__ = ["public_fn", "CONST"]
CONST = 7
_hidden = 1


def public_fn():
    return "public " + str(CONST)


def not_exported():
    return "nope"
