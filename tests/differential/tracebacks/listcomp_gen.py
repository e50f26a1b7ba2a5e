def g():
    yield 1
    raise ValueError("bad item")


data = [x * 2 for x in g()]
print(data)
