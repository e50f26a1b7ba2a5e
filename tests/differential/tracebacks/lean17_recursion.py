def r(n):
    return r(n + 1) + 1
print("start")
r(0)
