# Editing an XML config file in place with ElementTree (parse, modify, sort, write back).
import os
import tempfile
import xml.etree.ElementTree as ET

CONFIG = """<?xml version='1.0' encoding='utf-8'?>
<config env="dev">
  <database host="localhost" port="5432">
    <user>admin</user>
    <password>old-secret</password>
  </database>
  <features>
    <feature name="search" enabled="true"/>
    <feature name="beta" enabled="false"/>
    <feature name="alpha" enabled="true"/>
  </features>
  <servers>
    <server weight="3">web-2</server>
    <server weight="1">web-1</server>
    <server weight="2">web-3</server>
  </servers>
</config>
"""

d = tempfile.mkdtemp()
path = os.path.join(d, "app.xml")
with open(path, "w", encoding="utf-8") as f:
    f.write(CONFIG)

tree = ET.parse(path)
root = tree.getroot()
root.set("env", "prod")
db = root.find("database")
db.set("port", str(int(db.get("port")) + 1))
db.find("password").text = "n3w&<secret>"
ET.SubElement(db, "pool", size="10")
for feat in root.iterfind("features/feature"):
    if feat.get("enabled") == "false":
        root.find("features").remove(feat)
servers = root.find("servers")
servers[:] = sorted(servers, key=lambda s: int(s.get("weight")))
for s in servers:
    s.attrib.pop("weight")
enabled = [f.get("name") for f in root.iter("feature") if f.get("enabled") == "true"]
print("enabled:", enabled)
print("servers:", [s.text for s in servers])
print(db.attrib, db.findtext("password"), len(db))

ET.indent(tree, space="    ")
tree.write(path, encoding="utf-8", xml_declaration=True)
with open(path, encoding="utf-8") as f:
    print(f.read())

tree.write(path, encoding="unicode", short_empty_elements=False)
with open(path, encoding="utf-8") as f:
    text = f.read()
print(text.count("</pool>"), text.splitlines()[0])
reparsed = ET.parse(path).getroot()
print(reparsed.tag, reparsed.get("env"), reparsed.find(".//pool").attrib)
print(ET.tostring(reparsed.find("servers"), encoding="unicode").split())
os.remove(path)
os.rmdir(d)
