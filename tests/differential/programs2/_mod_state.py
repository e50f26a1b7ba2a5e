counter = 0


def get():
    return counter


def bump():
    global counter
    counter += 1


def read_new():
    return new_attr  # noqa


def say(msg):
    print("say:", msg)
