import sys
n = int(input("How many? "))
rows = []
for i in range(n):
    line = input()
    name, score = line.rsplit(maxsplit=1)
    rows.append((name, int(score)))
print(rows)
rest = sys.stdin.read()
print(repr(rest))
for line in rest.splitlines():
    print(line.upper())
try:
    input("more> ")
except EOFError as e:
    print("EOF", repr(e))
print(sys.stdin.isatty(), sys.stdin.readlines())
