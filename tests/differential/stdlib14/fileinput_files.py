# fileinput over several files: lineno/filelineno/filename, isfirstline, nextfile, inplace-free use.
import fileinput
import os
import tempfile

d = tempfile.mkdtemp()
paths = []
for name, text in [("a.txt", "alpha\nbeta\n"), ("b.txt", "gamma\ndelta\nepsilon"), ("c.txt", "")]:
    p = os.path.join(d, name)
    with open(p, "w") as f:
        f.write(text)
    paths.append(p)

for line in fileinput.input(paths):
    print(fileinput.lineno(), fileinput.filelineno(), os.path.basename(fileinput.filename()),
          fileinput.isfirstline(), repr(line))

with fileinput.input(files=paths) as f:
    for line in f:
        if f.filelineno() == 2:
            f.nextfile()
            continue
        print("kept", f.lineno(), line.rstrip("\n"))

with fileinput.FileInput(paths[1], mode="rb") as f:
    print(list(f))

total = 0
with fileinput.input(paths) as f:
    for line in f:
        total += len(line)
print("total chars", total)
try:
    print("after close:", fileinput.lineno())
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    list(fileinput.input(os.path.join(d, "missing.txt")))
except FileNotFoundError as e:
    print("FileNotFoundError", e.errno)
for p in paths:
    os.remove(p)
os.rmdir(d)
