# Reading gzip-compressed log files: gzip.open in text mode, fileinput.hook_compressed, stats.
import fileinput
import gzip
import os
import tempfile
DAY1 = bytes.fromhex("1f8b08000000000002036dd33d4e03311884e13ea7f005903ce3df454a09120d91f60ca4a0a080c0fdc11f0dcc8ee4f2958b796c66d6bb8c9f9390eff33ae961df2f7bfab8be7f5d6f9fe9f5e59cd3dbed9c4ffcdf62b54fcf8f97bf29568aa22d5dcbd5b26b5b5c5b565b366dab6beb6a1bb56dae6dabed4ddbeedabeda31b51d76b3b1e20d1a4f77f18c8b35dd5cbac5666a1174478b702b8a010f1772553560e510744d3960e91076433d50ed6e08bda922b07a083e1d19560fc187aaf1b071f0514d60f9107ef580620111824d51680519825d51083b1d8370a80afde70bc24d5568091984faf2697f1f03908a420bc8002c8a422bc810ac8a422bc810ec8ac2e9a7fbfd8207154bc8209cfdf40d410f1fd73d050000")
DAY2 = bytes.fromhex("1f8b080000f1536502ff6dd33b6a43311484e1deabd0060c9a7375f530b848134863439a6cc02e5ca4889dec3f57d3793ca04afc08e97c2872947dc63e47020e396f2b7dbd7d9ed2fdfaf3777dfca6dbe5886deffb71ccbb788e679f3e4eefe7e718338ea175f83a66bd76ad175f2fb3ee4debe2eb32eb45e3d5bf71651c5a577f749d7585d6cdd76dd6e36580ddd79d676b3c7c3c78ed556a784810b216adbd2428397480f092a0a4b2c34382908bb2c343829055d9e12541c9a10384970425a1eef092a0645177784950b2a93b3c2548397482e129839450f8f09441caa2f0e12983944de1c35b062db79facb9c70c62a2effe015a172eb67b040000")
PLAIN = "2024-01-03 09:00:00 INFO plain file\n2024-01-03 09:01:00 ERROR plain failure\n"

d = tempfile.mkdtemp()
paths = []
for name, blob in (("day1.log.gz", DAY1), ("day2.log.gz", DAY2)):
    p = os.path.join(d, name)
    with open(p, "wb") as f:
        f.write(blob)
    paths.append(p)
p = os.path.join(d, "day3.log")
with open(p, "w") as f:
    f.write(PLAIN)
paths.append(p)

levels = {}
slowest = (0, "")
with gzip.open(paths[0], "rt") as f:
    for line in f:
        date, time, level, *rest = line.split()
        levels[level] = levels.get(level, 0) + 1
        ms = int(rest[-1].split("=")[1])
        if ms > slowest[0]:
            slowest = (ms, rest[1])
print(levels, slowest)

counts = {}
with fileinput.input(paths, openhook=fileinput.hook_compressed) as f:
    for line in f:
        if isinstance(line, bytes):
            line = line.decode()
        if f.isfirstline():
            print("file", os.path.basename(f.filename()), "starts with", line[:19])
        level = line.split()[2]
        counts[level] = counts.get(level, 0) + 1
print(sorted(counts.items()), f.lineno() if False else "")

with gzip.open(paths[1], "rb") as f:
    head = f.read(10)
    print(head, f.tell())
    f.seek(0)
    print(len(f.readlines()))
print(gzip.decompress(DAY1 + DAY2).count(b"\n"))
for p in paths:
    os.remove(p)
os.rmdir(d)
