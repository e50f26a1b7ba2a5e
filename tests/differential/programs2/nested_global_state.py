import sys

counter = 0
config = {"debug": False}


def tally(items):
    counter = len(items)  # local, shadows the global

    def bump(n):
        global counter
        counter += n
        return counter

    for x in items:
        bump(x)
    return counter


print(tally([1, 2, 3]), counter)


def configure():
    config = "local"

    def set_debug():
        global config
        config = {"debug": True}

    set_debug()
    return config


print(configure(), config)


def handled():
    try:
        raise KeyError("k")
    except KeyError:
        inside = sys.exc_info()[0].__name__
    after = sys.exc_info()
    return inside, after


print(handled())


def nested_handlers():
    out = []
    try:
        raise ValueError("outer")
    except ValueError:
        try:
            raise TypeError("inner")
        except TypeError:
            out.append(repr(sys.exc_info()[1]))
        out.append(repr(sys.exc_info()[1]))
    out.append(sys.exc_info())
    return out


print(nested_handlers())
print(sys.exception() if hasattr(sys, "exception") else None)
