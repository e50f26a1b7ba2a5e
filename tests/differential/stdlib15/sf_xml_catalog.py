"""Product catalog in XML: xml.etree build, XPath subset, attributes, namespaces, serialization."""
import io
import xml.etree.ElementTree as ET
from collections import defaultdict
from decimal import Decimal

NS = {"c": "urn:example:catalog", "m": "urn:example:meta"}
ET.register_namespace("", NS["c"])
ET.register_namespace("meta", NS["m"])
SRC = f"""<catalog xmlns="{NS['c']}" xmlns:m="{NS['m']}" version="2">
  <category name="tools">
    <product sku="T-100" stock="12"><name>Hammer</name><price cur="USD">19.99</price><m:tag>hand</m:tag></product>
    <product sku="T-200" stock="0"><name>Drill &amp; Bits</name><price cur="USD">89.50</price><m:tag>power</m:tag><m:tag>sale</m:tag></product>
  </category>
  <category name="garden">
    <product sku="G-1" stock="40"><name>Rake</name><price cur="EUR">24.00</price></product>
    <!-- discontinued -->
    <product sku="G-2" stock="3" discontinued="yes"><name>Hose</name><price cur="USD">35.25</price></product>
  </category>
</catalog>"""
root = ET.fromstring(SRC)
print(root.tag, root.attrib, len(root), [c.get("name") for c in root.findall("c:category", NS)])
products = root.findall(".//c:product", NS)
print([p.get("sku") for p in products])
print(root.find(".//c:product[@sku='T-200']/c:name", NS).text, root.findtext(".//c:product[@sku='G-1']/c:price", namespaces=NS))
print([p.get("sku") for p in root.findall(".//c:product[@discontinued]", NS)], [p.get("sku") for p in root.iterfind(".//c:product[c:name='Rake']", NS)])
print([t.text for t in root.iter(f"{{{NS['m']}}}tag")], len(root.findall(".//m:tag", NS)), root.find("c:category[2]", NS).get("name"))
totals = defaultdict(Decimal)
for cat in root.findall("c:category", NS):
    for p in cat.findall("c:product", NS):
        price = p.find("c:price", NS)
        totals[(cat.get("name"), price.get("cur"))] += Decimal(price.text) * int(p.get("stock"))
print(sorted(totals.items()))
for p in products:
    if int(p.get("stock")) == 0:
        p.set("stock", "5")
        ET.SubElement(p, f"{{{NS['m']}}}note").text = "restocked"
cat = root.find("c:category[@name='garden']", NS)
cat.remove(cat.find("c:product[@discontinued='yes']", NS))
new = ET.SubElement(cat, f"{{{NS['c']}}}product", {"sku": "G-3", "stock": "7"})
ET.SubElement(new, f"{{{NS['c']}}}name").text = "Shears <steel>"
print(ET.tostring(new, encoding="unicode"))
ET.indent(root, space="  ")
text = ET.tostring(root, encoding="unicode")
print(text)
tree = ET.ElementTree(root)
buf = io.BytesIO()
tree.write(buf, encoding="utf-8", xml_declaration=True, default_namespace=None)
print(buf.getvalue()[:60])
counts = defaultdict(int)
for event, elem in ET.iterparse(io.BytesIO(SRC.encode()), events=("start", "end", "start-ns")):
    if event == "start-ns":
        counts["ns:" + (elem[0] or "default")] += 1
    else:
        counts[event] += 1
print(sorted(counts.items()))
simple = ET.Element("r")
for i in range(3):
    e = ET.SubElement(simple, "i", n=str(i))
    e.text = str(i * i)
    e.tail = "\n"
print(ET.tostring(simple), [e.attrib for e in simple], simple[1].text, list(simple.itertext()))
print(ET.tostring(ET.fromstring("<a x='1' y=\"2\">t<b/>u</a>"), method="text"), ET.tostring(ET.XML("<p>\u00e9</p>"), encoding="us-ascii"))
for bad in ["<a><b></a>", "<a>", "<a x='1' x='2'/>", "text only", "<a>&undefined;</a>"]:
    try:
        ET.fromstring(bad)
    except ET.ParseError as e:
        print("ParseError:", e.code, e.position, str(e))
