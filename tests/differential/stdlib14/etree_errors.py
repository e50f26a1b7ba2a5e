# ParseError messages and positions for malformed documents, and a custom parser target.
import xml.etree.ElementTree as ET

BAD = ['<a><b></a>', '<a>', '', '   ', '<a></a><b/>', '<a x=1/>', '<a x="1" x="2"/>',
       '<a>&foo;</a>', 'text', '<a>\n<b>\n</c></a>', '<1a/>', '<a b="<"/>', '<a>x</a>junk',
       '<p:a/>', ' <?xml version="1.0"?><a/>', '<a>]]></a>', '<a>&#0;</a>', '<a', '<a x="1"',
       '<a>\x01</a>', '<a>\n\n  <b x="&bogus;"/></a>', '<a>&</a>', '<a><b></b></a></a>',
       '<root>\n  <item>1</item>\n  <item>2</itme>\n</root>']
for s in BAD:
    try:
        ET.fromstring(s)
        print(repr(s), "parsed")
    except ET.ParseError as e:
        print(repr(s), "|", e, "|", e.code, e.position)

OK = ['<a></a >', '<a/><!--x-->', '<?xml version="1.0"?><a/>', '<a><![CDATA[x<y]]></a>',
      '<!DOCTYPE a><a/>', '<a\n  x = "1"\n  y=\'2\'/>', '<a>\r\nline\rnext</a>',
      '<a t="x\ty&#10;z">&#x1F600;</a>',
      '<!DOCTYPE doc [<!ENTITY who "World">]><doc>Hello &who;!</doc>']
for s in OK:
    e = ET.fromstring(s)
    print(repr(s), "->", e.tag, e.attrib, repr(e.text))


class MaxDepth:
    depth = 0
    maxDepth = 0

    def start(self, tag, attrib):
        self.depth += 1
        if self.depth > self.maxDepth:
            self.maxDepth = self.depth
        print("start", tag, attrib)

    def end(self, tag):
        self.depth -= 1
        print("end", tag)

    def data(self, data):
        if data.strip():
            print("data", repr(data))

    def comment(self, text):
        print("comment", repr(text))

    def pi(self, target, text):
        print("pi", target, repr(text))

    def close(self):
        return self.maxDepth


parser = ET.XMLParser(target=MaxDepth())
parser.feed("<a><?proc do it?><b><c>text</c></b><!-- note --><b/></a>")
print("max depth", parser.close())

tb = ET.TreeBuilder(insert_comments=True, insert_pis=True)
p2 = ET.XMLParser(target=tb)
p2.feed("<r><!--c1--><?t x?><s>v</s></r>")
r = p2.close()
print([(type(c.tag).__name__ if not isinstance(c.tag, str) else c.tag, c.text) for c in r])
print(ET.tostring(r, encoding="unicode"))
