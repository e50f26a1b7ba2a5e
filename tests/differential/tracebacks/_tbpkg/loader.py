print("module", __name__, __package__)
TABLE = {"a": 1}


def load(key):
    return TABLE[key]


def check():
    return load("b")


RESULT = check()
