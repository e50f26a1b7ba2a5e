try:
    [][0]
except IndexError:
    raise TypeError("while handling")
