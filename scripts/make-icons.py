#!/usr/bin/env python3
"""Draws LeadPane's ribbon and store icons (16-128 px) as PNGs with the standard library only:
a blue rounded square with a white person and a gold star (a scored lead)."""
import math, struct, zlib, pathlib

BLUE = (15, 108, 189)
WHITE = (255, 255, 255)
GOLD = (255, 185, 0)

def inside_rounded(x, y, n, r):
    cx = min(max(x, r), n - r); cy = min(max(y, r), n - r)
    return (x - cx) ** 2 + (y - cy) ** 2 <= r * r

def star(x, y, cx, cy, R):
    ang = math.atan2(y - cy, x - cx); d = math.hypot(x - cx, y - cy)
    k = (math.cos(5 * (ang + math.pi / 2)) + 1) / 2  # 1 at the points
    return d <= R * (0.45 + 0.55 * k ** 2)

def pixel(x, y, n):
    u, v = x / n, y / n
    if not inside_rounded(x, y, n, n * 0.18):
        return (0, 0, 0, 0)
    if star(u, v, 0.72, 0.70, 0.22):
        return GOLD + (255,)
    head = (u - 0.40) ** 2 + (v - 0.36) ** 2 <= 0.14 ** 2
    body = v >= 0.58 and v <= 0.84 and ((u - 0.40) ** 2 / 0.26 ** 2 + (v - 0.84) ** 2 / 0.26 ** 2) <= 1
    if head or body:
        return WHITE + (255,)
    return BLUE + (255,)

def render(n, ss=4):
    rows = []
    for y in range(n):
        row = bytearray([0])
        for x in range(n):
            acc = [0, 0, 0, 0]
            for sy in range(ss):
                for sx in range(ss):
                    p = pixel(x + (sx + 0.5) / ss, y + (sy + 0.5) / ss, n)
                    for i in range(3): acc[i] += p[i] * p[3]
                    acc[3] += p[3]
            a = acc[3] / (ss * ss)
            rgb = [int(acc[i] / acc[3]) if acc[3] else 0 for i in range(3)]
            row += bytes(rgb + [int(a)])
        rows.append(bytes(row))
    raw = zlib.compress(b''.join(rows), 9)
    def chunk(tag, data):
        return struct.pack('>I', len(data)) + tag + data + struct.pack('>I', zlib.crc32(tag + data) & 0xffffffff)
    return b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', n, n, 8, 6, 0, 0, 0)) + chunk(b'IDAT', raw) + chunk(b'IEND', b'')

out = pathlib.Path(__file__).resolve().parent.parent / 'assets'
out.mkdir(exist_ok=True)
for size in (16, 32, 64, 80, 128):
    (out / f'icon-{size}.png').write_bytes(render(size))
