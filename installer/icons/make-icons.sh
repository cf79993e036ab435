#!/usr/bin/env bash
# Draws the CarePlanner icon (a clipboard with a tick, on teal) and writes it in the three forms jpackage needs:
# careplanner.png (Linux), careplanner.ico (Windows), careplanner.icns (macOS). The results are committed; run this
# only to change the icon. Needs ImageMagick 6 (/usr/bin/convert) and python3.
set -euo pipefail
cd "$(dirname "$0")"
IM=/usr/bin/convert
$IM -size 512x512 xc:none \
  -fill '#0f6e6e' -draw 'roundrectangle 16,16 496,496 96,96' \
  -fill '#ffffff' -draw 'roundrectangle 120,92 392,440 28,28' \
  -fill '#0f6e6e' -draw 'roundrectangle 196,64 316,128 18,18' \
  -fill '#ffffff' -draw 'roundrectangle 216,80 296,112 10,10' \
  -stroke '#1a8f4e' -strokewidth 34 -draw 'line 180,272 238,332' -draw 'line 238,332 340,210' \
  -stroke none -fill '#1a8f4e' -draw 'circle 238,332 238,349' -draw 'circle 180,272 180,289' -draw 'circle 340,210 340,227' \
  -stroke '#9bb7b7' -strokewidth 16 -draw 'line 180,392 332,392' \
  careplanner-512.png
$IM careplanner-512.png -resize 256x256 -depth 8 careplanner.png
$IM careplanner-512.png -define icon:auto-resize=256,128,64,48,32,16 careplanner.ico
python3 - <<'PY'
import struct, subprocess
# ICNS: 'icns' + total length, then entries (type, length incl. 8-byte header, PNG data).
entries = []
for kind, size in (("ic07", 128), ("ic08", 256), ("ic09", 512)):
    png = subprocess.run(["/usr/bin/convert", "careplanner-512.png", "-resize", f"{size}x{size}", "png:-"],
                         check=True, capture_output=True).stdout
    entries.append(kind.encode() + struct.pack(">I", len(png) + 8) + png)
body = b"".join(entries)
open("careplanner.icns", "wb").write(b"icns" + struct.pack(">I", len(body) + 8) + body)
PY
rm careplanner-512.png
