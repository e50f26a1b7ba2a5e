import configparser
import os

path = "/tmp/_pyjs_stdlib13_cfg.ini"
cp = configparser.ConfigParser()
cp["server"] = {"host": "localhost", "port": "8080"}
cp["client"] = {"retries": "3", "verbose": "off"}
with open(path, "w") as f:
    cp.write(f)
back = configparser.ConfigParser()
print(back.read([path, "/nonexistent/x.ini"]) == [path])
print(back.sections(), back.getint("server", "port"), back.getboolean("client", "verbose"))
with open(path) as f:
    other = configparser.ConfigParser()
    other.read_file(f)
print({s: dict(other[s]) for s in other.sections()})
os.remove(path)
