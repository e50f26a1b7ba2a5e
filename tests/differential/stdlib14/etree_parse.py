# Reading XML: fromstring, iter, find/findall/findtext with paths, namespaces, iterparse.
import io
import xml.etree.ElementTree as ET

DOC = """<?xml version="1.0" encoding="UTF-8"?>
<!-- inventory -->
<inventory xmlns:x="urn:extra" updated="2024-01-02">
  <section name="fruit">
    <item sku="A1" qty="10">Apple<note>crisp</note> tail text</item>
    <item sku="B2" qty="0">Banana</item>
    <item sku="C3" qty="7"><![CDATA[Cherry <red>]]></item>
  </section>
  <section name="tools">
    <item sku="T1" qty="3">Hammer &amp; nails</item>
    <x:meta x:level="2">extra &#169; &#x263A;</x:meta>
  </section>
  <empty/>
</inventory>
"""

root = ET.fromstring(DOC)
print(root.tag, root.attrib, repr(root.text))
for sec in root.findall("section"):
    print(sec.get("name"), [(i.get("sku"), i.text) for i in sec.findall("item")])
print([e.tag for e in root.iter()])
print([e.text for e in root.iter("item")])
print(root.findtext("section/item"), root.findtext("nothing", "default"), repr(root.findtext("empty")))
print(root.find(".//note").text, repr(root.find(".//note").tail))
print([i.get("sku") for i in root.findall(".//item[@qty='0']")])
print([i.get("sku") for i in root.findall(".//section[@name='tools']/item")])
print([i.get("sku") for i in root.findall(".//item[2]")])
print([i.get("sku") for i in root.findall(".//item[last()]")])
print([s.get("name") for s in root.findall(".//item[note]/..")])
print([e.tag for e in root.findall("*")])
print(root.find("{urn:extra}meta") is None, root.find(".//{urn:extra}meta").attrib)
print(root.find(".//x:meta", {"x": "urn:extra"}).text)
print("".join(root.find("section").itertext()).split())
print(sum(int(i.get("qty")) for i in root.iter("item")))
print(ET.tostring(root.find("section/item"), encoding="unicode"))

events = []
for event, elem in ET.iterparse(io.StringIO(DOC), events=("start", "end", "start-ns", "end-ns")):
    if event in ("start", "end"):
        events.append((event, elem.tag))
    else:
        events.append((event, elem))
print(events[:6])
print(events[-4:])

tree = ET.parse(io.BytesIO(DOC.encode("utf-8")))
print(tree.getroot().tag, len(tree.findall(".//item")), tree.findtext(".//item"))
latin = '<?xml version="1.0" encoding="iso-8859-1"?><t>caf\xe9</t>'.encode("latin-1")
print(ET.fromstring(latin).text)

parser = ET.XMLPullParser(["start", "end"])
parser.feed("<root><a>1</a>")
print([(ev, el.tag) for ev, el in parser.read_events()])
parser.feed("<b/></root>")
print([(ev, el.tag) for ev, el in parser.read_events()])
parser.close()
