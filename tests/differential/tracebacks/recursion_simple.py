def rec(n):
    return rec(n + 1)


print("start")
rec(0)
