# fileinput reading stdin ("-" and no arguments), like a Unix filter script.
import fileinput
import sys

sys.argv = [sys.argv[0]]
count = 0
words = 0
for line in fileinput.input():
    count += 1
    words += len(line.split())
    print(f"{fileinput.lineno():3} {fileinput.filename()} {fileinput.isstdin()} {line.rstrip().upper()}")
print("lines:", count, "words:", words)
print(list(fileinput.input(["-"])))
