"""tempfile.mkstemp and os-level file descriptors."""
import os
import tempfile

with tempfile.TemporaryDirectory() as d:
    fd, name = tempfile.mkstemp(suffix=".log", dir=d)
    os.write(fd, b"hello")
    os.close(fd)
    print(name.endswith(".log"), os.path.getsize(name))
    fd = os.open(os.path.join(d, "x.bin"), os.O_WRONLY | os.O_CREAT)
    os.write(fd, b"abc")
    os.close(fd)
    with open(os.path.join(d, "x.bin"), "rb") as f:
        print(f.read())
