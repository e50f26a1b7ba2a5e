def rec(n):
    return rec(n + 1)


def b():
    return rec(0)


def a():
    return b()


print("start")
a()
