# IndexError from a list lookup inside a loop, after handled out-of-range accesses.
queue = ["a", "b", "c"]
print(queue[0], queue[-1], queue[1:10], queue[5:])
for i in [2, 3, -3, -4]:
    try:
        print(i, queue[i])
    except IndexError as e:
        print(i, "handled:", e)
try:
    "abc"[3]
except IndexError as e:
    print("string:", e)
try:
    (1, 2)[2]
except IndexError as e:
    print("tuple:", e)
i = 0
while True:
    print("item", queue[i])
    i += 1
