import colorsys

colors = [(1.0, 0.0, 0.0), (0.0, 1.0, 0.0), (0.0, 0.0, 1.0), (0.2, 0.4, 0.4), (0.5, 0.5, 0.5),
          (1.0, 1.0, 1.0), (0.0, 0.0, 0.0), (0.9, 0.1, 0.3), (0.123, 0.456, 0.789)]
for r, g, b in colors:
    h, s, v = colorsys.rgb_to_hsv(r, g, b)
    print("hsv", (h, s, v), colorsys.hsv_to_rgb(h, s, v))
    h, l, s = colorsys.rgb_to_hls(r, g, b)
    print("hls", (h, l, s), colorsys.hls_to_rgb(h, l, s))
    y, i, q = colorsys.rgb_to_yiq(r, g, b)
    print("yiq", (y, i, q), colorsys.yiq_to_rgb(y, i, q))

# A hue wheel, as hex strings
for k in range(12):
    r, g, b = colorsys.hsv_to_rgb(k / 12, 0.8, 0.9)
    print("#%02x%02x%02x" % (int(r * 255), int(g * 255), int(b * 255)))
print(colorsys.hls_to_rgb(0.5, 0.5, 0.0), colorsys.rgb_to_hsv(3, 2, 1))
