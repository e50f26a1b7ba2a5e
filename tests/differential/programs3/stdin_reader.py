import sys

name = input("name? ")
print(f"Hello, {name.strip()}!")
count = int(input())
nums = []
for _ in range(count):
    line = input()
    nums.extend(int(x) for x in line.split())
print("numbers:", nums, "sum:", sum(nums))
rest = sys.stdin.read()
print("rest lines:", rest.splitlines())
try:
    input()
except EOFError as e:
    print("EOFError:", repr(e), e.args)
print("done")
