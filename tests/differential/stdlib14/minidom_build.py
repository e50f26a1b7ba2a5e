# Building an SVG/XML document with xml.dom.minidom and pretty-printing it.
from xml.dom.minidom import Document, parseString

doc = Document()
svg = doc.createElementNS("http://www.w3.org/2000/svg", "svg")
svg.setAttribute("xmlns", "http://www.w3.org/2000/svg")
svg.setAttribute("width", "120")
svg.setAttribute("height", "60")
doc.appendChild(svg)
for i, color in enumerate(["red", "green", "blue"]):
    rect = doc.createElement("rect")
    rect.setAttribute("x", str(10 + i * 35))
    rect.setAttribute("y", "10")
    rect.setAttribute("fill", color)
    svg.appendChild(rect)
label = doc.createElement("text")
label.appendChild(doc.createTextNode("R & G < B"))
svg.appendChild(label)
svg.appendChild(doc.createCDATASection("raw <data>"))
svg.appendChild(doc.createProcessingInstruction("render", "fast"))

print(doc.toprettyxml(indent="  "))
print(svg.toxml())
print(len(svg.getElementsByTagName("rect")), svg.childNodes.length, svg.firstChild.getAttribute("fill"),
      svg.lastChild.nodeName, label.parentNode.tagName, label.nextSibling.nodeType)

again = parseString(doc.toxml())
rects = again.getElementsByTagName("rect")
rects[1].setAttribute("fill", "yellow")
rects[0].parentNode.removeChild(rects[0])
print([r.getAttribute("fill") for r in again.getElementsByTagName("rect")])
t = again.getElementsByTagName("text")[0]
print(t.firstChild.data, t.firstChild.wholeText if hasattr(t.firstChild, "wholeText") else "")
t.firstChild.replaceWholeText("changed")
print(t.toxml())
clone = again.documentElement.cloneNode(True)
print(clone.tagName, len(clone.childNodes), clone.isSameNode(again.documentElement))
text = parseString("<p>one <b>two</b> three</p>").documentElement
print("".join(n.data if n.nodeType == n.TEXT_NODE else n.firstChild.data for n in text.childNodes))
again.unlink()
