class Countdown:
    def __init__(self, start):
        self.n = start

    def __iter__(self):
        return self

    def __next__(self):
        if self.n < 0:
            raise StopIteration
        self.n -= 1
        return 10 // self.n


def total(it):
    acc = 0
    for x in it:
        acc += x
        print("acc", acc)
    return acc


total(Countdown(3))
