import html

print(html.escape("<a href='x'>Tom & \"Jerry\"</a>"))
print(html.escape("<b>", quote=False), html.escape("it's", False))
for s in ["&lt;p&gt;", "&amp;amp;", "&#65;&#x42;&#X43;", "caf&eacute;", "&nbsp;x", "&copy 2024",
          "no entities", "&unknown;", "&#0;", "&#128;", "a &lt b", "&quot;q&quot; &apos;"]:
    print(repr(html.unescape(s)))
