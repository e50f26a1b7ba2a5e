def check(fn):
    def wrapper(*args):
        if args[0] < 0:
            raise ValueError("negative")
        return fn(*args)

    return wrapper


@check
def sqrt(x):
    return x ** 0.5


print(sqrt(4))
sqrt(-1)
