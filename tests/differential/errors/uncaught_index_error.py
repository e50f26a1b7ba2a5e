# IndexError from a list lookup inside a loop.
queue = ["a", "b", "c"]
i = 0
while True:
    print("item", queue[i])
    i += 1
