# input() reads lines from stdin (see input_stdin.stdin); the prompt goes to stdout.
name = input("Name: ")
print(f"Hello, {name}!")
age = int(input("Age: "))
print("next year:", age + 1)
count = int(input())
nums = [int(input()) for _ in range(count)]
print("sum", sum(nums), "max", max(nums))
line = input()
print(repr(line), line.split())
print(repr(input()), "(blank line)")
print(repr(input("unicode? ")))
rest = []
while True:
    try:
        rest.append(input())
    except EOFError as e:
        print("EOFError", repr(str(e)))
        break
print(rest)
