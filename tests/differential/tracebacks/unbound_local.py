def f():
    print(total)
    total = 3


f()
