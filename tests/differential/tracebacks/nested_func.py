def outer():
    def inner(x):
        return x["missing"]

    return inner({"a": 1})


outer()
